package org.unakn.text;

/**
 * One line of the input as extracted, with its 1-based number. {@code pageStart} is true for the
 * first line after a form feed.
 */
public record SourceLine(int number, String text, boolean pageStart) {

    public boolean isBlank() {
        return text.isBlank();
    }

    /** Leading whitespace, counted in characters. */
    public int indent() {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    public String trimmed() {
        return text.strip();
    }
}
