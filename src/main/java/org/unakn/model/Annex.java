package org.unakn.model;

import java.util.List;

/**
 * An annex printed after the resolution: its heading ("Annex", "Annex I"), its title lines and
 * its body (paragraphs, articles, plain text).
 */
public record Annex(RichText heading, List<RichText> title, List<BodyNode> body) {
    public Annex {
        title = List.copyOf(title);
        body = List.copyOf(body);
    }
}
