package org.unakn.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A run of document text with its semantic spans and footnote call-outs. The text holds exactly
 * the characters of the document (whitespace normalised), never a call-out digit: call-outs are
 * positions in {@link #callouts()}.
 */
public record RichText(String text, List<Span> spans, List<Callout> callouts, int line) {

    /** A footnote call-out: the note with this marker is called after character {@code offset}. */
    public record Callout(int offset, String marker) {
    }

    public RichText {
        spans = List.copyOf(spans);
        callouts = List.copyOf(callouts);
    }

    public static RichText plain(String text, int line) {
        return new RichText(text, List.of(), List.of(), line);
    }

    public boolean isEmpty() {
        return text.isEmpty() && callouts.isEmpty();
    }

    /** A copy with one more span; see {@link #withSpans}. */
    public RichText withSpan(Span span) {
        return withSpans(List.of(span));
    }

    /**
     * A copy with more spans. A new span is dropped when it would cross an existing one (the
     * writer could not nest it) or when it lies within a span of its own kind; new spans are
     * meant not to cross each other. One sort and one sweep: linear after sorting, however
     * many spans a long paragraph gets.
     */
    public RichText withSpans(List<Span> more) {
        if (more.isEmpty()) {
            return this;
        }
        record Entry(Span span, boolean added) {
        }
        List<Entry> all = new ArrayList<>(spans.size() + more.size());
        spans.forEach(sp -> all.add(new Entry(sp, false)));
        for (Span sp : more) {
            if (sp.end() > text.length()) {
                throw new IllegalArgumentException("span beyond text: " + sp);
            }
            all.add(new Entry(sp, true));
        }
        all.sort(Comparator.comparingInt((Entry e) -> e.span().start())
                .thenComparing(Comparator.comparingInt((Entry e) -> e.span().end()).reversed())
                .thenComparing(e -> e.added()));
        List<Span> kept = new ArrayList<>(all.size());
        java.util.ArrayDeque<Span> open = new java.util.ArrayDeque<>();
        for (Entry e : all) {
            Span sp = e.span();
            while (!open.isEmpty() && open.peek().end() <= sp.start()) {
                open.pop();
            }
            if (e.added()) {
                boolean crosses = !open.isEmpty() && open.peek().end() < sp.end();
                boolean sameKindAround = open.stream().anyMatch(o -> o.kind() == sp.kind());
                if (crosses || sameKindAround || sp.end() == sp.start()) {
                    continue;
                }
            }
            kept.add(sp);
            open.push(sp);
        }
        return new RichText(text, kept, callouts, line);
    }

    public List<Span> spansOf(Span.Kind kind) {
        return spans.stream().filter(s -> s.kind() == kind).toList();
    }
}
