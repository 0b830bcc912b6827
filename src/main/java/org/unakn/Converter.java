package org.unakn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unakn.akn.AknWriter;
import org.unakn.check.AknSchema;
import org.unakn.check.Fidelity;
import org.unakn.check.Problem;
import org.unakn.check.ProfileChecks;
import org.unakn.inline.Annotator;
import org.unakn.io.InputDecoder;
import org.unakn.lang.LanguageProfile;
import org.unakn.lang.Profiles;
import org.unakn.model.Language;
import org.unakn.model.Resolution;
import org.unakn.structure.Segmenter;
import org.unakn.text.NormalizedText;
import org.unakn.text.Normalizer;
import org.unakn.text.SourceLine;

/**
 * The conversion pipeline: decode, normalise, segment, annotate, write, then check the result
 * (schema, profile rules, fidelity) before anyone sees it. One instance can be shared by threads:
 * every stage is stateless or holds only compiled rules.
 */
public final class Converter {
    private final Map<Language, Stages> stages = new EnumMap<>(Language.class);
    private final AknWriter writer = new AknWriter();

    /** The stages for one language, built once. */
    private record Stages(LanguageProfile profile, Normalizer normalizer, Segmenter segmenter, Annotator annotator) {
        static Stages of(LanguageProfile p) {
            return new Stages(p, Converter.normalizer(p), new Segmenter(p), new Annotator(p));
        }
    }

    /** The normaliser for a language: what ends its sentences and paragraphs, what opens a paragraph, what is a date. */
    static Normalizer normalizer(LanguageProfile p) {
        return new Normalizer(p.sentenceEnd(), p.terminalPunctuation(), line -> p.operativeVerb(line).isPresent(),
                line -> p.dates(line).stream().anyMatch(d -> d.start() == 0));
    }

    public Converter() {
        for (Language l : Language.values()) {
            Profiles.of(l).ifPresent(p -> stages.put(l, Stages.of(p)));
        }
    }

    public Conversion convert(byte[] input, ConvertOptions options) {
        String text = new InputDecoder(options.maxBytes()).decode(input, options.encoding());
        return convert(text, options);
    }

    public Conversion convert(String text, ConvertOptions options) {
        if (text.isBlank()) {
            throw new ConversionException("the input has no text");
        }
        Language language = options.language().orElseGet(() -> Profiles.detect(text));
        Stages s = stages.get(language);
        if (s == null) {
            throw new ConversionException("no language profile for " + language.bcp47() + " yet; available: "
                    + stages.keySet().stream().map(Language::bcp47).toList());
        }
        NormalizedText normalized = s.normalizer().normalize(text);
        Resolution resolution = s.annotator().annotate(s.segmenter().segment(normalized));
        String xml = writer.write(resolution, options.markupDate().orElseGet(LocalDate::now));
        List<Problem> problems = new ArrayList<>(AknSchema.validate(xml));
        problems.addAll(ProfileChecks.check(xml));
        if (!problems.isEmpty()) {
            throw new InvalidOutputException(problems);
        }
        Optional<String> lost = Fidelity.check(xml, bodyLines(normalized), noteLines(normalized));
        if (lost.isPresent()) {
            throw new ConversionException(lost.get());
        }
        return new Conversion(resolution, xml);
    }

    private static List<Fidelity.Line> bodyLines(NormalizedText t) {
        return t.body().stream().map(l -> new Fidelity.Line(l.number(), l.text())).toList();
    }

    private static List<Fidelity.Line> noteLines(NormalizedText t) {
        return t.footnotes().stream()
                .flatMap(f -> f.lines().stream())
                .map((SourceLine l) -> new Fidelity.Line(l.number(), l.text()))
                .toList();
    }

    /** The converter produced AKN that fails its own checks: a bug in the converter, never written out. */
    public static final class InvalidOutputException extends ConversionException {
        private final List<Problem> problems;

        InvalidOutputException(List<Problem> problems) {
            super("internal error: the AKN produced fails validation (" + problems.size() + " problem(s), first: "
                    + problems.get(0).line() + ":" + problems.get(0).column() + ": " + problems.get(0).message()
                    + "); nothing was written. Please report this with the input file.");
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }
}
