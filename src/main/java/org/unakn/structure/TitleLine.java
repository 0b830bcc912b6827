package org.unakn.structure;

import java.util.regex.Pattern;
import org.unakn.lang.Citations;

/** The title line of a resolution: "63/114. Cooperation between ..." */
public final class TitleLine {
    public static final Pattern PATTERN = Pattern.compile("(?<number>" + Citations.NUMBER + ")\\s*[.．]\\s*(?<title>\\S.*)");

    private TitleLine() {
    }
}
