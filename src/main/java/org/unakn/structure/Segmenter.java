package org.unakn.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;
import org.unakn.lang.LanguageProfile;
import org.unakn.model.Annex;
import org.unakn.model.Footnote;
import org.unakn.model.Organ;
import org.unakn.model.RichText;
import org.unakn.text.FootnoteText;
import org.unakn.text.NormalizedText;
import org.unakn.text.TextLine;

/**
 * Finds the parts of the resolution in the normalised lines. It walks the lines once, in the
 * order masthead, title, formula, preamble, operative part, closing lines, annexes, and decides
 * for each line whether it starts a new paragraph and of which kind.
 *
 * <p>A line starts a numbered paragraph or sub-paragraph only when its number is the next one
 * expected (see {@link Outline}), so a wrapped line that happens to begin with "15." or "(b)" is
 * not mistaken for one. An unnumbered paragraph starts when the previous one ended with a
 * paragraph-ending punctuation mark and the line is set apart: indented further than wrapped
 * lines on its page, after a blank line (unless the extractor double-spaced every line), or
 * opening with a phrase the language profile knows.
 */
public final class Segmenter {
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}\\s*[.．]");
    /** A section of the operative part headed by a Roman numeral or a capital letter alone ("II", "B"). */
    private static final Pattern SECTION_MARK = Pattern.compile("[IVX]{1,5}|[A-Z]");
    /** Annex titles are short: at most this many lines. */
    private static final int MAX_TITLE_LINES = 4;

    private final LanguageProfile profile;

    public Segmenter(LanguageProfile profile) {
        this.profile = profile;
    }

    private enum Phase { MASTHEAD, TITLE, PREAMBLE, OPERATIVE, ADOPTED, CONCLUSIONS, ANNEX_TITLE, ANNEX }

    /** Operative verbs that adopt a text printed after them ("Adopts the following declaration:"). */
    private static final java.util.Set<String> ADOPTING = java.util.Set.of("adopts", "approves", "proclaims", "endorses");

    /**
     * Some compilation texts of the Security Council have no enacting formula: "1 (1946)
     * Resolution of 25 January 1946" is followed by the text, each operative paragraph naming
     * the Council. When no formula is found but such a heading is, the heading opens the body.
     */
    public Segments segment(NormalizedText text) {
        Walk first = new Walk(text, false);
        try {
            return first.run();
        } catch (ConversionException noFormula) {
            if (first.formula != null || text.body().stream().noneMatch(l -> profile.masthead().number().matcher(l.text()).matches())) {
                throw noFormula;
            }
            return new Walk(text, true).run();
        }
    }

    /** An annex while it is being read. */
    private static final class AnnexDraft {
        final TextLine heading;
        final List<TextLine> title = new ArrayList<>();
        final Outline body;

        AnnexDraft(TextLine heading, Outline body) {
            this.heading = heading;
            this.body = body;
        }

        Annex freeze() {
            return new Annex(Joiner.join(List.of(heading)), title.stream().map(l -> Joiner.join(List.of(l))).toList(), body.freeze());
        }
    }

    /** The state of one walk over the lines. */
    private final class Walk {
        final NormalizedText text;
        Phase phase = Phase.MASTHEAD;
        final List<List<TextLine>> masthead = new ArrayList<>();
        List<TextLine> title;
        List<TextLine> formula;
        Organ organ;
        final List<List<TextLine>> preamble = new ArrayList<>();
        final Outline operative = new Outline(false);
        final List<List<TextLine>> conclusions = new ArrayList<>();
        final List<AnnexDraft> annexes = new ArrayList<>();
        /** The text adopted by the lone unnumbered operative paragraph, once it has begun. */
        Outline adopted;
        /** Whether the lone unnumbered operative paragraph adopts a text ("Adopts the following ...:"). */
        boolean adopting;
        /** The lines of the paragraph being read. */
        List<TextLine> current;
        /** Per page, the indentation of wrapped lines; a line indented further is set apart. */
        final Map<Integer, Integer> baseIndent;
        /** Whether a Security Council heading opens the body, the text having no formula. */
        final boolean headingOpensBody;

        Walk(NormalizedText text, boolean headingOpensBody) {
            this.text = text;
            this.headingOpensBody = headingOpensBody;
            this.baseIndent = continuationIndent(text.body(), profile.terminalPunctuation());
        }

        Segments run() {
            for (TextLine line : text.body()) {
                take(line);
            }
            int lastLine = text.body().isEmpty() ? 0 : text.body().get(text.body().size() - 1).number();
            if (formula == null && organ == null) {
                int first = text.body().isEmpty() ? 1 : text.body().get(0).number();
                throw new ConversionException("not a resolution: no enacting formula found (looked at lines "
                        + first + "-" + lastLine + " for a line such as \"" + profile.formulaExample() + "\")", first);
            }
            if (operative.isEmpty()) {
                throw new ConversionException("no operative paragraph found after the preamble (the text may be truncated; it ends at line "
                        + lastLine + ")", lastLine);
            }
            return new Segments(
                    mastheadItems(),
                    title == null ? null : Joiner.join(title),
                    formula == null ? null : Joiner.join(formula),
                    organ,
                    preamble.stream().map(Joiner::join).toList(),
                    operative.freeze(),
                    conclusions.stream().map(Joiner::join).toList(),
                    annexes.stream().map(AnnexDraft::freeze).toList(),
                    text.footnotes().stream().map(Segmenter::footnote).toList());
        }

        void take(TextLine line) {
            if (formula != null && !operative.isEmpty() && profile.formula(line.text()).isPresent()) {
                throw new ConversionException("a second enacting formula after the operative part: the file seems to hold"
                        + " more than one resolution; split it", line.number());
            }
            switch (phase) {
                case MASTHEAD, TITLE -> heading(line);
                case PREAMBLE, OPERATIVE -> body(line);
                case ADOPTED -> adoptedText(line);
                case CONCLUSIONS -> closing(line);
                case ANNEX_TITLE, ANNEX -> annex(line);
            }
        }

        private void heading(TextLine line) {
            String t = line.text();
            Optional<Organ> o = profile.formula(t);
            if (o.isPresent()) {
                organ = o.get();
                formula = new ArrayList<>(List.of(line));
                current = formula;
                phase = Phase.PREAMBLE;
            } else if (headingOpensBody && phase == Phase.MASTHEAD && profile.masthead().number().matcher(t).matches()) {
                masthead.add(new ArrayList<>(List.of(line)));
                Matcher number = TitleLine.PATTERN.matcher(t);
                organ = org.unakn.model.Iris.organOfNumber(number.lookingAt() ? number.group("number") : t);
                current = null;
                phase = Phase.PREAMBLE;
            } else if (phase == Phase.MASTHEAD && TitleLine.PATTERN.matcher(t).matches()
                    // "83 (1950). Resolution of 27 June 1950" is a Security Council heading, not a title
                    && !profile.masthead().number().matcher(t).matches()) {
                title = new ArrayList<>(List.of(line));
                current = title;
                phase = Phase.TITLE;
            } else if (phase == Phase.TITLE) {
                title.add(line);
            } else {
                for (TextLine cell : cells(line)) {
                    masthead.add(new ArrayList<>(List.of(cell)));
                }
            }
        }

        private void body(TextLine line) {
            String t = line.text();
            boolean newBlock = current == null || current == formula || startsParagraph(line);
            if (!operative.isEmpty() && ended(current) && isClosingLine(t)) {
                startConclusions(line);
                return;
            }
            if (!operative.isEmpty() && ended(current) && profile.annexHeading().matcher(t).matches()) {
                startAnnex(line);
                return;
            }
            if (adopting && current != null && endsWithColon(current)) {
                // "Adopts the following political declaration ...:" and then the declaration itself
                adopted = operative.adoptedText();
                phase = Phase.ADOPTED;
                current = null;
                adoptedText(line);
                return;
            }
            if (newBlock && phase == Phase.OPERATIVE && SECTION_MARK.matcher(t).matches()) {
                current = operative.division(org.unakn.model.Division.Kind.SECTION, line);
                return;
            }
            List<TextLine> numbered = operative.number(line, current);
            if (numbered == null && phase == Phase.OPERATIVE) {
                numbered = operative.label(line);
            }
            if (numbered != null) {
                current = numbered;
                phase = Phase.OPERATIVE;
                return;
            }
            if (!newBlock) {
                current.add(line);
            } else if (phase == Phase.PREAMBLE && profile.operativeVerb(t).isPresent() && profile.preambularPhrase(t).isEmpty()) {
                // an operative paragraph without a number: the resolution's only one, or one before numbered ones
                current = operative.unnumbered(line);
                adopting = operative.isSingle() && ADOPTING.contains(profile.operativeVerb(t).get().key());
                phase = Phase.OPERATIVE;
            } else if (phase == Phase.PREAMBLE) {
                preamble.add(new ArrayList<>(List.of(line)));
                current = preamble.get(preamble.size() - 1);
            } else {
                current = operative.unnumberedText(line, current);
            }
        }

        /** A line of an adopted text: like an annex body, up to the closing lines. */
        private void adoptedText(TextLine line) {
            if (ended(current) && isClosingLine(line.text())) {
                startConclusions(line);
                return;
            }
            current = outlineLine(adopted, line);
        }

        private boolean endsWithColon(List<TextLine> lines) {
            String t = lines.get(lines.size() - 1).text();
            return !t.isEmpty() && (t.endsWith(":") || t.endsWith("："));
        }

        private void closing(TextLine line) {
            String t = line.text();
            if (profile.annexHeading().matcher(t).matches()) {
                startAnnex(line);
            } else if (isClosingLine(t) || ended(current)) {
                startConclusions(line);
            } else {
                current.add(line);
            }
        }

        private void startConclusions(TextLine line) {
            conclusions.add(new ArrayList<>(List.of(line)));
            current = conclusions.get(conclusions.size() - 1);
            phase = Phase.CONCLUSIONS;
        }

        private void startAnnex(TextLine line) {
            annexes.add(new AnnexDraft(line, new Outline(true)));
            current = null;
            phase = Phase.ANNEX_TITLE;
        }

        private void annex(TextLine line) {
            String t = line.text();
            AnnexDraft annex = annexes.get(annexes.size() - 1);
            if (profile.annexHeading().matcher(t).matches() && (current == null || ended(current))) {
                startAnnex(line);
                return;
            }
            Matcher division = profile.divisionHeading().matcher(t);
            boolean structural = division.matches() || NUMBER_ONLY.matcher(t).lookingAt();
            if (phase == Phase.ANNEX_TITLE) {
                if (!structural && annex.title.size() < MAX_TITLE_LINES && !profile.formula(t).isPresent()
                        && (annex.title.isEmpty() || !endsSentence(annex.title.get(annex.title.size() - 1)))) {
                    annex.title.add(line);
                    return;
                }
                phase = Phase.ANNEX;
                current = null;
            }
            current = outlineLine(annex.body, line);
        }

        /**
         * One line of an annex or adopted text: a division heading, the heading after it, a
         * numbered paragraph or sub-paragraph, an unnumbered paragraph or a continuation.
         * Returns where the following continuation lines go.
         */
        private List<TextLine> outlineLine(Outline outline, TextLine line) {
            String t = line.text();
            Matcher division = profile.divisionHeading().matcher(t);
            boolean structural = division.matches() || NUMBER_ONLY.matcher(t).lookingAt();
            boolean newBlock = current == null || startsParagraph(line) || startsWithCapitalAfterEnd(line);
            if (division.matches() && ended(current)) {
                return outline.division(profile.divisionKind(division.group("kind")), line);
            }
            if (outline.awaitsHeading() && !structural && !endsSentence(line)) {
                outline.heading(line);
                return null;
            }
            List<TextLine> numbered = outline.number(line, current);
            if (numbered == null) {
                numbered = outline.label(line);
            }
            if (numbered != null) {
                return numbered;
            }
            if (newBlock) {
                return outline.unnumberedText(line, current);
            }
            current.add(line);
            return current;
        }

        /** In an annex, a capitalised line after a full stop starts a paragraph (after a colon it may be a title). */
        private boolean startsWithCapitalAfterEnd(TextLine line) {
            String t = line.text();
            if (current == null || current.isEmpty() || t.isEmpty() || !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
            String last = current.get(current.size() - 1).text();
            return !last.isEmpty() && profile.sentenceEnd().indexOf(last.charAt(last.length() - 1)) >= 0;
        }

        private boolean endsSentence(TextLine line) {
            String t = line.text();
            return !t.isEmpty() && (profile.sentenceEnd() + ":;").indexOf(t.charAt(t.length() - 1)) >= 0;
        }

        /** Masthead cells, with a cell that continues the one before (an open bracket, a comma, a lower-case start) joined to it. */
        private List<RichText> mastheadItems() {
            List<List<TextLine>> items = new ArrayList<>();
            for (List<TextLine> cell : masthead) {
                if (!items.isEmpty() && continues(items.get(items.size() - 1), cell.get(0).text())) {
                    items.get(items.size() - 1).addAll(cell);
                } else {
                    items.add(new ArrayList<>(cell));
                }
            }
            return items.stream().map(Joiner::join).toList();
        }

        private boolean continues(List<TextLine> item, String next) {
            String joined = String.join(" ", item.stream().map(TextLine::text).toList());
            boolean unclosed = count(joined, '[') > count(joined, ']') || count(joined, '(') > count(joined, ')');
            boolean openEnded = joined.endsWith(",") || joined.matches(".*\\s\\p{Ll}+") && !next.isEmpty() && Character.isDigit(next.charAt(0));
            return unclosed || openEnded || (!next.isEmpty() && Character.isLowerCase(next.charAt(0)));
        }

        private boolean isClosingLine(String t) {
            if (profile.meetingLine().matcher(t).lookingAt()) {
                return true;
            }
            List<LanguageProfile.DateMatch> dates = profile.dates(t);
            return dates.size() == 1 && dates.get(0).start() == 0 && t.substring(dates.get(0).end()).isBlank();
        }

        private boolean startsParagraph(TextLine line) {
            if (!ended(current)) {
                return false;
            }
            boolean setApart = line.indent() > baseIndent.getOrDefault(line.page(), 0) || line.pageStart()
                    || (line.gapBefore() && !text.doubleSpaced());
            return setApart || profile.preambularPhrase(line.text()).isPresent();
        }

        private boolean ended(List<TextLine> lines) {
            if (lines == null || lines.isEmpty()) {
                return true;
            }
            String t = lines.get(lines.size() - 1).text();
            return !t.isEmpty() && profile.terminalPunctuation().indexOf(t.charAt(t.length() - 1)) >= 0;
        }
    }

    /**
     * Per page, the most common indentation of wrapped lines (lines after one that did not end a
     * paragraph). Per page, because facing pages may have different margins.
     */
    private static Map<Integer, Integer> continuationIndent(List<TextLine> lines, String terminal) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String prev = lines.get(i - 1).text();
            if (!prev.isEmpty() && terminal.indexOf(prev.charAt(prev.length() - 1)) < 0 && !lines.get(i).pageStart()) {
                counts.computeIfAbsent(lines.get(i).page(), p -> new HashMap<>()).merge(lines.get(i).indent(), 1, Integer::sum);
            }
        }
        int fallback = lines.stream().mapToInt(TextLine::indent).min().orElse(0);
        Map<Integer, Integer> base = new HashMap<>();
        lines.stream().map(TextLine::page).distinct().forEach(page -> base.put(page,
                counts.getOrDefault(page, Map.of()).entrySet().stream()
                        .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(fallback)));
        return base;
    }

    /** A two-column masthead line ("United Nations      A/RES/73/8") is two cells. */
    private static List<TextLine> cells(TextLine line) {
        String[] parts = line.text().split("\\s{3,}");
        if (parts.length == 1 || !line.callouts().isEmpty()) {
            return List.of(line);
        }
        List<TextLine> cells = new ArrayList<>();
        for (String p : parts) {
            if (!p.isBlank()) {
                cells.add(line.with(p.strip(), List.of()));
            }
        }
        return cells;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    private static Footnote footnote(FootnoteText note) {
        List<TextLine> lines = note.lines().stream()
                .map(l -> new TextLine(l.number(), l.trimmed(), 0, false, false, List.of()))
                .toList();
        return new Footnote(note.marker(), Joiner.join(lines));
    }
}
