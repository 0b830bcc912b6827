package org.unakn;

/**
 * The input cannot be turned into a resolution. The message names the problem and, where one is
 * known, the 1-based line of the input where it was found; it is meant to be shown to users as is.
 */
public class ConversionException extends RuntimeException {
    private final int line;

    public ConversionException(String message) {
        this(message, 0);
    }

    public ConversionException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The 1-based input line the problem was found at, or 0 when it concerns the whole input. */
    public int line() {
        return line;
    }

    /** The message prefixed with "line N: " when a line is known. */
    public String describe() {
        return line > 0 ? "line " + line + ": " + getMessage() : getMessage();
    }
}
