package org.unakn.model;

import java.util.List;

/**
 * A numbered item: an operative paragraph ("1.") or a sub-paragraph ("(a)", "(i)"). When it has
 * sub-items, {@code text} is their introduction and {@code wrapUp} the text after them.
 * {@code adopted} is the text a paragraph adopts ("Adopts the following declaration:" and the
 * declaration after it), empty for most paragraphs.
 */
public record Point(String num, RichText text, List<Point> items, RichText wrapUp, List<BodyNode> adopted) implements BodyNode {
    public Point {
        items = List.copyOf(items);
        adopted = List.copyOf(adopted);
    }

    public Point(String num, RichText text, List<Point> items, RichText wrapUp) {
        this(num, text, items, wrapUp, List.of());
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }
}
