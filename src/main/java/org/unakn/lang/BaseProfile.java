package org.unakn.lang;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.model.Language;

/**
 * The data half of a language profile: the patterns and characters a language supplies,
 * returned as they are, and the helpers that turn pattern matches into dates and citations.
 * A language adds only what needs code (its phrases, date fields, citation rule).
 */
abstract class BaseProfile implements LanguageProfile {
    /** The constant parts of a profile. */
    record Data(Language language, String terminalPunctuation, String sentenceEnd, String formulaExample,
                Pattern meetingLine, Pattern ibid, Pattern symbolConjunction, MastheadVocabulary masthead,
                Pattern annexHeading, Pattern divisionHeading) {
    }

    private final Data data;

    BaseProfile(Data data) {
        this.data = data;
    }

    @Override
    public Language language() {
        return data.language();
    }

    @Override
    public String terminalPunctuation() {
        return data.terminalPunctuation();
    }

    @Override
    public String sentenceEnd() {
        return data.sentenceEnd();
    }

    @Override
    public String formulaExample() {
        return data.formulaExample();
    }

    @Override
    public Pattern meetingLine() {
        return data.meetingLine();
    }

    @Override
    public Pattern ibid() {
        return data.ibid();
    }

    @Override
    public Pattern symbolConjunction() {
        return data.symbolConjunction();
    }

    @Override
    public MastheadVocabulary masthead() {
        return data.masthead();
    }

    @Override
    public Pattern annexHeading() {
        return data.annexHeading();
    }

    @Override
    public Pattern divisionHeading() {
        return data.divisionHeading();
    }

    /** Every match of {@code pattern} that {@code date} turns into a calendar date; misprints stay text. */
    static List<DateMatch> dateMatches(Pattern pattern, String text, Function<Matcher, LocalDate> date) {
        List<DateMatch> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            try {
                found.add(new DateMatch(m.start(), m.end(), date.apply(m)));
            } catch (DateTimeException e) {
                // not a calendar date (a misprint or OCR damage): leave it as text
            }
        }
        return found;
    }

    /** The citation a match with groups "number" and (optional) "date" stands for. */
    Citation citation(Matcher m) {
        Optional<LocalDate> date = m.group("date") == null ? Optional.empty()
                : dates(m.group("date")).stream().map(DateMatch::date).findFirst();
        return new Citation(m.start(), m.end(), m.group("number"), date);
    }
}
