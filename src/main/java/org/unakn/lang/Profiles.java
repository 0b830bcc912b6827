package org.unakn.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.unakn.model.Language;

/** The language profiles the converter has, and the guess of a text's language. */
public final class Profiles {
    private static final Map<Language, LanguageProfile> PROFILES = new EnumMap<>(Language.class);

    static {
        register(new Chinese());
        register(new English());
    }

    private Profiles() {
    }

    private static void register(LanguageProfile p) {
        PROFILES.put(p.language(), p);
    }

    public static Optional<LanguageProfile> of(Language language) {
        return Optional.ofNullable(PROFILES.get(language));
    }

    /**
     * Guesses the language from the script that dominates the text's letters: Han for Chinese,
     * Arabic, Cyrillic; Latin-script languages by their most frequent function words.
     */
    public static Language detect(String text) {
        int han = 0;
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        int limit = Math.min(text.length(), 6_000);
        for (int i = 0; i < limit; i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(text.charAt(i));
            switch (s) {
                case HAN -> han++;
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        // a Han character carries about as much text as three Latin letters
        int max = Math.max(Math.max(han * 3, arabic), Math.max(cyrillic, latin));
        if (max == han * 3 && han > 0) {
            return Language.CHINESE;
        }
        if (max == arabic && arabic > 0) {
            return Language.ARABIC;
        }
        if (max == cyrillic && cyrillic > 0) {
            return Language.RUSSIAN;
        }
        String sample = " " + text.substring(0, limit).toLowerCase(java.util.Locale.ROOT) + " ";
        int fr = count(sample, " les ") + count(sample, " des ") + count(sample, " et ");
        int es = count(sample, " los ") + count(sample, " las ") + count(sample, " y ");
        int en = count(sample, " the ") + count(sample, " and ") + count(sample, " of ");
        if (fr > en && fr >= es) {
            return Language.FRENCH;
        }
        if (es > en && es > fr) {
            return Language.SPANISH;
        }
        return Language.ENGLISH;
    }

    private static int count(String s, String word) {
        int n = 0;
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
