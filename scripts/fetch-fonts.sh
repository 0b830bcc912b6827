#!/usr/bin/env bash
# Fetches the fonts PDF rendering embeds (OFL-1.1) from the npm registry into the given folder:
# Noto Serif (Latin, Cyrillic, digits; with italics), Noto Sans SC (Chinese) and Noto Naskh Arabic. Skipped when they are
# already there. Without npm the build goes on: everything but PDF rendering works, and the PDF
# renderer says how to get the fonts.
set -euo pipefail
dest="${1:?usage: fetch-fonts.sh DEST_DIR}"
mkdir -p "$dest"
if [ -f "$dest/NotoSansSC-Regular.ttf" ] && [ -f "$dest/NotoNaskhArabic-Regular.ttf" ] && [ -f "$dest/NotoSerif-Regular.ttf" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[unakn] npm not found: PDF fonts not fetched; PDF rendering will be unavailable" >&2
  exit 0
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if ! npm pack --silent --cache "$dest/.npm-cache" --pack-destination "$tmp" \
    @expo-google-fonts/noto-sans-sc@0.4.3 @embedpdf/fonts-arabic@1.0.0 @expo-google-fonts/noto-serif@0.4.2 >/dev/null; then
  echo "[unakn] npm pack failed: PDF fonts not fetched; PDF rendering will be unavailable" >&2
  exit 0
fi
tar -xzf "$tmp"/expo-google-fonts-noto-sans-sc-0.4.3.tgz -C "$tmp" \
  package/400Regular/NotoSansSC_400Regular.ttf package/700Bold/NotoSansSC_700Bold.ttf
cp "$tmp/package/400Regular/NotoSansSC_400Regular.ttf" "$dest/NotoSansSC-Regular.ttf"
cp "$tmp/package/700Bold/NotoSansSC_700Bold.ttf" "$dest/NotoSansSC-Bold.ttf"
rm -rf "$tmp/package"
tar -xzf "$tmp"/embedpdf-fonts-arabic-1.0.0.tgz -C "$tmp" \
  package/fonts/NotoNaskhArabic-Regular.ttf package/fonts/NotoNaskhArabic-Bold.ttf
cp "$tmp/package/fonts/NotoNaskhArabic-Regular.ttf" "$tmp/package/fonts/NotoNaskhArabic-Bold.ttf" "$dest/"
rm -rf "$tmp/package"
tar -xzf "$tmp"/expo-google-fonts-noto-serif-0.4.2.tgz -C "$tmp"
for style in 400Regular:Regular 400Regular_Italic:Italic 700Bold:Bold 700Bold_Italic:BoldItalic; do
  cp "$tmp/package/${style%%:*}/NotoSerif_${style%%:*}.ttf" "$dest/NotoSerif-${style##*:}.ttf"
done
rm -rf "$dest/.npm-cache"
