package org.unakn.model;

import java.util.List;

/** A part or section of the operative part ("I", "A", headed or not) holding its own paragraphs. */
public record Division(Kind kind, String num, RichText heading, List<BodyNode> children) implements BodyNode {
    public enum Kind { PART, SECTION }

    public Division {
        children = List.copyOf(children);
    }
}
