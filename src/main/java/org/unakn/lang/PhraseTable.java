package org.unakn.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A language's phrase data, read from a tab-separated resource: {@code kind<TAB>phrase<TAB>key}.
 * Kinds are "preamble" (opening phrases of preambular paragraphs, key = English lowerCamelCase
 * name) and "verb" (operative verbs, key = concept name). Lookups take the longest phrase that
 * starts the text, so "赞赏地注意到" wins over "注意到".
 */
final class PhraseTable {
    private final Map<String, List<Entry>> byKind;

    private record Entry(String phrase, String key) {
    }

    private PhraseTable(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
    }

    static PhraseTable load(String resource) {
        Map<String, List<Entry>> byKind = new TreeMap<>();
        try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing language resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(resource + ": bad line: " + line);
                }
                byKind.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Entry(f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byKind.values().forEach(l -> l.sort(Comparator.comparingInt((Entry e) -> e.phrase.length()).reversed()));
        return new PhraseTable(byKind);
    }

    /**
     * The longest phrase of this kind that starts {@code text}; {@code boundary} decides whether the
     * character after it may follow a complete phrase (a space in English, anything in Chinese).
     */
    Optional<LanguageProfile.PhraseMatch> longestPrefix(String kind, String text, java.util.function.IntPredicate boundary) {
        for (Entry e : byKind.getOrDefault(kind, List.of())) {
            if (text.startsWith(e.phrase)
                    && (text.length() == e.phrase.length() || boundary.test(text.charAt(e.phrase.length())))) {
                return Optional.of(new LanguageProfile.PhraseMatch(e.phrase.length(), e.key));
            }
        }
        return Optional.empty();
    }
}
