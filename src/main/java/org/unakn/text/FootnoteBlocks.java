package org.unakn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;

/**
 * Lifts the footnote blocks out of the line stream. A block starts at a separator line: a rule of
 * underscores, or the run of spaces some extractors leave for it when the next footnote's number
 * follows. In paginated text (form feeds) it runs to the end of its page; without page breaks it
 * ends where every number has its text and the next line is not another number.
 *
 * <p>Extractors print the numbers in any order around the texts ("1", "text", "2", "text"; or
 * "1", "2", "text", "text"; or "text", "text", "3", "text", "1", "2"), but the texts are always
 * in the order of their numbers. So the block is read as a set of numbers and a sequence of texts
 * (a text ends with a sentence-ending mark), and the numbers, sorted, are paired with the texts
 * in order. Footnote numbers run through the document, which tells a note number from a number
 * in body text; the page's own number, printed among the notes, is skipped.
 */
public final class FootnoteBlocks {
    private static final Pattern MARKER_ONLY = Pattern.compile("\\s*(\\d{1,3})\\s*");
    private static final Pattern MARKER_AND_TEXT = Pattern.compile("\\s*(\\d{1,3})\\s+(\\S.*)");
    private static final Pattern RULE = Pattern.compile("\\s*_{5,}\\s*");
    /** How far past the next expected number a block's numbers may go. */
    private static final int WINDOW = 40;

    public record Result(List<SourceLine> body, List<FootnoteText> notes) {
    }

    private FootnoteBlocks() {
    }

    /**
     * Notes printed at the end of a text without a separator, numbered through a compilation
     * volume ("11 Official Records ..."): after a blank line, lines opening with consecutive
     * numbers, up to the end. {@code notText} rejects lines that only look like notes (a date
     * such as "5 December 2008"). Only taken when the body has no separated notes; the caller
     * drops them again when their call-outs cannot be found.
     */
    public static Result withEndNotes(Result result, java.util.function.Predicate<String> notText) {
        if (!result.notes().isEmpty()) {
            return result;
        }
        List<SourceLine> body = result.body();
        int end = body.size();
        while (end > 0 && body.get(end - 1).isBlank()) {
            end--;
        }
        // the earliest line after a blank from which the whole rest reads as consecutive notes
        for (int start = 1; start < end; start++) {
            List<FootnoteText> notes = endNotes(body.subList(start, end), notText);
            if (body.get(start - 1).isBlank() && notes != null) {
                return new Result(new ArrayList<>(body.subList(0, start)), notes);
            }
        }
        return result;
    }

