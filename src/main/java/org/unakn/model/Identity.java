package org.unakn.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What identifies the resolution as a work and this text as one language expression of it.
 *
 * @param organ     the adopting organ
 * @param number    the resolution number as printed in English form ("63/114", "1373 (2001)")
 * @param adopted   the date of adoption
 * @param language  the language of this text
 * @param issued    the date of issue printed in the masthead, when there is one
 * @param symbol    the document symbol ("A/RES/63/114"), when printed
 */
public record Identity(Organ organ, String number, LocalDate adopted, Language language,
                       Optional<LocalDate> issued, Optional<String> symbol) {
}
