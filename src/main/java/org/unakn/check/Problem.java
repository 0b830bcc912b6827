package org.unakn.check;

/** One problem found in an AKN document, at a line and column of it (0 when not known). */
public record Problem(int line, int column, String message) {
    public String describe(String file) {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
