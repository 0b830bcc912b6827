package org.unakn.model;

import java.util.List;

/**
 * A part, section or article grouping paragraphs ("I", "A", "Article 1"), with its printed number
 * (may be null, as for "Preamble") and heading (may be null).
 */
public record Division(Kind kind, String num, RichText heading, List<BodyNode> children) implements BodyNode {
    public enum Kind { PART, CHAPTER, SECTION, ARTICLE, PREAMBLE }

    public Division {
        children = List.copyOf(children);
    }
}
