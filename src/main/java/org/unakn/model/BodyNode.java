package org.unakn.model;

/** Something in the operative part: a paragraph or a division that groups paragraphs. */
public sealed interface BodyNode permits Point, Division {
}
