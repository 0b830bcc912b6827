package org.unakn.model;

import java.util.List;

/**
 * A numbered item: an operative paragraph ("1.") or a sub-paragraph ("(a)", "(i)"). When it has
 * sub-items, {@code text} is their introduction and {@code wrapUp} the text after them.
 */
public record Point(String num, RichText text, List<Point> items, RichText wrapUp) implements BodyNode {
    public Point {
        items = List.copyOf(items);
    }

    public boolean hasItems() {
        return !items.isEmpty();
    }
}
