package org.unakn.model;

/** One preambular paragraph; {@code name} is the lowerCamelCase English name of its opening phrase. */
public record PreambularParagraph(String name, RichText text) {
}
