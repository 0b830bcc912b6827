package org.unakn.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises page furniture: lines printed by the page layout, not part of the resolution's text
 * (job numbers, barcodes, page numbers, running headers, recycling notices, the debris of footnote
 * anchors). Each rule is a whole-line pattern, so a rule can never cut text out of a real line.
 */
public final class Furniture {
    /** Why a line was taken out. */
    public enum Kind { JOB_NUMBER, BARCODE, PAGE_NUMBER, RUNNING_HEADER, ANCHOR_DEBRIS, RECYCLE }

    public record Removed(SourceLine line, Kind kind) {
    }

    private static final Pattern JOB_NUMBER = Pattern.compile("\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\d{6})?(?:\\s+\\*\\d{7}\\*)?|GE\\.\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?");
    /** The print date of the job (ddmmyy), which some extractors put on a line of its own. */
    private static final Pattern JOB_DATE = Pattern.compile("\\d{6}");
    private static final Pattern BARCODE = Pattern.compile("\\*\\d{7}\\*");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,3}\\s*/\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-|Page\\s+\\d+");
    private static final Pattern ANCHOR_DEBRIS = Pattern.compile("\\d{1,3}[FH]");
    private static final Pattern SYMBOL_HEADER = Pattern.compile("[A-Z]{1,6}(?:/\\s?[A-Z0-9][A-Za-z0-9.\\-]*)+(?:\\s*\\(\\d{4}\\))?");
    private static final Pattern RECYCLE = Pattern.compile("Please recycle.*|请回收.*");
    /** A footnote separator: a rule of underscores, or the long run of spaces pdftotext leaves for it. */
    public static final Pattern SEPARATOR = Pattern.compile("\\s*[_\u2014\u2013\u2500-]{5,}\\s*|[ \\t\u00a0\u3000]{20,}");

    private Furniture() {
    }

    public static boolean isSeparator(SourceLine line) {
        return SEPARATOR.matcher(line.text()).matches();
    }

    /**
     * Splits lines into kept lines and removed furniture. A document symbol alone on the first
     * line of a page is a running header.
     */
    public static List<SourceLine> strip(List<SourceLine> lines, List<Removed> removed) {
        List<SourceLine> kept = new ArrayList<>(lines.size());
        String firstPage = squash(lines.stream().filter(l -> l.page() == 1 && !l.isBlank()).limit(HEAD_LINES)
                .map(SourceLine::text).reduce("", String::concat));
        int page = 1;
        boolean inHeader = false;
        int headerLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.page() != page) {
                page = line.page();
                inHeader = true;
                headerLines = 0;
            }
            if (inHeader && !line.isBlank()) {
                if (headerLines++ < HEADER_LINES && isRunningHeader(line, firstPage)) {
                    removed.add(new Removed(line, Kind.RUNNING_HEADER));
                    continue;
                }
                inHeader = false;
            }
            Kind kind = classify(line);
            if (kind == null && isPageNumber(line) && lastOnPage(lines, i)) {
                kind = Kind.PAGE_NUMBER;
            }
            if (kind == null) {
                kept.add(line);
            } else {
                removed.add(new Removed(line, kind));
            }
        }
        return kept;
    }

    /** A line is furniture when it is one piece of furniture, or several side by side (layout mode). */
    private static Kind classify(SourceLine line) {
        String t = line.trimmed();
        if (t.isEmpty()) {
            return null;
        }
        String[] cells = COLUMN_GAP.split(t);
        if (cells.length > 1) {
            Kind first = null;
            for (String cell : cells) {
                Kind k = classifyCell(new SourceLine(line.number(), cell, line.pageStart(), line.page()));
                if (k == null) {
                    return null;
                }
                first = first == null ? k : first;
            }
            return first;
        }
        return classifyCell(line);
    }

    private static Kind classifyCell(SourceLine line) {
        String t = line.trimmed();
        if (JOB_NUMBER.matcher(t).matches()) {
            return Kind.JOB_NUMBER;
        }
        if (JOB_DATE.matcher(t).matches()) {
            return Kind.JOB_NUMBER;
        }
        if (BARCODE.matcher(t).matches()) {
            return Kind.BARCODE;
        }
        if (PAGE_NUMBER.matcher(t).matches() && isPlausiblePageNumber(t)) {
            return Kind.PAGE_NUMBER;
        }
        if (ANCHOR_DEBRIS.matcher(t).matches()) {
            return Kind.ANCHOR_DEBRIS;
        }
        if (RECYCLE.matcher(t).matches()) {
            return Kind.RECYCLE;
        }
        if (line.pageStart() && SYMBOL_HEADER.matcher(t).matches()) {
            return Kind.RUNNING_HEADER;
        }
        return null;
    }

    /** How many lines of the first page hold the title that running headers repeat. */
    private static final int HEAD_LINES = 40;
    /** How many lines at the top of a page may be running header. */
    private static final int HEADER_LINES = 4;

    /**
     * A line at the top of a later page that repeats the document symbol or a piece of the
     * title printed on the first page (each cell of a two-column line must be one of these).
     */
    private static boolean isRunningHeader(SourceLine line, String firstPage) {
        String t = line.trimmed();
        if (!t.isEmpty() && ",;.".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        for (String cell : COLUMN_GAP.split(t)) {
            String c = squash(cell);
            boolean symbol = SYMBOL_HEADER.matcher(cell.strip()).matches();
            boolean title = c.length() >= 10 && firstPage.contains(c);
            if (!symbol && !title) {
                return false;
            }
        }
        return true;
    }

    /** The gap between the columns of a two-column line in layout mode. */
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{3,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static String squash(String s) {
        return WHITESPACE.matcher(s).replaceAll("");
    }

    /** The page's own number alone on a line ("3" on page 3): a page number, where pages are known. */
    public static boolean isPageNumber(SourceLine line) {
        return line.page() > 1 && line.trimmed().equals(String.valueOf(line.page()));
    }

    private static boolean lastOnPage(List<SourceLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            SourceLine next = lines.get(j);
            if (next.page() != lines.get(i).page()) {
                return true;
            }
            if (!next.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** "2/5" is a page number, "63/114" (a resolution number) is not: page x of n has x <= n < 100. */
    private static boolean isPlausiblePageNumber(String t) {
        String[] parts = t.split("\\s*/\\s*");
        if (parts.length != 2) {
            return true;
        }
        int page = Integer.parseInt(parts[0]);
        int of = Integer.parseInt(parts[1]);
        return page <= of && of < 100;
    }
}
