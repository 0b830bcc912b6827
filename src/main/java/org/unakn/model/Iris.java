package org.unakn.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * FRBR IRIs and reference targets, built by one rule (AKN4UN naming convention): the Work is
 * {@code /akn/un/statement/deliberation/{actor}/{adoption date}/{number}} with "/" in the number
 * written "-" and spaces "_"; the Expression adds {@code /{language}@{adoption date}}; the
 * Manifestation adds {@code .akn} (or {@code /!main.xml} for FRBRthis).
 */
public final class Iris {
    private static final String UNDOCS = "https://undocs.org/";
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern GLUED_PARENTHESIS = Pattern.compile("(\\w)\\(");

    private Iris() {
    }

    /** "3369(XXX)" and "3369  (XXX)" are "3369 (XXX)": one space before a parenthesised session or year. */
    public static String canonicalNumber(String number) {
        return GLUED_PARENTHESIS.matcher(SPACES.matcher(number.strip()).replaceAll(" ")).replaceAll("$1 (");
    }

    /** The FRBRnumber value: "63/114" -> "63-114", "3369 (XXX)" -> "3369_(XXX)". */
    public static String numberValue(String number) {
        return canonicalNumber(number).replace('/', '-').replace(' ', '_');
    }

    public static String work(Organ organ, LocalDate adopted, String number) {
        return "/akn/un/statement/deliberation/" + organ.actor() + "/" + adopted + "/" + numberValue(number);
    }

    public static String expression(Identity id) {
        return work(id.organ(), id.adopted(), id.number()) + "/" + id.language().iso6392t() + "@" + id.adopted();
    }

    /** The organ whose resolutions are numbered like this: "1373 (2001)" is the Security Council's. */
    public static Organ organOfNumber(String number) {
        return canonicalNumber(number).matches("\\d+ \\(\\d{4}\\)") ? Organ.SECURITY_COUNCIL : Organ.GENERAL_ASSEMBLY;
    }

    /** The undocs.org address of a resolution whose adoption date the text does not give. */
    public static String undocsResolution(String number) {
        Organ organ = organOfNumber(number);
        return UNDOCS + organ.symbolPrefix() + canonicalNumber(number).replace(" ", "");
    }

    /** The undocs.org address of a document symbol. */
    public static String undocs(String symbol) {
        return UNDOCS + symbol.replace(" ", "");
    }
}
