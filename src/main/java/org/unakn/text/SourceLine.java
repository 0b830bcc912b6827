package org.unakn.text;

/**
 * One line of the input as extracted, with its 1-based number and the 1-based page it is on
 * (pages are counted by form feeds). {@code pageStart} is true for the first line after a form feed.
 */
public record SourceLine(int number, String text, boolean pageStart, int page) {

    public SourceLine(int number, String text, boolean pageStart) {
        this(number, text, pageStart, 1);
    }

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
