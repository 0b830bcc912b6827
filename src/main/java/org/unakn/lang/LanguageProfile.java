package org.unakn.lang;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unakn.model.Language;
import org.unakn.model.Organ;

/**
 * What the converter knows about one language: the enacting formula, the opening phrases of
 * preambular and operative paragraphs, how dates and resolution citations are written, what ends
 * a paragraph, how the closing meeting line reads and how "ibid." is spelled. The pipeline asks a
 * profile; it never tests which language it is working on.
 */
public interface LanguageProfile {

    Language language();

    /** Characters that end a paragraph of this language's resolutions ("，；。：" in Chinese). */
    String terminalPunctuation();

    /** Characters that end a footnote's text. */
    String sentenceEnd();

    /** The organ whose enacting formula the whole line is ("大会，" -> General Assembly), if any. */
    Optional<Organ> formula(String line);

    /** The General Assembly's enacting formula, as an example for error messages. */
    String formulaExample();

    /** The opening phrase of a preambular paragraph starting {@code text}, if the profile knows it. */
    Optional<PhraseMatch> preambularPhrase(String text);

    /** The operative verb (with its adverbs) starting {@code text}, if the profile knows it. */
    Optional<PhraseMatch> operativeVerb(String text);

    /** Every complete date (day, month and year) written in {@code text}. */
    List<DateMatch> dates(String text);

    /**
     * The start of a closing line giving the meeting of adoption ("第 64 次全体会议", "64th plenary
     * meeting", "Adopted at the 474th meeting by 7 votes to 1"); group "n" is its number.
     */
    Pattern meetingLine();

    /** Every citation of a resolution in {@code text}, in order. */
    List<Citation> citations(String text);

    /** The lines of the masthead and of a Security Council resolution's heading. */
    MastheadVocabulary masthead();

    /** A whole line that heads an annex ("Annex", "Annex II"). */
    Pattern annexHeading();

    /**
     * A whole line that heads a division: group "kind" is the word ("Article", "Part",
     * "Preamble"...), group "num" its number if any. See {@link #divisionKind}.
     */
    Pattern divisionHeading();

    /** The division kind a heading word names. */
    org.unakn.model.Division.Kind divisionKind(String word);

    /** "Ibid." or its equivalent, as a pattern. */
    Pattern ibid();

    /** The word joining a document symbol and its corrigenda or addenda ("和" in "A/63/228 和 Corr.1"). */
    Pattern symbolConjunction();

    /** A phrase recognised at the start of a paragraph: its length and its concept or name. */
    record PhraseMatch(int length, String key) {
    }

    /**
     * A cited resolution: the reference covers [start, end); {@code number} is the number as
     * written; {@code date} the adoption date when the citation gives it.
     */
    record Citation(int start, int end, String number, Optional<LocalDate> date) {
    }

    /** A date found in text: [start, end) and its value. */
    record DateMatch(int start, int end, LocalDate date) {
    }
}
