package org.unakn.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.ConversionException;
import org.unakn.model.RichText.Callout;

/**
 * Finds footnote call-outs in body lines and takes their digits out of the text. Extracted text
 * loses the superscript, so a call-out is a bare number: on a line of its own, or glued to the end
 * of a line after punctuation ("report;2"), or standing between spaces ("Action, 1 and"). Only the
 * numbers of footnotes that exist are candidates, and a new footnote must be called in order (the
 * first call of 3 comes after the first call of 2); a later call of an earlier note is a repeat.
 */
public final class Callouts {
    private static final Pattern ALONE = Pattern.compile("\\s*(\\d{1,3})\\s*");
    /** Digits glued after closing punctuation at line end; a slash or hyphen before means a symbol. */
    private static final Pattern GLUED_END = Pattern.compile("(?<=[\\p{Pe}\\p{Pf}\\p{Po}&&[^/.\\-#%]])(\\d{1,3})\\s*$");
    /** Digits glued after a CJK character at line end (new notes only). */
    private static final Pattern GLUED_CJK_END = Pattern.compile("(?<=[\\p{IsHan}])(\\d{1,3})\\s*$");
    /** A number standing alone between a punctuation mark and the next word. */
    private static final Pattern SPACED = Pattern.compile("(?<=[,;:.)\\]’”])\\s(\\d{1,3})(?=\\s|$)");
    /** A number after a word, either glued to it ("Nations1") or spaced ("Goals 6 and"): new notes only. */
    private static final Pattern AFTER_WORD = Pattern.compile("\\b(\\p{L}{2,40})(\\s?)(\\d{1,3})(?=[\\s,;:.)]|$)");
    /** A number after a year ("of 12 February 2013 9 in which"): new notes only. */
    private static final Pattern AFTER_YEAR = Pattern.compile("(?<=\\b\\d{4})\\s(\\d{1,3})(?=\\s+[a-z]|[,;:.])");
    /** Words that take a number after them, so that the number is not a call-out. */
    private static final Set<String> TAKES_NUMBER = Set.of("goal", "target", "targets", "resolution", "resolutions",
            "paragraph", "paragraphs", "para", "paras", "article", "articles", "no", "nos", "chapter", "chapters", "chap",
            "section", "sections", "sect", "annex", "annexes", "page", "pages", "rule", "rules", "item", "items",
            "under", "over", "of", "and", "or", "to", "at", "by", "than", "from", "between", "about", "some", "only",
            "least", "approximately", "nearly", "almost", "protocol", "convention", "level", "phase", "part", "principle",
            "session", "group", "figure", "table", "box", "vol", "volume", "day", "days", "year", "years", "month",
            "months", "per", "since", "in", "on", "for", "with", "decision", "decisions", "meeting", "meetings", "round",
            "step", "class", "category", "type", "option", "recommendation", "recommendations", "conclusion", "conclusions",
            "appendix", "schedule", "tier", "stage", "plus", "minus", "top", "first", "last", "next", "every", "each",
            "all", "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "is", "are", "was", "were",
            "be", "been", "being", "covid", "g", "amendment", "amendments", "version", "edition", "number", "numbers");
    /** Words after a number that make it a quantity, not a call-out. */
    private static final Pattern QUANTITY_AFTER = Pattern.compile("\\s*(?:per|million|billion|trillion|years?|months?|weeks?|days?|hours?|times|countries|States|members|percent|%|and\\s+\\d)\\b.*");

    private Callouts() {
    }

    public static List<TextLine> find(List<SourceLine> body, List<FootnoteText> notes) {
        Set<String> markers = new HashSet<>();
        notes.forEach(n -> markers.add(n.marker()));
        State state = new State(markers);
        List<TextLine> out = new ArrayList<>(body.size());
        boolean gap = false;
        for (SourceLine line : body) {
            if (line.isBlank()) {
                gap = true;
                continue;
            }
            Matcher alone = ALONE.matcher(line.text());
            if (alone.matches() && !out.isEmpty() && state.accept(alone.group(1), true)) {
                TextLine prev = out.remove(out.size() - 1);
                List<Callout> cs = new ArrayList<>(prev.callouts());
                cs.add(new Callout(prev.text().length(), alone.group(1)));
                out.add(prev.with(prev.text(), cs));
                continue;
            }
            // blank lines left where page furniture was taken out are the page break, not a paragraph break
            boolean samePage = out.isEmpty() || out.get(out.size() - 1).page() == line.page();
            out.add(scan(line, gap && samePage, state));
            gap = false;
        }
        for (FootnoteText n : notes) {
            if (!state.seen.contains(n.marker())) {
                throw new ConversionException("footnote " + n.marker() + " has no call-out in the text", n.markerLine());
            }
        }
        return out;
    }

