package org.unakn.structure;

import java.util.regex.Pattern;
import org.unakn.lang.Citations;

/**
 * The title line of a resolution: "63/114. Cooperation between ...". Extractors may put the title
 * on the lines after the number ("73/8." alone), so the title part is optional on the first line.
 */
public final class TitleLine {
    public static final Pattern PATTERN = Pattern.compile("(?<number>" + Citations.NUMBER + ")\\s*[.．](?:\\s*(?<title>\\S.*))?");

    private TitleLine() {
    }
}
