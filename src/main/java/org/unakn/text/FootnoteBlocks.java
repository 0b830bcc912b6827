package org.unakn.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;

/**
 * Lifts the footnote blocks out of the line stream. A block starts at a separator line (a rule,
 * or the run of spaces an extractor leaves for it) followed by the next footnote's number, and
 * runs until the body text resumes: at a page break, or at a line that neither continues an
 * unfinished note nor starts the next one. Footnote numbers are sequential across the document,
 * which is what tells a note number from a line of body text that starts with a number.
 *
 * <p>Numbers may precede their texts one by one ("1", "text", "2", "text") or all together ("1",
 * "2", "text", "text"), as different extractors print them; both pair up in order.
 */
public final class FootnoteBlocks {
    private static final Pattern MARKER_ONLY = Pattern.compile("\\s*(\\d{1,3})\\s*");
    private static final Pattern MARKER_AND_TEXT = Pattern.compile("\\s*(\\d{1,3})\\s+(\\S.*)");

    public record Result(List<SourceLine> body, List<FootnoteText> notes) {
    }

    private FootnoteBlocks() {
    }

    public static Result extract(List<SourceLine> lines, String terminalPunctuation) {
        List<SourceLine> body = new ArrayList<>(lines.size());
        List<Note> notes = new ArrayList<>();
        Note open = null;
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            int next = nextNonBlank(lines, i + 1);
            boolean startsBlock = Furniture.isSeparator(line) && next < lines.size()
                    && (markerOf(lines.get(next), notes.size() + 1) != null || open != null && !open.complete(terminalPunctuation));
            if (!startsBlock) {
                body.add(line);
                i++;
                continue;
            }
            Region region = new Region(notes, open, terminalPunctuation);
            i = region.read(lines, next);
            open = region.current;
        }
        List<FootnoteText> result = new ArrayList<>();
        for (Note n : notes) {
            if (n.lines.isEmpty()) {
                throw new ConversionException("footnote " + n.marker + " has no text", n.markerLine);
            }
            result.add(new FootnoteText(n.marker, n.markerLine, n.lines));
        }
        return new Result(body, result);
    }

    private static final class Note {
        final String marker;
        final int markerLine;
        final List<SourceLine> lines = new ArrayList<>();

        Note(String marker, int markerLine) {
            this.marker = marker;
            this.markerLine = markerLine;
        }

        boolean complete(String terminal) {
            if (lines.isEmpty()) {
                return false;
            }
            String last = lines.get(lines.size() - 1).trimmed();
            return !last.isEmpty() && terminal.indexOf(last.charAt(last.length() - 1)) >= 0;
        }
    }

    /** The reading of one footnote block; {@code current} is the note being filled. */
    private static final class Region {
        final List<Note> notes;
        final Deque<Note> waiting = new ArrayDeque<>();
        final String terminal;
        Note current;

        Region(List<Note> notes, Note open, String terminal) {
            this.notes = notes;
            this.current = open;
            this.terminal = terminal;
        }

        /** Reads from line {@code i}; returns the index of the first line after the block. */
        int read(List<SourceLine> lines, int i) {
            boolean first = true;
            while (i < lines.size()) {
                SourceLine line = lines.get(i);
                if (line.isBlank()) {
                    i++;
                    continue;
                }
                if (line.pageStart() && !first) {
                    return i;
                }
                first = false;
                if (Furniture.isPageNumber(line)) {
                    // the page number is printed among the notes at the foot of the page
                    i++;
                    continue;
                }
                String expected = String.valueOf(notes.size() + 1);
                Matcher only = MARKER_ONLY.matcher(line.text());
                if (only.matches() && only.group(1).equals(expected)) {
                    Note n = new Note(expected, line.number());
                    notes.add(n);
                    waiting.add(n);
                    i++;
                    continue;
                }
                Matcher withText = MARKER_AND_TEXT.matcher(line.text());
                if (waiting.isEmpty() && withText.matches() && withText.group(1).equals(expected)
                        && (current == null || current.complete(terminal))) {
                    Note n = new Note(expected, line.number());
                    notes.add(n);
                    n.lines.add(new SourceLine(line.number(), withText.group(2), false));
                    current = n;
                    i++;
                    continue;
                }
                if (current != null && !current.lines.isEmpty() && !current.complete(terminal)) {
                    current.lines.add(line);
                } else if (!waiting.isEmpty()) {
                    current = waiting.poll();
                    current.lines.add(line);
                } else {
                    return i;
                }
                i++;
            }
            return i;
        }
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static String markerOf(SourceLine line, int expected) {
        String e = String.valueOf(expected);
        Matcher only = MARKER_ONLY.matcher(line.text());
        if (only.matches() && only.group(1).equals(e)) {
            return e;
        }
        Matcher withText = MARKER_AND_TEXT.matcher(line.text());
        return withText.matches() && withText.group(1).equals(e) ? e : null;
    }
}
