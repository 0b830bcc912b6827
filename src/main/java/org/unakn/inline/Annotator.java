package org.unakn.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.unakn.ConversionException;
import org.unakn.lang.LanguageProfile;
import org.unakn.model.Annex;
import org.unakn.model.Block;
import org.unakn.model.BodyNode;
import org.unakn.model.Division;
import org.unakn.model.Footnote;
import org.unakn.model.Identity;
import org.unakn.model.Iris;
import org.unakn.model.Point;
import org.unakn.model.PreambularParagraph;
import org.unakn.model.Resolution;
import org.unakn.model.RichText;
import org.unakn.model.Span;
import org.unakn.model.Span.Kind;
import org.unakn.structure.Segments;
import org.unakn.structure.TitleLine;

/**
 * Adds the inline semantics to every text of the segmented resolution (references, dates, opening
 * phrases, title and closing lines) and settles the resolution's identity from them. Thread-safe:
 * it holds only compiled, immutable rules.
 */
public final class Annotator {
    private static final String NEUTRAL_PREAMBLE_NAME = "preambularParagraph";

    private final LanguageProfile profile;
    private final Recognizers recognizers;
    private final MastheadReader mastheadReader;

    public Annotator(LanguageProfile profile) {
        this.profile = profile;
        this.recognizers = new Recognizers(profile);
        this.mastheadReader = new MastheadReader(profile, this::running);
    }

    public Resolution annotate(Segments s) {
        RichText title = s.title() == null ? null : title(s.title());
        List<PreambularParagraph> preamble = s.preamble().stream().map(this::preambular).toList();
        List<BodyNode> operative = s.operative().stream().map(n -> node(n, true)).toList();
        List<Annex> annexes = s.annexes().stream()
                .map(a -> new Annex(a.heading(), a.title(), a.body().stream().map(n -> node(n, false)).toList()))
                .toList();
        List<RichText> conclusions = s.conclusions().stream().map(this::closingLine).toList();
        List<Footnote> footnotes = footnotes(s.footnotes());
        MastheadReader.Result masthead = mastheadReader.read(s.masthead());
        Identity identity = identify(s, title, conclusions, masthead);
        return new Resolution(identity, masthead.masthead(), title, s.formula(), preamble, operative, conclusions, annexes, footnotes);
    }

    /**
     * The number comes from the title line, else from the heading of a Security Council
     * resolution, else from the symbol; the date of adoption from the closing lines, else from
     * the masthead ("Resolution adopted by the General Assembly on ...").
     */
    private Identity identify(Segments s, RichText title, List<RichText> conclusions, MastheadReader.Result masthead) {
        Optional<String> number = Optional.ofNullable(title)
                .flatMap(t -> t.spansOf(Kind.DOC_NUMBER).stream().findFirst().map(sp -> t.text().substring(sp.start(), sp.end())))
                .or(masthead::number)
                .or(() -> masthead.symbol().map(Annotator::numberOfSymbol));
        if (number.isEmpty()) {
            throw new ConversionException("no resolution number found: neither a title line (such as \"63/114. Title\") nor a symbol",
                    firstLine(s));
        }
        Optional<LocalDate> adopted = conclusions.stream()
                .flatMap(c -> c.spansOf(Kind.ADOPTION_DATE).stream())
                .map(sp -> LocalDate.parse(sp.value()))
                .findFirst()
                .or(masthead::adopted);
        if (adopted.isEmpty()) {
            int line = conclusions.isEmpty() ? firstLine(s) : conclusions.get(0).line();
            throw new ConversionException("no date of adoption found: neither closing lines (meeting and date) nor an adoption line in the masthead", line);
        }
        return new Identity(s.organ(), Iris.canonicalNumber(number.get()), adopted.get(), profile.language(),
                masthead.issued(), masthead.symbol());
    }

    private static int firstLine(Segments s) {
        return s.formula() != null ? s.formula().line() : s.masthead().isEmpty() ? 1 : s.masthead().get(0).line();
    }

    /** "A/RES/63/114" -> "63/114"; "S/RES/1445 (2002)" -> "1445 (2002)". */
    private static String numberOfSymbol(String symbol) {
        return symbol.replaceFirst("^[A-Z]+/RES/", "");
    }

