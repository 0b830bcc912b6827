package org.unakn.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.lang.LanguageProfile;
import org.unakn.model.Iris;
import org.unakn.model.RichText;
import org.unakn.model.Span;
import org.unakn.model.Span.Kind;

/**
 * The inline recognisers: each finds one kind of thing in a paragraph's text and returns the text
 * with spans added. They never change the text itself.
 */
final class Recognizers {
    private final LanguageProfile profile;
    /** What may stand between a symbol and its corrigendum: "A/63/228 and Corr.1". */
    private final Pattern amendmentFollows;
    /** What may stand between two references of one group. */
    private final Pattern groupGap;

    /**
     * A UN document symbol: a series prefix, then "/"-separated parts such as "63", "L.44", "ES-11",
     * "WG.6"; joint symbols are joined by hyphens ("A/60/633-S/2005/826").
     */
    private static final String SYMBOL = "(?:A|S|E|ST|TD|DP|UNEP|CRC|CEDAW|CCPR|CERD|CAT|HRC|FCCC|ICCD)(?:/[A-Z0-9]+(?:\\.[A-Z0-9]+|-\\d+)*)+";
    private static final Pattern SYMBOLS = Pattern.compile("(?=[A-Z])(?<![\\w/.\\-])(" + SYMBOL + ")(?:\\s?-\\s?" + SYMBOL + ")*");
    private static final Pattern AMENDMENT = Pattern.compile("(Corr|Add|Rev)\\.\\d+");

    Recognizers(LanguageProfile profile) {
        this.profile = profile;
        String conjunction = profile.symbolConjunction().pattern();
        this.amendmentFollows = Pattern.compile("[\\s/,，、]*(?:" + conjunction + ")?\\s*(" + AMENDMENT.pattern() + ")");
        this.groupGap = Pattern.compile("[\\s/,，、;；]*(?:(?:" + conjunction + ")\\s*)?");
    }

    RichText dates(RichText text) {
        List<Span> spans = new ArrayList<>();
        for (LanguageProfile.DateMatch d : profile.dates(text.text())) {
            spans.add(new Span(d.start(), d.end(), Kind.DATE, d.date().toString()));
        }
        return text.withSpans(spans);
    }

    /** Resolution citations: a reference to the Work IRI when the adoption date is given, otherwise to undocs.org. */
    RichText resolutions(RichText text) {
        List<Span> refs = new ArrayList<>();
        for (LanguageProfile.Citation c : profile.citations(text.text())) {
            String href = c.date()
                    .map(d -> Iris.work(Iris.organOfNumber(c.number()), d, c.number()))
                    .orElseGet(() -> Iris.undocsResolution(c.number()));
            refs.add(new Span(c.start(), c.end(), Kind.REF, href));
        }
        return text.withSpans(refs);
    }

    /**
     * Document symbols, linked to undocs.org (a joint symbol links its first part); a corrigendum
     * or addendum joined to a symbol ("A/63/228 and Corr.1") links to that symbol's corrigendum.
     */
    RichText symbols(RichText text) {
        Matcher m = SYMBOLS.matcher(text.text());
        List<Span> refs = new ArrayList<>();
        while (m.find()) {
            String first = m.group(1);
            refs.add(new Span(m.start(), m.end(), Kind.REF, Iris.undocs(first)));
            amendments(text.text(), m.end(), first, refs);
        }
        return text.withSpans(refs);
    }

    private void amendments(String text, int from, String symbol, List<Span> refs) {
        Matcher m = amendmentFollows.matcher(text).region(from, text.length());
        while (m.lookingAt()) {
            refs.add(new Span(m.start(1), m.end(1), Kind.REF, Iris.undocs(symbol + "/" + m.group(1))));
            m.region(m.end(), text.length());
        }
    }

    /** Groups neighbouring references (separated only by a comma or a conjunction) into an mref. */
    RichText groups(RichText text) {
        List<Span> refs = text.spansOf(Kind.REF);
        List<Span> groups = new ArrayList<>();
        int i = 0;
        while (i < refs.size()) {
            int j = i;
            while (j + 1 < refs.size() && groupGap.matcher(text.text().substring(refs.get(j).end(), refs.get(j + 1).start())).matches()) {
                j++;
            }
            if (j > i) {
                groups.add(new Span(refs.get(i).start(), refs.get(j).end(), Kind.MREF, ""));
            }
            i = j + 1;
        }
        return text.withSpans(groups);
    }
}
