package org.unakn.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.unakn.model.RichText;
import org.unakn.model.RichText.Callout;
import org.unakn.text.TextLine;

/**
 * Joins the wrapped lines of one paragraph into one text. Lines join with a space, except where
 * either side is a Han character or full-width punctuation (Chinese has no spaces between words)
 * or where the line ends in a hyphen. Inner runs of spaces become one space; no other character
 * is touched.
 */
final class Joiner {
    private Joiner() {
    }

    static RichText join(List<TextLine> lines) {
        StringBuilder text = new StringBuilder();
        List<Callout> callouts = new ArrayList<>();
        for (TextLine line : lines) {
            String t = collapse(line.text());
            int shift = text.length();
            if (!text.isEmpty() && !t.isEmpty() && needsSpace(text.charAt(text.length() - 1), t.charAt(0))) {
                text.append(' ');
                shift++;
            }
            for (Callout c : line.callouts()) {
                callouts.add(new Callout(shift + collapsedOffset(line.text(), c.offset()), c.marker()));
            }
            text.append(t);
        }
        return new RichText(text.toString(), List.of(), callouts, lines.isEmpty() ? 0 : lines.get(0).number());
    }

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]{2,}");

    static String collapse(String s) {
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /** Where an offset into {@code raw} lands once its space runs are collapsed. */
    private static int collapsedOffset(String raw, int offset) {
        // a sentinel keeps the spaces just before the offset from being stripped as trailing
        return collapse(raw.substring(0, Math.min(offset, raw.length())) + "x").length() - 1;
    }

    private static boolean needsSpace(char before, char after) {
        if (before == '-' || before == '\u2011' || before == '/') {
            return false;
        }
        return !(isWide(before) || isWide(after));
    }

    private static boolean isWide(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F)
                || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
