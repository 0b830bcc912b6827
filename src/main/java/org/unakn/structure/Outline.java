package org.unakn.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.model.Block;
import org.unakn.model.BodyNode;
import org.unakn.model.Division;
import org.unakn.model.Point;
import org.unakn.model.RichText;
import org.unakn.text.TextLine;

/**
 * The numbered structure of an operative part or an annex while it is read: divisions
 * ("Article 1", "II"), numbered paragraphs, their (a)/(b) and (i)/(ii) sub-paragraphs, wrap-ups,
 * and, in annexes, unnumbered paragraphs. Each method takes one line and answers where the
 * following continuation lines go.
 *
 * <p>A number is accepted only when it is the next one expected: numbering either restarts in
 * each division or runs on through the whole text, so both are accepted.
 */
final class Outline {
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})\\s*[.．](?:\\s+|$)");
    private static final Pattern NUMBER_ONLY = Pattern.compile("\\d{1,3}\\s*[.．]");
    private static final Pattern LABEL = Pattern.compile("[(（]([a-z]{1,2}|[ivxl]{1,6})[)）](?:\\s+|$)");

    private final boolean blocks;
    private final List<Object> top = new ArrayList<>();
    private DivisionDraft division;
    private int numberedAll;
    /** The innermost open numbered item, and the chain of its ancestors. */
    private final List<Item> open = new ArrayList<>();

    /** @param blocks whether unnumbered paragraphs stand alone (annexes) or continue the paragraph before */
    Outline(boolean blocks) {
        this.blocks = blocks;
    }

    boolean isEmpty() {
        return top.isEmpty();
    }

    /** Whether the outline holds one paragraph only. */
    boolean isSingle() {
        return top.size() == 1;
    }

    private List<Object> container() {
        return division == null ? top : division.nodes;
    }

    /** A numbered paragraph "N." when N is the next number; null otherwise. */
    List<TextLine> number(TextLine line, List<TextLine> current) {
        Matcher m = NUMBER.matcher(line.text());
        if (!m.lookingAt() || onlyNumber(current)) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        int here = (int) container().stream().filter(o -> o instanceof Item i && i.num != null).count();
        if (n != here + 1 && n != numberedAll + 1) {
            return null;
        }
        numberedAll = n;
        Item item = new Item(m.group(1) + ".", line, m.end());
        container().add(item);
        open.clear();
        open.add(item);
        return item.lines;
    }

    /** An operative paragraph that has no number. */
    List<TextLine> unnumbered(TextLine line) {
        Item item = new Item(null, line, 0);
        container().add(item);
        open.clear();
        open.add(item);
        return item.lines;
    }

    /** The text adopted by the last paragraph ("Adopts the following declaration:"), read as its own outline. */
    Outline adoptedText() {
        Item last = (Item) top.get(top.size() - 1);
        last.adopted = new Outline(true);
        open.clear();
        return last.adopted;
    }

    /** A sub-paragraph "(a)" continuing or opening a list; null when the label is not the next one. */
    List<TextLine> label(TextLine line) {
        Matcher m = LABEL.matcher(line.text());
        if (!m.lookingAt() || open.isEmpty()) {
            return null;
        }
        String label = m.group(1);
        for (int level = open.size() - 1; level >= 1; level--) {
            if (Numbering.follows(open.get(level).label(), label)) {
                Item item = new Item("(" + label + ")", line, m.end());
                open.get(level - 1).items.add(item);
                open.subList(level, open.size()).clear();
                open.add(item);
                return item.lines;
            }
        }
        Item parent = open.get(open.size() - 1);
        if (parent.items.isEmpty() && Numbering.isFirst(label) && parent.wrapUp == null) {
            Item item = new Item("(" + label + ")", line, m.end());
            parent.items.add(item);
            open.add(item);
            return item.lines;
        }
        return null;
    }

    /**
     * Unnumbered text that starts a paragraph: after sub-paragraphs it is their list's wrap-up; in
     * an annex it is a paragraph of its own; otherwise it continues the open paragraph.
     */
    List<TextLine> unnumberedText(TextLine line, List<TextLine> current) {
        if (!open.isEmpty()) {
            Item innermost = open.get(open.size() - 1);
            if (innermost.items.isEmpty() && innermost.wrapUp == null && open.size() > 1) {
                Item holder = open.get(open.size() - 2);
                holder.wrapUp = new ArrayList<>(List.of(line));
                open.remove(open.size() - 1);
                return holder.wrapUp;
            }
            if (!innermost.items.isEmpty() && innermost.wrapUp == null) {
                innermost.wrapUp = new ArrayList<>(List.of(line));
                return innermost.wrapUp;
            }
        }
        if (blocks || current == null) {
            List<TextLine> block = new ArrayList<>(List.of(line));
            container().add(new BlockDraft(block));
            open.clear();
            return block;
        }
        current.add(line);
        return current;
    }

    /** A division heading line ("Article 1", "II", "Preamble"); the lines after it start afresh. */
    List<TextLine> division(Division.Kind kind, TextLine line) {
        division = new DivisionDraft(kind, line);
        top.add(division);
        open.clear();
        return null;
    }

    /** Whether the last division still waits for its heading (the line after "Article 1"). */
    boolean awaitsHeading() {
        return division != null && division.heading == null && division.nodes.isEmpty()
                && division.kind != Division.Kind.PREAMBLE && division.kind != Division.Kind.SECTION;
    }

    void heading(TextLine line) {
        division.heading = line;
    }

    List<BodyNode> freeze() {
        return freeze(top);
    }

    private static List<BodyNode> freeze(List<Object> nodes) {
        List<BodyNode> out = new ArrayList<>();
        for (Object o : nodes) {
            if (o instanceof Item i) {
                out.add(i.freeze());
            } else if (o instanceof BlockDraft b) {
                out.add(new Block(Joiner.join(b.lines)));
            } else if (o instanceof DivisionDraft d) {
                out.add(d.freeze());
            }
        }
        return out;
    }

    /** "1." alone on its line, waiting for its text on the next one. */
    private static boolean onlyNumber(List<TextLine> lines) {
        return lines != null && lines.size() == 1 && NUMBER_ONLY.matcher(lines.get(0).text()).matches();
    }

    private record BlockDraft(List<TextLine> lines) {
    }

    private static final class DivisionDraft {
        final Division.Kind kind;
        final TextLine mark;
        TextLine heading;
        final List<Object> nodes = new ArrayList<>();

        DivisionDraft(Division.Kind kind, TextLine mark) {
            this.kind = kind;
            this.mark = mark;
        }

        Division freeze() {
            RichText markText = Joiner.join(List.of(mark));
            if (kind == Division.Kind.PREAMBLE) {
                return new Division(kind, null, markText, Outline.freeze(nodes));
            }
            return new Division(kind, mark.text(), heading == null ? null : Joiner.join(List.of(heading)), Outline.freeze(nodes));
        }
    }

    /** A numbered paragraph or sub-paragraph while it is being read. */
    private static final class Item {
        final String num;
        final List<TextLine> lines = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        List<TextLine> wrapUp;
        Outline adopted;

        Item(String num, TextLine first, int textStart) {
            this.num = num;
            String rest = first.text().substring(textStart);
            int removed = first.text().length() - rest.length();
            lines.add(first.with(rest, first.callouts().stream()
                    .map(c -> new RichText.Callout(Math.max(0, c.offset() - removed), c.marker()))
                    .toList()));
        }

        String label() {
            return num == null ? "" : num.substring(1, num.length() - 1);
        }

        Point freeze() {
            RichText text = Joiner.join(lines.stream().filter(l -> !l.text().isEmpty() || !l.callouts().isEmpty()).toList());
            RichText wrap = wrapUp == null ? null : Joiner.join(wrapUp);
            return new Point(num, text, items.stream().map(Item::freeze).toList(), wrap,
                    adopted == null ? List.of() : adopted.freeze());
        }
    }
}
