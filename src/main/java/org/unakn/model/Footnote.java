package org.unakn.model;

/** A footnote as printed at a page bottom: its marker ("1") and its text. */
public record Footnote(String marker, RichText text) {
}
