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

    /** A copy with one more span; nesting is checked so that the writer can always emit it. */
    public RichText withSpan(Span span) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span beyond text: " + span);
        }
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return this;
            }
        }
        List<Span> all = new ArrayList<>(spans);
        all.add(span);
        all.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return new RichText(text, all, callouts, line);
    }

    public RichText withSpans(List<Span> more) {
        RichText result = this;
        for (Span s : more) {
            result = result.withSpan(s);
        }
        return result;
    }

    /** True when a span of this kind already covers any part of [start, end). */
    public boolean isCovered(int start, int end, Span.Kind kind) {
        for (Span s : spans) {
            if (s.kind() == kind && s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }

    public List<Span> spansOf(Span.Kind kind) {
        return spans.stream().filter(s -> s.kind() == kind).toList();
    }
}
