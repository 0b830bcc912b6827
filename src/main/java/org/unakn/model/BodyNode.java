package org.unakn.model;

/** Something in the operative part or an annex: a numbered paragraph, a division, or a plain paragraph. */
public sealed interface BodyNode permits Point, Division, Block {
}
