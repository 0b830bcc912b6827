package org.unakn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.unakn.ConversionException;

/** Runs the normalisation stages in order: lines, furniture, footnote blocks, call-outs, number lines. */
public final class Normalizer {
    private final String sentenceEnd;
    private final String paragraphEnd;
    private final Predicate<String> opensParagraph;
    private final Predicate<String> isDate;

    /**
     * @param sentenceEnd    characters that can end a footnote's text in this language
     * @param paragraphEnd   characters that can end a paragraph
     * @param opensParagraph whether a line opens an operative paragraph by its wording
     * @param isDate         whether a line is (or opens with) a date, which a note never is
     */
    public Normalizer(String sentenceEnd, String paragraphEnd, Predicate<String> opensParagraph, Predicate<String> isDate) {
        this.sentenceEnd = sentenceEnd;
        this.paragraphEnd = paragraphEnd;
        this.opensParagraph = opensParagraph;
        this.isDate = isDate;
    }

    public NormalizedText normalize(String text) {
        List<SourceLine> lines = Lines.split(text);
        List<Furniture.Removed> removed = new ArrayList<>();
        List<SourceLine> kept = Furniture.strip(lines, removed);
        FootnoteBlocks.Result blocks = FootnoteBlocks.extract(kept, sentenceEnd);
        FootnoteBlocks.Result withEndNotes = FootnoteBlocks.withEndNotes(blocks, isDate);
        List<TextLine> called;
        try {
            called = Callouts.find(withEndNotes.body(), withEndNotes.notes());
            blocks = withEndNotes;
        } catch (ConversionException endNotesWithoutCallouts) {
            // what looked like end notes is not (their numbers are not called in the text)
            called = Callouts.find(blocks.body(), blocks.notes());
        }
        List<TextLine> body = NumberLines.reorder(called, paragraphEnd, opensParagraph);
        return new NormalizedText(body, blocks.notes(), removed, isDoubleSpaced(blocks.body()));
    }

    /**
     * Whether the extractor put a blank line after every line: judged on wrapped lines (those not
     * ending a paragraph), since a text of one-line paragraphs has blank lines after each too.
     */
    private boolean isDoubleSpaced(List<SourceLine> lines) {
        int text = 0;
        int followedByBlank = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).trimmed();
            if (!t.isEmpty() && paragraphEnd.indexOf(t.charAt(t.length() - 1)) < 0) {
                text++;
                if (i + 1 < lines.size() && lines.get(i + 1).isBlank()) {
                    followedByBlank++;
                }
            }
        }
        // a few wrapped lines (a short text) are too little evidence
        return text >= 8 && followedByBlank * 10 >= text * 7;
    }
}
