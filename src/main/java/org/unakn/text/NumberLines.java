package org.unakn.text;

import java.util.ArrayList;
import java.util.List;
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
 * A number line is moved up one line when the line before it opens a paragraph (a capital
 * letter after a line that ended a paragraph) and does not itself end one.
 */
public final class NumberLines {
    private static final Pattern NUMBER_ALONE = Pattern.compile("(?:\\d{1,3}\\s*[.．]|[(（](?:[a-z]{1,2}|[ivxl]{1,6})[)）])");

    private NumberLines() {
    }

    public static List<TextLine> reorder(List<TextLine> lines, String terminalPunctuation) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int k = 2; k < out.size(); k++) {
            TextLine number = out.get(k);
            TextLine first = out.get(k - 1);
            TextLine before = out.get(k - 2);
            if (NUMBER_ALONE.matcher(number.text()).matches() && number.callouts().isEmpty()
                    && startsUpper(first.text()) && !endsWith(first, terminalPunctuation)
                    && (endsWith(before, terminalPunctuation) || NUMBER_ALONE.matcher(before.text()).matches())) {
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
