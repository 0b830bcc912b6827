package org.unakn.model;

import java.util.List;

/**
 * The printed masthead: the cover lines (organisation, symbol, organ, distribution, date of issue)
 * and the preface lines before the title (session, agenda item, "Resolution adopted by ...",
 * committee report). Either list may be empty; texts extracted without a masthead have neither.
 */
public record Masthead(List<RichText> cover, List<RichText> preface) {
    public Masthead {
        cover = List.copyOf(cover);
        preface = List.copyOf(preface);
    }
}
