package org.unakn;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import org.unakn.io.InputDecoder;
import org.unakn.model.Language;

/**
 * How to convert: the language (detected when empty), the input encoding (UTF-8 or a byte-order
 * mark when empty), the date recorded as the manifestation's markup date (today when empty; fix
 * it for byte-identical reruns) and the input size limit.
 */
public record ConvertOptions(Optional<Language> language, Optional<Charset> encoding, Optional<LocalDate> markupDate, long maxBytes) {

    public static ConvertOptions defaults() {
        return new ConvertOptions(Optional.empty(), Optional.empty(), Optional.empty(), InputDecoder.DEFAULT_MAX_BYTES);
    }

    public ConvertOptions withLanguage(Language l) {
        return new ConvertOptions(Optional.of(l), encoding, markupDate, maxBytes);
    }

    public ConvertOptions withEncoding(Charset c) {
        return new ConvertOptions(language, Optional.of(c), markupDate, maxBytes);
    }

    public ConvertOptions withMarkupDate(LocalDate d) {
        return new ConvertOptions(language, encoding, Optional.of(d), maxBytes);
    }

    public ConvertOptions withMaxBytes(long max) {
        return new ConvertOptions(language, encoding, markupDate, max);
    }
}
