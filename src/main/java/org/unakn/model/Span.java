package org.unakn.model;

/**
 * A semantic annotation over a range of a {@link RichText}: [start, end) in its characters.
 * {@code value} carries the one attribute the kind needs (an href, an ISO date, a refersTo key or
 * a name); spans of one text nest or are disjoint, never overlap.
 */
public record Span(int start, int end, Kind kind, String value) {
    public enum Kind {
        /** A reference; value = href. */
        REF,
        /** A group of references; value unused. */
        MREF,
        /** A date in running text; value = ISO date. */
        DATE,
        /** The opening phrase of a preambular paragraph; value unused. */
        PREAMBULAR_PHRASE,
        /** The operative verb of an operative paragraph; value = concept key (e.g. "requests"). */
        OPERATIVE_VERB,
        /** The resolution number in the title line; value unused. */
        DOC_NUMBER,
        /** The title of the resolution; value unused. */
        DOC_TITLE,
        /** The date of adoption as printed (closing lines, masthead); value = ISO date. */
        ADOPTION_DATE,
        /** The date of issue printed in the masthead; value = ISO date. */
        ISSUE_DATE,
        /** The meeting at which the resolution was adopted; value = meeting number. */
        MEETING,
        /** The issuing organization in a masthead ("United Nations", "General Assembly"); value = TLC key. */
        AUTHORITY,
        /** The document symbol in a masthead; value unused. */
        SYMBOL,
        /** "Distr.: General"; value unused. */
        DISTRIBUTION,
        /** "Sixty-third session"; value = session number. */
        SESSION,
        /** "Agenda item 114 (r)"; value unused. */
        AGENDA_ITEM,
        /** "Resolution" in "Resolution adopted by ..."; value unused. */
        DOC_TYPE,
        /** The committee whose report carried the text; value = TLC key. */
        PROPONENT
    }

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end && !contains(other) && !other.contains(this);
    }
}