    private RichText title(RichText t) {
        Matcher m = TitleLine.PATTERN.matcher(t.text());
        if (!m.matches()) {
            return t;
        }
        RichText r = t.withSpan(new Span(m.start("number"), m.end("number"), Kind.DOC_NUMBER, ""));
        return m.group("title") == null ? r : r.withSpan(new Span(m.start("title"), m.end("title"), Kind.DOC_TITLE, ""));
    }

    private PreambularParagraph preambular(RichText t) {
        Optional<LanguageProfile.PhraseMatch> phrase = profile.preambularPhrase(t.text());
        RichText text = running(t);
        if (phrase.isEmpty()) {
            return new PreambularParagraph(NEUTRAL_PREAMBLE_NAME, text);
        }
        return new PreambularParagraph(phrase.get().key(),
                text.withSpan(new Span(0, phrase.get().length(), Kind.PREAMBULAR_PHRASE, "")));
    }

    /** @param operative whether numbered paragraphs here are the resolution's own, opening with an operative verb */
    private BodyNode node(BodyNode n, boolean operative) {
        if (n instanceof Point p) {
            return operative(p, operative);
        }
        if (n instanceof Block b) {
            return new Block(running(b.text()));
        }
        Division d = (Division) n;
        return new Division(d.kind(), d.num(), d.heading() == null ? null : running(d.heading()),
                d.children().stream().map(c -> node(c, operative)).toList());
    }

    private Point operative(Point p, boolean topLevel) {
        RichText text = running(p.text());
        if (topLevel) {
            Optional<LanguageProfile.PhraseMatch> verb = profile.operativeVerb(text.text());
            if (verb.isPresent()) {
                text = text.withSpan(new Span(0, verb.get().length(), Kind.OPERATIVE_VERB, verb.get().key()));
            }
        }
        List<Point> items = p.items().stream().map(i -> operative(i, false)).toList();
        List<BodyNode> adopted = p.adopted().stream().map(n -> node(n, false)).toList();
        return new Point(p.num(), text, items, p.wrapUp() == null ? null : running(p.wrapUp()), adopted);
    }

    /** References first, so that the dates they contain nest inside them; then the remaining dates. */
    private RichText running(RichText t) {
        RichText r = recognizers.resolutions(t);
        r = recognizers.symbols(r);
        r = recognizers.dates(r);
        return recognizers.groups(r);
    }

    private RichText closingLine(RichText t) {
        Matcher meeting = profile.meetingLine().matcher(t.text());
        if (meeting.lookingAt()) {
            return running(t).withSpan(new Span(0, meeting.end(), Kind.MEETING, meeting.group("n")));
        }
        List<LanguageProfile.DateMatch> dates = profile.dates(t.text());
        if (dates.size() == 1) {
            LanguageProfile.DateMatch d = dates.get(0);
            return t.withSpan(new Span(d.start(), d.end(), Kind.ADOPTION_DATE, d.date().toString()));
        }
        return running(t);
    }

    /** Footnotes in order; "ibid." points where the previous note's single reference points. */
    private List<Footnote> footnotes(List<Footnote> notes) {
        List<Footnote> out = new ArrayList<>();
        String previousTarget = null;
        for (Footnote f : notes) {
            RichText text = running(f.text());
            Matcher ibid = profile.ibid().matcher(text.text());
            if (ibid.lookingAt() && previousTarget != null) {
                text = text.withSpan(new Span(ibid.start(), ibid.end(), Kind.REF, previousTarget));
            }
            previousTarget = singleTarget(text);
            out.add(new Footnote(f.marker(), text));
        }
        return out;
    }

    /**
     * The one document a note cites: its first reference, when every other reference is that
     * document's corrigendum or addendum ("A/63/228 and Corr.1"); otherwise none.
     */
    private static String singleTarget(RichText text) {
        List<Span> refs = text.spansOf(Kind.REF);
        if (refs.isEmpty()) {
            return null;
        }
        String first = refs.get(0).value();
        for (Span r : refs.subList(1, refs.size())) {
            if (!r.value().startsWith(first + "/")) {
                return null;
            }
        }
        return first;
    }
}
