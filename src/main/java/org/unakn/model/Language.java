package org.unakn.model;

import java.util.Arrays;
import java.util.Optional;

/** The six official UN languages, with the codes AKN needs. */
public enum Language {
    ARABIC("ar", "ara"),
    CHINESE("zh", "zho"),
    ENGLISH("en", "eng"),
    FRENCH("fr", "fra"),
    RUSSIAN("ru", "rus"),
    SPANISH("es", "spa");

    private final String bcp47;
    private final String iso6392t;

    Language(String bcp47, String iso6392t) {
        this.bcp47 = bcp47;
        this.iso6392t = iso6392t;
    }

    /** Two-letter code ("zh"), as used on the command line and in HTML. */
    public String bcp47() {
        return bcp47;
    }

    /** ISO 639-2/T code ("zho"), as used in FRBR expression IRIs and FRBRlanguage. */
    public String iso6392t() {
        return iso6392t;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values())
                .filter(l -> l.bcp47.equalsIgnoreCase(code) || l.iso6392t.equalsIgnoreCase(code))
                .findFirst();
    }
}
