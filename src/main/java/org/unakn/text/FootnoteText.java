package org.unakn.text;

import java.util.List;

/** The text of one footnote as found at a page bottom: its marker and its lines, in order. */
public record FootnoteText(String marker, int markerLine, List<SourceLine> lines) {
    public FootnoteText {
        lines = List.copyOf(lines);
    }

    public String joined() {
        return String.join(" ", lines.stream().map(SourceLine::trimmed).toList());
    }
}