    /** The lines as consecutive numbered notes with their continuation lines, or null. */
    private static List<FootnoteText> endNotes(List<SourceLine> lines, java.util.function.Predicate<String> notText) {
        List<Integer> markers = new ArrayList<>();
        List<List<SourceLine>> texts = new ArrayList<>();
        boolean afterBlank = true;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                afterBlank = true;
                continue;
            }
            Matcher m = MARKER_AND_TEXT.matcher(line.text());
            boolean opens = m.matches() && !notText.test(line.trimmed())
                    && (markers.isEmpty() || Integer.parseInt(m.group(1)) == markers.get(markers.size() - 1) + 1);
            if (opens) {
                markers.add(Integer.parseInt(m.group(1)));
                texts.add(new ArrayList<>(List.of(new SourceLine(line.number(), m.group(2), false, line.page()))));
            } else if (texts.isEmpty() || afterBlank) {
                // each note is one block: text after a blank line must open the next note
                return null;
            } else {
                texts.get(texts.size() - 1).add(line);
            }
            afterBlank = false;
        }
        List<FootnoteText> notes = new ArrayList<>();
        for (int k = 0; k < markers.size(); k++) {
            notes.add(new FootnoteText(String.valueOf(markers.get(k)), texts.get(k).get(0).number(), texts.get(k)));
        }
        return notes.isEmpty() ? null : notes;
    }

    public static Result extract(List<SourceLine> lines, String sentenceEnd) {
        boolean paginated = lines.stream().anyMatch(l -> l.page() > 1);
        List<SourceLine> body = new ArrayList<>(lines.size());
        List<FootnoteText> notes = new ArrayList<>();
        Block open = null;
        int i = 0;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            int next = nextNonBlank(lines, i + 1);
            boolean starts = Furniture.isSeparator(line) && next < lines.size()
                    && (RULE.matcher(line.text()).matches() || startsWithMarker(lines.get(next), notes.size() + 1));
            if (!starts) {
                body.add(line);
                i++;
                continue;
            }
            Block block = new Block(notes.size() + 1, sentenceEnd, open);
            i = block.read(lines, next, paginated);
            open = block.close(notes);
        }
        return new Result(body, notes);
    }

    /** One footnote block: the numbers it prints and its texts, paired when it ends. */
    private static final class Block {
        final int firstExpected;
        final String sentenceEnd;
        final List<Integer> markers = new ArrayList<>();
        final List<Integer> markerLines = new ArrayList<>();
        final List<List<SourceLine>> texts = new ArrayList<>();
        /** A note's text still open from the previous page. */
        final Block carried;

        Block(int firstExpected, String sentenceEnd, Block carried) {
            this.firstExpected = firstExpected;
            this.sentenceEnd = sentenceEnd;
            this.carried = carried;
        }

        int read(List<SourceLine> lines, int i, boolean paginated) {
            int page = lines.get(i).page();
            while (i < lines.size()) {
                SourceLine line = lines.get(i);
                if (line.page() != page) {
                    return i;
                }
                if (line.isBlank()) {
                    i++;
                    continue;
                }
                Matcher only = MARKER_ONLY.matcher(line.text());
                Matcher withText = MARKER_AND_TEXT.matcher(line.text());
                if (!(only.matches() && isMarker(only.group(1))) && Furniture.isPageNumber(line)) {
                    i++;
                    continue;
                }
                if (only.matches() && isMarker(only.group(1))) {
                    markers.add(Integer.parseInt(only.group(1)));
                    markerLines.add(line.number());
                } else if (withText.matches() && isMarker(withText.group(1)) && lastTextComplete()) {
                    markers.add(Integer.parseInt(withText.group(1)));
                    markerLines.add(line.number());
                    texts.add(new ArrayList<>(List.of(new SourceLine(line.number(), withText.group(2), false, line.page()))));
                } else if (!paginated && balanced() && lastTextComplete()) {
                    return i;
                } else if (lastTextComplete()) {
                    texts.add(new ArrayList<>(List.of(line)));
                } else {
                    texts.get(texts.size() - 1).add(line);
                }
                i++;
            }
            return i;
        }

        private boolean isMarker(String digits) {
            int n = Integer.parseInt(digits);
            return n >= firstExpected && n < firstExpected + WINDOW && !markers.contains(n);
        }

        private boolean balanced() {
            return !markers.isEmpty() && markers.size() == texts.size();
        }

        private boolean lastTextComplete() {
            if (texts.isEmpty()) {
                return true;
            }
            List<SourceLine> last = texts.get(texts.size() - 1);
            String t = last.get(last.size() - 1).trimmed();
            return !t.isEmpty() && sentenceEnd.indexOf(t.charAt(t.length() - 1)) >= 0;
        }

        /**
         * Pairs numbers and texts and adds the notes; returns this block when its last text runs
         * on to the next page's block (a note continued overleaf), else null.
         */
        Block close(List<FootnoteText> notes) {
            List<List<SourceLine>> all = new ArrayList<>(texts);
            if (carried != null && !carried.texts.isEmpty() && all.size() > markers.size()) {
                // the first text finishes the note left open on the previous page
                FootnoteText last = notes.remove(notes.size() - 1);
                List<SourceLine> joined = new ArrayList<>(last.lines());
                joined.addAll(all.remove(0));
                notes.add(new FootnoteText(last.marker(), last.markerLine(), joined));
            }
            List<Integer> sorted = new ArrayList<>(markers);
            sorted.sort(null);
            for (int k = 0; k < sorted.size(); k++) {
                if (sorted.get(k) != firstExpected + k) {
                    throw new ConversionException("footnote numbers at the foot of the page jump from "
                            + (firstExpected + k - 1) + " to " + sorted.get(k), markerLines.get(markers.indexOf(sorted.get(k))));
                }
            }
            if (sorted.size() != all.size()) {
                int line = markerLines.isEmpty() ? 0 : markerLines.get(0);
                throw new ConversionException("a footnote block has " + sorted.size() + " numbers but " + all.size()
                        + " texts", line);
            }
            for (int k = 0; k < sorted.size(); k++) {
                int marker = sorted.get(k);
                notes.add(new FootnoteText(String.valueOf(marker), markerLines.get(markers.indexOf(marker)), all.get(k)));
            }
            return lastTextComplete() ? null : this;
        }
    }

    private static int nextNonBlank(List<SourceLine> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    private static boolean startsWithMarker(SourceLine line, int expected) {
        String e = String.valueOf(expected);
        Matcher only = MARKER_ONLY.matcher(line.text());
        if (only.matches()) {
            return only.group(1).equals(e);
        }
        Matcher withText = MARKER_AND_TEXT.matcher(line.text());
        return withText.matches() && withText.group(1).equals(e);
    }
}
