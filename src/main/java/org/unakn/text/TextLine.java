package org.unakn.text;

import java.util.List;
import org.unakn.model.RichText.Callout;

/**
 * A body line after normalisation: trimmed text with call-out digits taken out (their positions
 * kept in {@code callouts}), its source line and page, its indentation and whether blank lines
 * precede it.
 */
public record TextLine(int number, String text, int indent, boolean gapBefore, boolean pageStart, List<Callout> callouts, int page) {
    public TextLine {
        callouts = List.copyOf(callouts);
    }

    public TextLine(int number, String text, int indent, boolean gapBefore, boolean pageStart, List<Callout> callouts) {
        this(number, text, indent, gapBefore, pageStart, callouts, 1);
    }

    /** The same line with other text and call-outs. */
    public TextLine with(String newText, List<Callout> newCallouts) {
        return new TextLine(number, newText, indent, gapBefore, pageStart, newCallouts, page);
    }
}
