package org.unakn.model;

import java.util.List;

/**
 * A resolution as the converter understood it: immutable, independent of AKN, the input format
 * and the language. The AKN writer turns it into XML. {@code title} and {@code formula} are null
 * when the text has none (Security Council resolutions have no numbered title; some compilation
 * texts have no formula).
 */
public record Resolution(Identity identity,
                         Masthead masthead,
                         RichText title,
                         RichText formula,
                         List<PreambularParagraph> preamble,
                         List<BodyNode> operative,
                         List<RichText> conclusions,
                         List<Annex> annexes,
                         List<Footnote> footnotes) {
    public Resolution {
        preamble = List.copyOf(preamble);
        operative = List.copyOf(operative);
        conclusions = List.copyOf(conclusions);
        annexes = List.copyOf(annexes);
        footnotes = List.copyOf(footnotes);
    }

    /** Every text of the document in reading order, footnote texts last. */
    public java.util.stream.Stream<RichText> texts() {
        java.util.stream.Stream.Builder<RichText> all = java.util.stream.Stream.builder();
        masthead.cover().forEach(all);
        masthead.preface().forEach(all);
        if (title != null) {
            all.add(title);
        }
        if (formula != null) {
            all.add(formula);
        }
        preamble.forEach(p -> all.add(p.text()));
        operative.forEach(n -> addTexts(n, all));
        conclusions.forEach(all);
        for (Annex a : annexes) {
            all.add(a.heading());
            a.title().forEach(all);
            a.body().forEach(n -> addTexts(n, all));
        }
        footnotes.forEach(f -> all.add(f.text()));
        return all.build();
    }

    private static void addTexts(BodyNode node, java.util.stream.Stream.Builder<RichText> all) {
        if (node instanceof Point p) {
            all.add(p.text());
            p.items().forEach(i -> addTexts(i, all));
            if (p.wrapUp() != null) {
                all.add(p.wrapUp());
            }
            p.adopted().forEach(a -> addTexts(a, all));
        } else if (node instanceof Division d) {
            if (d.heading() != null) {
                all.add(d.heading());
            }
            d.children().forEach(c -> addTexts(c, all));
        } else if (node instanceof Block b) {
            all.add(b.text());
        }
    }

    public Footnote footnote(String marker) {
        return footnotes.stream().filter(f -> f.marker().equals(marker)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no footnote " + marker));
    }
}
