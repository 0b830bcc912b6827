package org.unakn.lang;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.unakn.model.Organ;

/**
 * How the masthead of a language's UN documents reads. Every pattern matches a whole masthead
 * line (or cell of a two-column line). Named groups mark the parts that become elements:
 * {@code adopted}: type, organ, date; {@code committee}: committee; {@code number}: number and
 * optional date; {@code adoptedAtMeeting}: organ, meeting, date.
 */
public record MastheadVocabulary(Pattern unitedNations, Map<String, Organ> organs, Pattern distribution,
                                 Pattern session, Pattern agendaItem, Pattern adopted, Pattern committee,
                                 Pattern number, Pattern adoptedAtMeeting) {

    public Optional<Organ> organ(String text) {
        return Optional.ofNullable(organs.get(text.strip().replaceAll("\\s+", " ")));
    }
}
