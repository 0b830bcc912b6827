package org.unakn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Puts paragraph numbers back before their text. PDF extractors often emit a number ("4.") after
 * the first line of its paragraph, because the number sits a little lower on the page:
 *
 * <pre>
 * ...embodied in the Charter of the United Nations;
 * Affirms that the United Nations and the Organization of the Islamic
 * 4.
 * Conference share a common goal ...
 * </pre>
 *
 * A number line is moved up one line when the line before it opens a paragraph (an operative
 * verb, after a line of text that ended a paragraph) and the line after it does not.
 */
public final class NumberLines {
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?:\\d{1,3}\\s*[.．]|[(（](?:[a-z]{1,2}|[ivxl]{1,6})[)）])");

    private NumberLines() {
    }

    /**
     * @param opensParagraph whether a line opens a numbered paragraph by its wording (an
     *                       operative verb): the paragraph's first line is such a line, and the
     *                       line after the number is not
     */
    public static List<TextLine> reorder(List<TextLine> lines, String terminalPunctuation, Predicate<String> opensParagraph) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int k = 2; k < out.size(); k++) {
            TextLine number = out.get(k);
            TextLine first = out.get(k - 1);
            TextLine before = out.get(k - 2);
            boolean nextOpens = k + 1 < out.size() && opensParagraph.test(out.get(k + 1).text());
            if (NUMBER_ALONE.matcher(number.text()).matches() && number.callouts().isEmpty()
                    && startsUpper(first.text()) && opensParagraph.test(first.text()) && !nextOpens
                    && endsWith(before, terminalPunctuation) && !NUMBER_ALONE.matcher(before.text()).matches()) {
                out.set(k - 1, number);
                out.set(k, first);
            }
        }
        return out;
    }

    private static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    private static boolean endsWith(TextLine line, String punctuation) {
        String t = line.text();
        return !t.isEmpty() && punctuation.indexOf(t.charAt(t.length() - 1)) >= 0;
    }
}
