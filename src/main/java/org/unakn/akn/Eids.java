package org.unakn.akn;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one rule for eIds (OASIS naming convention, AKN4UN guide section 3.10): an eId is the eId of
 * the nearest identified ancestor, "__", the element's abbreviation and, after "_", its number:
 * the printed number stripped of punctuation ("7." -> 7, "(a)" -> a) or, for unnumbered elements,
 * its position among its kind in that ancestor. Elements that occur once ("intro", "wrapup") get
 * no number. One instance serves one document.
 */
final class Eids {
    private final Map<String, Integer> counters = new HashMap<>();

    /** An element numbered by its printed number. */
    String numbered(String context, String abbreviation, String printedNum) {
        return join(context, abbreviation + "_" + strip(printedNum));
    }

    /** An unnumbered element, counted within its context. */
    String counted(String context, String abbreviation) {
        String key = context + "|" + abbreviation;
        int n = counters.merge(key, 1, Integer::sum);
        return join(context, abbreviation + "_" + n);
    }

    /** An element that occurs once in its context. */
    String single(String context, String name) {
        return join(context, name);
    }

    /** "7." -> "7", "(a)" -> "a", "11.2 Rev. A" -> "11-2RevA". */
    static String strip(String num) {
        String s = ENDS.matcher(num.strip()).replaceAll("");
        return INNER.matcher(DOTS.matcher(s).replaceAll("-")).replaceAll("");
    }

    private static final Pattern ENDS = Pattern.compile("^[(\\[（]+|[)\\]）.．:]+$");
    private static final Pattern DOTS = Pattern.compile("[.．]");
    private static final Pattern INNER = Pattern.compile("[\\s()（）\\[\\]]");

    private static String join(String context, String local) {
        return context == null || context.isEmpty() ? local : context + "__" + local;
    }
}
