package org.unakn.lang;

/** Spellings of resolution numbers shared by all languages. */
public final class Citations {
    /**
     * A resolution number: "63/114", "ES-11/4", "68/247 B", "3369 (XXX)", "1991 A (XVIII)",
     * "1373 (2001)". Kept free of capture groups so profiles can embed it.
     */
    public static final String NUMBER =
            "(?:(?:ES|S)-\\d{1,2}/\\d{1,3}|\\d{1,3}/\\d{1,4}(?:\\s?[A-Z](?![\\w/]))?|\\d{1,4}(?:\\s?[A-Z])?\\s?\\((?:[IVXL]{1,6}|\\d{4})\\))";

    private Citations() {
    }
}
