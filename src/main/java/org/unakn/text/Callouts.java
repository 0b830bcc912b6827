package org.unakn.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;
import org.unakn.model.RichText.Callout;

/**
 * Finds footnote call-outs in body lines and takes their digits out of the text. Extracted text
 * loses the superscript, so a call-out is a bare number: on a line of its own, or glued to the end
 * of a line after punctuation ("report;2"), or standing between spaces ("Action, 1 and"). Only the
 * numbers of footnotes that exist are candidates, and a new footnote must be called in order (the
 * first call of 3 comes after the first call of 2); a later call of an earlier note is a repeat.
 */
public final class Callouts {
    private static final Pattern ALONE = Pattern.compile("\\s*(\\d{1,3})\\s*");
    /** Digits glued after closing punctuation at line end; a slash or hyphen before means a symbol. */
    private static final Pattern GLUED_END = Pattern.compile("(?<=[\\p{Pe}\\p{Pf}\\p{Po}&&[^/.\\-#%]])(\\d{1,3})\\s*$");
    /** Digits glued after a CJK character at line end (new notes only). */
    private static final Pattern GLUED_CJK_END = Pattern.compile("(?<=[\\p{IsHan}])(\\d{1,3})\\s*$");
    /** A number standing alone between a punctuation mark and the next word. */
    private static final Pattern SPACED = Pattern.compile("(?<=[,;:.)\\]’”])\\s(\\d{1,3})(?=\\s|$)");

    private Callouts() {
    }

    public static List<TextLine> find(List<SourceLine> body, List<FootnoteText> notes) {
        Set<String> markers = new HashSet<>();
        notes.forEach(n -> markers.add(n.marker()));
        State state = new State(markers);
        List<TextLine> out = new ArrayList<>(body.size());
        boolean gap = false;
        for (SourceLine line : body) {
            if (line.isBlank()) {
                gap = true;
                continue;
            }
            Matcher alone = ALONE.matcher(line.text());
            if (alone.matches() && !out.isEmpty() && state.accept(alone.group(1), true)) {
                TextLine prev = out.remove(out.size() - 1);
                List<Callout> cs = new ArrayList<>(prev.callouts());
                cs.add(new Callout(prev.text().length(), alone.group(1)));
                out.add(new TextLine(prev.number(), prev.text(), prev.indent(), prev.gapBefore(), prev.pageStart(), cs));
                continue;
            }
            out.add(scan(line, gap, state));
            gap = false;
        }
        for (FootnoteText n : notes) {
            if (!state.seen.contains(n.marker())) {
                throw new ConversionException("footnote " + n.marker() + " has no call-out in the text", n.markerLine());
            }
        }
        return out;
    }

    private static TextLine scan(SourceLine line, boolean gap, State state) {
        String text = line.trimmed();
        List<Callout> callouts = new ArrayList<>();
        Matcher spaced = SPACED.matcher(text);
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (spaced.find()) {
            if (state.accept(spaced.group(1), false)) {
                kept.append(text, from, spaced.start());
                callouts.add(new Callout(kept.length(), spaced.group(1)));
                from = spaced.end();
            }
        }
        kept.append(text.substring(from));
        text = kept.toString();
        Matcher glued = GLUED_END.matcher(text);
        if (glued.find() && state.accept(glued.group(1), true)) {
            text = text.substring(0, glued.start());
            callouts.add(new Callout(text.length(), glued.group(1)));
        } else {
            Matcher cjk = GLUED_CJK_END.matcher(text);
            if (cjk.find() && state.accept(cjk.group(1), false)) {
                text = text.substring(0, cjk.start());
                callouts.add(new Callout(text.length(), cjk.group(1)));
            }
        }
        return new TextLine(line.number(), text.strip(), line.indent(), gap, line.pageStart(), callouts);
    }

    private static final class State {
        final Set<String> markers;
        final Set<String> seen = new HashSet<>();
        int highest;

        State(Set<String> markers) {
            this.markers = markers;
        }

        boolean accept(String marker, boolean repeatAllowed) {
            if (!markers.contains(marker)) {
                return false;
            }
            int n = Integer.parseInt(marker);
            if (n == highest + 1) {
                highest = n;
                seen.add(marker);
                return true;
            }
            return repeatAllowed && n <= highest;
        }
    }
}
