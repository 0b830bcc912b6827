package org.unakn.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;
import org.unakn.lang.LanguageProfile;
import org.unakn.model.BodyNode;
import org.unakn.model.Footnote;
import org.unakn.model.Organ;
import org.unakn.model.Point;
import org.unakn.model.RichText;
import org.unakn.text.FootnoteText;
import org.unakn.text.NormalizedText;
import org.unakn.text.TextLine;

/**
 * Finds the parts of the resolution in the normalised lines. It walks the lines once, in the
 * order masthead, title, formula, preamble, operative part, closing lines, and decides for each
 * line whether it starts a new paragraph and of which kind.
 *
 * <p>A line starts a numbered paragraph or sub-paragraph only when its number is the next one
 * expected, so a wrapped line that happens to begin with "15." or "(b)" is not mistaken for one.
 * An unnumbered paragraph starts when the previous one ended with a paragraph-ending punctuation
 * mark and the line is set apart: indented, after a blank line (unless the extractor double-spaced
 * every line), or opening with a phrase the language profile knows.
 */
public final class Segmenter {
    private static final Pattern OPERATIVE_NUMBER = Pattern.compile("(\\d{1,3})\\s*[.．](?:\\s+|$)");
    private static final Pattern ITEM_LABEL = Pattern.compile("[(（]([a-z]{1,2}|[ivxl]{1,6})[)）](?:\\s+|$)");

    private final LanguageProfile profile;

    public Segmenter(LanguageProfile profile) {
        this.profile = profile;
    }

    private enum Phase { MASTHEAD, TITLE, PREAMBLE, OPERATIVE, CONCLUSIONS }

    public Segments segment(NormalizedText text) {
        return new Walk(text).run();
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
        final List<Item> operative = new ArrayList<>();
        final List<List<TextLine>> conclusions = new ArrayList<>();
        /** The lines of the paragraph being read. */
        List<TextLine> current;
        /** How many numbered operative paragraphs were read; the next must be this plus one. */
        int numbered;
        /** The innermost open numbered item, and the chain of its ancestors. */
        final List<Item> open = new ArrayList<>();
        /** The indentation of ordinary lines; a line indented further is set apart. */
        final java.util.Map<Integer, Integer> baseIndent;

        Walk(NormalizedText text) {
            this.text = text;
            this.baseIndent = continuationIndent(text.body(), profile.terminalPunctuation());
        }

        Segments run() {
            for (TextLine line : text.body()) {
                take(line);
            }
            int lastLine = text.body().isEmpty() ? 0 : text.body().get(text.body().size() - 1).number();
            if (formula == null) {
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
                    Joiner.join(formula),
                    organ,
                    preamble.stream().map(Joiner::join).toList(),
                    operative.stream().map(i -> (BodyNode) i.freeze()).toList(),
                    conclusions.stream().map(Joiner::join).toList(),
                    text.footnotes().stream().map(Segmenter::footnote).toList());
        }

        void take(TextLine line) {
            String t = line.text();
            if (phase == Phase.MASTHEAD || phase == Phase.TITLE) {
                Optional<Organ> o = profile.formula(t);
                if (o.isPresent()) {
                    organ = o.get();
                    formula = new ArrayList<>(List.of(line));
                    current = formula;
                    phase = Phase.PREAMBLE;
                    return;
                }
                if (phase == Phase.MASTHEAD && TitleLine.PATTERN.matcher(t).matches()) {
                    title = new ArrayList<>(List.of(line));
                    current = title;
                    phase = Phase.TITLE;
                    return;
                }
                if (phase == Phase.TITLE) {
                    title.add(line);
                } else {
                    for (TextLine cell : cells(line)) {
                        masthead.add(new ArrayList<>(List.of(cell)));
                    }
                }
                return;
            }
            if (phase == Phase.PREAMBLE || phase == Phase.OPERATIVE) {
                Matcher num = OPERATIVE_NUMBER.matcher(t);
                if (num.lookingAt() && Integer.parseInt(num.group(1)) == numbered + 1 && !onlyNumber(current)) {
                    numbered++;
                    Item item = new Item(num.group(1) + ".", line, num.end());
                    operative.add(item);
                    open.clear();
                    open.add(item);
                    current = item.lines;
                    phase = Phase.OPERATIVE;
                    return;
                }
            }
            if (phase == Phase.OPERATIVE) {
                Matcher label = ITEM_LABEL.matcher(t);
                if (label.lookingAt() && startItem(label.group(1), line, label.end())) {
                    return;
                }
                if (isClosingLine(t) && ended(current)) {
                    conclusions.add(new ArrayList<>(List.of(line)));
                    current = conclusions.get(conclusions.size() - 1);
                    phase = Phase.CONCLUSIONS;
                    return;
                }
            }
            if (phase == Phase.CONCLUSIONS) {
                if (isClosingLine(t) || ended(current)) {
                    conclusions.add(new ArrayList<>(List.of(line)));
                    current = conclusions.get(conclusions.size() - 1);
                } else {
                    current.add(line);
                }
                return;
            }
            if (current == formula || startsParagraph(line)) {
                if (phase == Phase.PREAMBLE && profile.operativeVerb(t).isPresent() && profile.preambularPhrase(t).isEmpty()) {
                    // an operative paragraph without a number: the resolution's only one, or one before numbered ones
                    Item item = new Item(null, line, 0);
                    operative.add(item);
                    open.clear();
                    open.add(item);
                    current = item.lines;
                    phase = Phase.OPERATIVE;
                    return;
                }
                if (phase == Phase.PREAMBLE) {
                    preamble.add(new ArrayList<>(List.of(line)));
                    current = preamble.get(preamble.size() - 1);
                    return;
                }
                Item innermost = open.get(open.size() - 1);
                if (innermost.items.isEmpty() && innermost.wrapUp == null && open.size() > 1) {
                    // unnumbered text after the last sub-paragraph closes its list
                    Item holder = open.get(open.size() - 2);
                    holder.wrapUp = new ArrayList<>(List.of(line));
                    current = holder.wrapUp;
                    open.remove(open.size() - 1);
                    return;
                }
                if (!innermost.items.isEmpty() && innermost.wrapUp == null) {
                    innermost.wrapUp = new ArrayList<>(List.of(line));
                    current = innermost.wrapUp;
                    return;
                }
            }
            current.add(line);
        }

        /** Masthead cells, with a cell that continues the one before (an open bracket, a lower-case start) joined to it. */
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
            return unclosed || joined.endsWith(",") || (!next.isEmpty() && Character.isLowerCase(next.charAt(0)));
        }

