package org.unakn.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.model.Division;
import org.unakn.model.Language;
import org.unakn.model.Organ;

/**
 * English: phrases from {@code en.tsv}, plus the rules of UN drafting for openings the table does
 * not list (a preambular paragraph opens with a participle or an adjective, an operative paragraph
 * with a verb in the third person); dates "5 December 2008"; citations "resolution(s) 37/4 of ...".
 */
final class English extends BaseProfile {
    private static final PhraseTable PHRASES = PhraseTable.load("en.tsv");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    /** A month, or (scanned texts) its first three letters followed by OCR debris: "Apri]". */
    private static final String MONTH = "(?:" + MONTHS + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}[\\]|!1l])";
    static final String DATE = "\\b(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})\\b";
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    /** "64th plenary meeting"; compilation texts: "Adopted (unanimously) at the 474th meeting" (OCR may add "_"). */
    private static final Pattern MEETING = Pattern.compile(
            "(?:Adopted\\s+(?:unanimously\\s+)?at\\s+the\\s+)?(?<n>\\d+)(?:st|nd|rd|th)_?\\s+(?:plenary\\s+)?meeting\\b\\.?");
    private static final Pattern NUMBER = Pattern.compile("(?=[0-9ES])(?<![\\w/.\\-])(?<number>" + Citations.NUMBER + ")(?:\\s+of\\s+(?<date>" + DATE + "))?");
    /** The words that, nearest before a number in the same clause, say what the number is. */
    private static final Pattern KEYWORD = Pattern.compile("\\b((?i:resolutions?)|decisions?|paragraphs?|Articles?|articles?|annex(?:es)?|pages?|sections?|chapters?|Nos?\\.|sessions?|rules?)\\b");
    private static final MastheadVocabulary MASTHEAD = new MastheadVocabulary(
            Pattern.compile("United Nations|UNITED NATIONS"),
            java.util.Map.of("General Assembly", Organ.GENERAL_ASSEMBLY, "GENERAL ASSEMBLY", Organ.GENERAL_ASSEMBLY,
                    "Security Council", Organ.SECURITY_COUNCIL, "SECURITY COUNCIL", Organ.SECURITY_COUNCIL),
            Pattern.compile("Distr\\.?:?\\s*(?:General|GENERAL|Limited|LIMITED|Restricted|RESTRICTED)"),
            Pattern.compile("(?:\\S+\\s+){0,4}(?:session|Session)"),
            Pattern.compile("Agenda items?\\s+\\S.*"),
            Pattern.compile("(?<type>Resolution) adopted by the (?<organ>General Assembly|Security Council)(?: on (?<date>" + DATE + "))?"),
            Pattern.compile("\\[on the report of the (?<committee>[^(\\]]+?)\\s*\\(.*\\]|\\[without reference to a Main Committee.*\\]"),
            Pattern.compile("(?:(?i:resolution)\\s+(?<number>\\d+\\s*\\(\\d{4}\\))(?:\\s+of\\s+(?:(?<date>" + DATE + ")\\b)?.*)?"
                    + "|(?<number2>\\d+\\s*\\(\\d{4}\\))\\.?\\s+Resolution\\s+of\\s+(?<date2>" + DATE + ").*)"),
            Pattern.compile("Adopted by the (?<organ>Security Council|General Assembly) at its (?<meeting>\\d+)(?:st|nd|rd|th) meeting,?\\s+(?i:on)\\s+(?<date>" + DATE + ")\\.?"));
    private static final Pattern ANNEX = Pattern.compile("(?:Annex|ANNEX)(?:es)?(?:\\s+(?:[IVXLC]+|[A-Z]|\\d+))?");
    private static final Pattern DIVISION = Pattern.compile("(?<kind>Article|ARTICLE|Part|PART|Chapter|CHAPTER|Section|Preamble|PREAMBLE)(?:\\s+(?<num>\\d+|[IVXLC]+|[A-Z]))?");
    private static final Pattern OTHER_BODY = Pattern.compile(
            "(?:Human Rights Council|Economic and Social Council|Health Assembly|Commission|Conference|Board|Committee|Council of|Assembly of)[^;]*$");
    private static final Pattern IBID = Pattern.compile("Ibid\\.?");
    private static final Pattern CONJUNCTION = Pattern.compile("and");
    private static final Pattern LEADING_ADVERBS = Pattern.compile("(?:(?:Also|Further|Again|Once again|Once more|Strongly|Firmly|Urgently|Emphatically|Solemnly|Earnestly|Again strongly|also|further|again|strongly|firmly|urgently)\\s+)+");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+[a-z]+");
    private static final Pattern ALSO = Pattern.compile("\\s+(?:also|further)\\b");
    private static final Pattern OPENING_WORD = Pattern.compile("[A-Z][a-z]+(?:-[a-z]+)?");
    /** Participles that begin clauses but never a preambular paragraph. */
    private static final Set<String> NOT_OPENINGS = Set.of("During", "Regarding", "Concerning", "According", "Including",
            "Excluding", "Notwithstanding", "Pending", "Following", "Nothing", "Something", "Everything", "Morning", "Evening");
    /** Participles that open a paragraph only within a longer phrase of the table. */
    private static final Set<String> ONLY_IN_PHRASES = Set.of("Taking", "Having", "Bearing", "Keeping");
    private static final Set<String> ADVERBS = Set.of("Also", "Further", "Again", "Strongly", "Firmly", "Urgently",
            "Deeply", "Gravely", "Seriously", "Profoundly", "Fully", "Emphatically", "Once", "Most", "Solemnly", "Earnestly");





    English() {
        super(new Data(Language.ENGLISH, ",;.:", ".", "The General Assembly,", MEETING, IBID, CONJUNCTION, MASTHEAD, ANNEX, DIVISION));
    }

    @Override
    public Optional<Organ> formula(String line) {
        String t = line.strip().replaceAll("\\s+", " ");
        if (t.matches("The General Assembly ?[,.]?")) {
            return Optional.of(Organ.GENERAL_ASSEMBLY);
        }
        if (t.matches("The Security Council ?[,.]?")) {
            return Optional.of(Organ.SECURITY_COUNCIL);
        }
        return Optional.empty();
    }

    @Override
    public Optional<PhraseMatch> preambularPhrase(String text) {
        Optional<PhraseMatch> known = PHRASES.longestPrefix("preamble", text, English::isBoundary);
        if (known.isPresent()) {
            return known;
        }
        Matcher w = OPENING_WORD.matcher(text);
        // "Taking" opens a paragraph only as one of the table's phrases ("Taking note", "Taking into account")
        if (!w.lookingAt() || NOT_OPENINGS.contains(w.group()) || ONLY_IN_PHRASES.contains(w.group())) {
            return Optional.empty();
        }
        int end = w.end();
        String word = w.group();
        if (ADVERBS.contains(word)) {
            Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
            if (!next.lookingAt()) {
                return Optional.empty();
            }
            end = next.end();
        } else if (!word.endsWith("ing")) {
            return Optional.empty();
        }
        Matcher also = ALSO.matcher(text).region(end, text.length());
        if (also.lookingAt()) {
            end = also.end();
        }
        return Optional.of(new PhraseMatch(end, camel(text.substring(0, end))));
    }

    /**
     * An operative verb from the table, after any of the adverbs UN drafting puts before it
     * ("Also", "Further", "Once again", "Strongly"...): "Once again urges" is the concept "urges".
     */
    @Override
    public Optional<PhraseMatch> operativeVerb(String text) {
        Matcher adverbs = LEADING_ADVERBS.matcher(text);
        int start = adverbs.lookingAt() ? adverbs.end() : 0;
        String rest = text.substring(start);
        if (start > 0 && !rest.isEmpty()) {
            rest = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        }
        return PHRASES.longestPrefix("verb", rest, English::isBoundary)
                .map(p -> new PhraseMatch(start + p.length(), p.key()));
    }

    @Override
    public List<DateMatch> dates(String text) {
        if (text.chars().noneMatch(Character::isDigit)) {
            return List.of();
        }
        return dateMatches(DATE_PATTERN, text,
                m -> LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
    }

    private static Month month(String written) {
        String prefix = written.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().startsWith(prefix)) {
                return m;
            }
        }
        throw new DateTimeException("no month " + written);
    }


    /**
     * A number is a resolution when the nearest keyword before it in the same clause is
     * "resolution(s)": so "resolutions 47/19, 48/16 and 49/9" cites three, and "paragraph 3 of
     * resolution 60/1" one.
     */
    @Override
    public List<Citation> citations(String text) {
        List<Citation> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        Matcher k = KEYWORD.matcher(text);
        int lastKeyword = -1;
        String keyword = null;
        int nextKeyword = k.find() ? k.start() : Integer.MAX_VALUE;
        int boundary = 0;
        int scanned = 0;
        while (m.find()) {
            int at = m.start();
            // "Human Rights Council resolution 8/2" is another body's numbering; keywords and clause
            // ends are found in one pass along with the numbers, not searched back from each
            while (nextKeyword < at) {
                lastKeyword = k.start();
                keyword = k.group(1);
                nextKeyword = k.find() ? k.start() : Integer.MAX_VALUE;
            }
            for (; scanned < at; scanned++) {
                char c = text.charAt(scanned);
                if (c == ';' || c == '.' && scanned + 1 < text.length() && text.charAt(scanned + 1) == ' ') {
                    boundary = scanned + 1;
                }
            }
            if (keyword == null || lastKeyword < boundary || !keyword.toLowerCase(Locale.ROOT).startsWith("resolution")
                    || OTHER_BODY.matcher(text.substring(Math.max(boundary, lastKeyword - 40), lastKeyword)).find()) {
                continue;
            }
            found.add(citation(m));
        }
        return found;
    }




    @Override
    public Division.Kind divisionKind(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "article" -> Division.Kind.ARTICLE;
            case "part" -> Division.Kind.PART;
            case "chapter" -> Division.Kind.CHAPTER;
            case "preamble" -> Division.Kind.PREAMBLE;
            default -> Division.Kind.SECTION;
        };
    }



    private static boolean isBoundary(int c) {
        return !Character.isLetterOrDigit(c);
    }

    /** "Recalling also" -> "recallingAlso", "Deeply concerned" -> "deeplyConcerned". */
    static String camel(String phrase) {
        String[] words = phrase.trim().split("[\\s-]+");
        StringBuilder b = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return b.toString();
    }
}