    /** A possible call-out in a line: the characters [start, end) to take out, and its number. */
    private record Candidate(int start, int end, String marker, boolean repeatAllowed) {
    }

    /**
     * Collects the candidates of every form, then accepts them in reading order, because the
     * order of first calls decides which numbers are new notes.
     */
    private static TextLine scan(SourceLine line, boolean gap, State state) {
        String text = line.trimmed();
        if (!hasDigit(text)) {
            // most lines; the patterns below are costly to try where they cannot match
            return new TextLine(line.number(), text, line.indent(), gap, line.pageStart(), List.of(), line.page());
        }
        List<Candidate> candidates = new ArrayList<>();
        Matcher spaced = SPACED.matcher(text);
        while (spaced.find()) {
            candidates.add(new Candidate(spaced.start(), spaced.end(), spaced.group(1), false));
        }
        Matcher word = AFTER_WORD.matcher(text);
        while (word.find()) {
            String w = word.group(1);
            if (!TAKES_NUMBER.contains(w.toLowerCase(Locale.ROOT)) && !QUANTITY_AFTER.matcher(text.substring(word.end())).matches()
                    && Character.UnicodeScript.of(w.charAt(0)) != Character.UnicodeScript.HAN) {
                // glued to a lower-case letter ("Rights3") it can only be a call-out, new or repeated
                boolean glued = word.group(2).isEmpty() && Character.isLowerCase(w.charAt(w.length() - 1));
                candidates.add(new Candidate(word.start(2), word.end(), word.group(3), glued));
            }
        }
        Matcher year = AFTER_YEAR.matcher(text);
        while (year.find()) {
            candidates.add(new Candidate(year.start(), year.end(), year.group(1), false));
        }
        Matcher glued = GLUED_END.matcher(text);
        if (glued.find()) {
            candidates.add(new Candidate(glued.start(1), text.length(), glued.group(1), true));
        } else {
            Matcher cjk = GLUED_CJK_END.matcher(text);
            if (cjk.find()) {
                candidates.add(new Candidate(cjk.start(1), text.length(), cjk.group(1), false));
            }
        }
        candidates.sort(java.util.Comparator.comparingInt(Candidate::start));
        StringBuilder kept = new StringBuilder();
        List<Callout> callouts = new ArrayList<>();
        int from = 0;
        for (Candidate c : candidates) {
            if (c.start() < from || !state.accept(c.marker(), c.repeatAllowed())) {
                continue;
            }
            kept.append(text, from, c.start());
            callouts.add(new Callout(kept.length(), c.marker()));
            from = c.end();
        }
        kept.append(text.substring(from));
        String result = kept.toString().strip();
        return new TextLine(line.number(), result, line.indent(), gap, line.pageStart(),
                callouts.stream().map(c -> new Callout(Math.min(c.offset(), result.length()), c.marker())).toList(), line.page());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static final class State {
        final Set<String> markers;
        final Set<String> seen = new HashSet<>();
        int highest;

        State(Set<String> markers) {
            this.markers = markers;
            // notes numbered through a volume start where the volume had got to (11, 12, ...)
            this.highest = markers.stream().mapToInt(Integer::parseInt).min().orElse(1) - 1;
        }

        boolean accept(String marker, boolean repeatAllowed) {
            if (!markers.contains(marker)) {
                return false;
            }
            int n = Integer.parseInt(marker);
            if (n == highest + 1) {
                highest = n;
                seen.add(marker);
                return true;
            }
            return repeatAllowed && n <= highest;
        }
    }
}