        /** "1." alone on its line, waiting for its text on the next one. */
        private boolean onlyNumber(List<TextLine> lines) {
            return lines != null && lines.size() == 1 && OPERATIVE_NUMBER.matcher(lines.get(0).text()).matches();
        }

        private boolean startItem(String label, TextLine line, int textStart) {
            Item parent = open.get(open.size() - 1);
            // a continuing sibling at some open level
            for (int level = open.size() - 1; level >= 1; level--) {
                Item sibling = open.get(level);
                if (Numbering.follows(sibling.label(), label)) {
                    Item holder = open.get(level - 1);
                    Item item = new Item("(" + label + ")", line, textStart);
                    holder.items.add(item);
                    open.subList(level, open.size()).clear();
                    open.add(item);
                    current = item.lines;
                    return true;
                }
            }
            if (parent.items.isEmpty() && Numbering.isFirst(label) && parent.wrapUp == null) {
                Item item = new Item("(" + label + ")", line, textStart);
                parent.items.add(item);
                open.add(item);
                current = item.lines;
                return true;
            }
            return false;
        }

        private boolean isClosingLine(String t) {
            if (profile.meetingLine().matcher(t).matches()) {
                return true;
            }
            List<LanguageProfile.DateMatch> dates = profile.dates(t);
            return dates.size() == 1 && dates.get(0).start() == 0 && t.substring(dates.get(0).end()).isBlank();
        }

        private boolean startsParagraph(TextLine line) {
            if (!ended(current)) {
                return false;
            }
            boolean setApart = line.indent() > baseIndent.getOrDefault(line.page(), 0) || line.pageStart() || (line.gapBefore() && !text.doubleSpaced());
            return setApart || profile.preambularPhrase(line.text()).isPresent();
        }

        private boolean ended(List<TextLine> lines) {
            if (lines == null || lines.isEmpty()) {
                return true;
            }
            TextLine last = lines.get(lines.size() - 1);
            String t = last.text();
            return !t.isEmpty() && profile.terminalPunctuation().indexOf(t.charAt(t.length() - 1)) >= 0;
        }
    }

    /**
     * Per page, the most common indentation of wrapped lines (lines after one that did not end a
     * paragraph); a line indented further than that is set apart as a paragraph's first line.
     * Per page, because facing pages may have different margins.
     */
    private static java.util.Map<Integer, Integer> continuationIndent(List<TextLine> lines, String terminal) {
        java.util.Map<Integer, java.util.Map<Integer, Integer>> counts = new java.util.HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String prev = lines.get(i - 1).text();
            if (!prev.isEmpty() && terminal.indexOf(prev.charAt(prev.length() - 1)) < 0 && !lines.get(i).pageStart()) {
                counts.computeIfAbsent(lines.get(i).page(), p -> new java.util.HashMap<>()).merge(lines.get(i).indent(), 1, Integer::sum);
            }
        }
        int fallback = lines.stream().mapToInt(TextLine::indent).min().orElse(0);
        java.util.Map<Integer, Integer> base = new java.util.HashMap<>();
        lines.stream().map(TextLine::page).distinct().forEach(page -> base.put(page,
                counts.getOrDefault(page, java.util.Map.of()).entrySet().stream()
                        .max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(fallback)));
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

    /** A numbered paragraph or sub-paragraph while it is being read. */
    private static final class Item {
        final String num;
        final List<TextLine> lines = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        List<TextLine> wrapUp;

        Item(String num, TextLine first, int textStart) {
            this.num = num;
            String rest = first.text().substring(textStart);
            int removed = first.text().length() - rest.length();
            List<RichText.Callout> shifted = first.callouts().stream()
                    .map(c -> new RichText.Callout(Math.max(0, c.offset() - removed), c.marker()))
                    .toList();
            lines.add(first.with(rest, shifted));
        }

        String label() {
            return num == null ? "" : num.substring(1, num.length() - 1);
        }

        Point freeze() {
            RichText text = Joiner.join(lines.stream().filter(l -> !l.text().isEmpty() || !l.callouts().isEmpty()).toList());
            RichText wrap = wrapUp == null ? null : Joiner.join(wrapUp);
            return new Point(num, text, items.stream().map(Item::freeze).toList(), wrap);
        }
    }
}
