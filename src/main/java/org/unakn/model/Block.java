package org.unakn.model;

/** An unnumbered paragraph among numbered ones (in an annex, an article's unnumbered text). */
public record Block(RichText text) implements BodyNode {
}
