package org.unakn.text;

import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into numbered lines; form feeds become page-start flags. */
public final class Lines {
    private Lines() {
    }

    public static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        boolean pageStart = false;
        int page = 1;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = start;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            String line = text.substring(start, end);
            // pdftotext writes the form feed at the start of the next page's first line
            if (line.indexOf('\f') >= 0) {
                pageStart = true;
                page++;
                line = line.replace('\f', ' ').stripLeading().isEmpty() ? "" : line.replace("\f", "");
            }
            if (!(end == n && line.isEmpty() && start == n)) {
                lines.add(new SourceLine(number, line, pageStart && !line.isBlank(), page));
                if (!line.isBlank()) {
                    pageStart = false;
                }
            }
            number++;
            if (end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        return lines;
    }
}
