package org.unakn.text;

import java.util.List;

/**
 * The input after normalisation: body lines (furniture, footnote blocks and call-out digits taken
 * out), the footnotes, and what was removed as furniture (for diagnostics and the fidelity check).
 * {@code doubleSpaced} says the extractor put a blank line after every line, so blank lines do not
 * separate paragraphs.
 */
public record NormalizedText(List<TextLine> body, List<FootnoteText> footnotes, List<Furniture.Removed> furniture, boolean doubleSpaced) {
    public NormalizedText {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        furniture = List.copyOf(furniture);
    }
}
