package org.unakn.text;

import java.util.List;
import org.unakn.model.RichText.Callout;

/**
 * A body line after normalisation: trimmed text with call-out digits taken out (their positions
 * kept in {@code callouts}), its source line, its indentation and whether blank lines precede it.
 */
public record TextLine(int number, String text, int indent, boolean gapBefore, boolean pageStart, List<Callout> callouts) {
    public TextLine {
        callouts = List.copyOf(callouts);
    }
}
