package org.unakn.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FootnoteBlocksTest {
    /** Furniture first, as in the pipeline: page numbers and job numbers are gone before notes are read. */
    private static FootnoteBlocks.Result extract(String text) {
        return FootnoteBlocks.extract(Furniture.strip(Lines.split(text), new java.util.ArrayList<>()), "。.");
    }

    private static List<String> bodyTexts(FootnoteBlocks.Result r) {
        return r.body().stream().filter(l -> !l.isBlank()).map(SourceLine::trimmed).toList();
    }

    @Test
    void liftsABlockOfNumberedNotesAfterASpaceSeparator() {
        FootnoteBlocks.Result r = extract(" 正文一，\n" + " ".repeat(40) + "\n1\n 见 A/1。 \n\n2\n A/2。 \n  正文二，\n");
        assertThat(r.notes()).extracting(FootnoteText::marker).containsExactly("1", "2");
        assertThat(r.notes().get(0).joined()).isEqualTo("见 A/1。");
        assertThat(bodyTexts(r)).containsExactly("正文一，", "正文二，");
    }

    @Test
    void pairsNumbersPrintedBeforeAllTheTextsInOrder() {
        FootnoteBlocks.Result r = extract("Text,\n_______________\n1\n2\n\nSee A/1.\nA/2 and Corr.1.\n\fNext page\n");
        assertThat(r.notes()).extracting(FootnoteText::joined).containsExactly("See A/1.", "A/2 and Corr.1.");
        assertThat(bodyTexts(r)).containsExactly("Text,", "Next page");
    }

    @Test
    void aNoteWithoutFinalPunctuationContinuesOnTheNextLine() {
        FootnoteBlocks.Result r = extract("Text,\n_____\n1 Official Records of the General Assembly, Sixty-third\nSession, Supplement No. 4.\n\fMore text\n");
        assertThat(r.notes()).singleElement().satisfies(n ->
                assertThat(n.joined()).isEqualTo("Official Records of the General Assembly, Sixty-third Session, Supplement No. 4."));
    }

    @Test
    void aRunOfSpacesNotFollowedByTheNextNoteNumberIsBodyText() {
        FootnoteBlocks.Result r = extract("正文，\n" + " ".repeat(40) + "\n7\n更多正文。\n");
        assertThat(r.notes()).isEmpty();
        assertThat(bodyTexts(r)).contains("7", "更多正文。");
    }

    @Test
    void numbersPrintedAfterTheirTextsArePairedInOrder() {
        FootnoteBlocks.Result r = extract("Text,\n__________\n\nResolution 70/1.\nResolution 69/313, annex.\n3\nSee document\nWHA69/2016/REC/1.\n1\n2\n\n2/10\n\fMore\n");
        assertThat(r.notes()).extracting(FootnoteText::marker).containsExactly("1", "2", "3");
        assertThat(r.notes()).extracting(FootnoteText::joined)
                .containsExactly("Resolution 70/1.", "Resolution 69/313, annex.", "See document WHA69/2016/REC/1.");
    }

    @Test
    void aNoteContinuedOnTheNextPageIsJoined() {
        FootnoteBlocks.Result r = extract("Text,\n_____\n1 See the report of the Secretary-General on\n\fPage two text,\n_____\nthe subject.\n2 Ibid.\n");
        assertThat(r.notes()).extracting(FootnoteText::joined)
                .containsExactly("See the report of the Secretary-General on the subject.", "Ibid.");
        assertThat(bodyTexts(r)).containsExactly("Text,", "Page two text,");
    }

    @Test
    void notesNumberedThroughAVolumeAtTheEndWithoutASeparatorAreLifted() {
        FootnoteBlocks.Result r = FootnoteBlocks.withEndNotes(extract(
                "Noting the report 11 that,\n\n1. Decides.\n\nAdopted at the 474th meeting 12\n\n"
                        + "11 Official Records, Fifth Year,\n474th meeting, p. 2.\n\n12 One member was absent.\n"), l -> false);
        assertThat(r.notes()).extracting(FootnoteText::marker).containsExactly("11", "12");
        assertThat(r.notes().get(0).joined()).isEqualTo("Official Records, Fifth Year, 474th meeting, p. 2.");
        assertThat(bodyTexts(r)).endsWith("Adopted at the 474th meeting 12");
    }

    @Test
    void aClosingDateOrAParagraphAfterABlankLineIsNotAnEndNote() {
        FootnoteBlocks.Result dated = FootnoteBlocks.withEndNotes(extract("1. Decides.\n\n5 December 2008\n"), l -> l.startsWith("5 December"));
        assertThat(dated.notes()).isEmpty();
        FootnoteBlocks.Result paragraphs = FootnoteBlocks.withEndNotes(extract("Text.\n\n3 things matter\n\nMore text.\n"), l -> false);
        assertThat(paragraphs.notes()).isEmpty();
    }

    @Test
    void aNumberWithoutTextIsAnError() {
        assertThatThrownBy(() -> extract("Text,\n_____\n1\n\fNext\n")).hasMessageContaining("1 numbers but 0 texts");
    }
}
