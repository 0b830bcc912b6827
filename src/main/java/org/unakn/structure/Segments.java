package org.unakn.structure;

import java.util.List;
import org.unakn.model.Annex;
import org.unakn.model.BodyNode;
import org.unakn.model.Footnote;
import org.unakn.model.Organ;
import org.unakn.model.RichText;

/**
 * The parts of a resolution as found in the text, before inline recognition: masthead lines,
 * the title line, the enacting formula (and the organ it names), preambular paragraphs, the
 * operative tree, the closing lines, and the footnotes' texts. {@code title} and {@code formula}
 * are null when the text has none.
 */
public record Segments(List<RichText> masthead, RichText title, RichText formula, Organ organ,
                       List<RichText> preamble, List<BodyNode> operative, List<RichText> conclusions,
                       List<Annex> annexes, List<Footnote> footnotes) {
    public Segments {
        masthead = List.copyOf(masthead);
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        conclusions = List.copyOf(conclusions);
        annexes = List.copyOf(annexes);
        footnotes = List.copyOf(footnotes);
    }
}
