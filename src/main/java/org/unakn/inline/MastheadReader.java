package org.unakn.inline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.lang.LanguageProfile;
import org.unakn.lang.MastheadVocabulary;
import org.unakn.model.Masthead;
import org.unakn.model.Organ;
import org.unakn.model.RichText;
import org.unakn.model.Span;
import org.unakn.model.Span.Kind;

/**
 * Reads the masthead lines before the title: the cover lines (organisation, symbol, organ,
 * distribution, date of issue) and the preface lines (session, agenda item, "Resolution adopted
 * by ... on ...", the committee report, a Security Council resolution's number and adoption
 * line). Lines it does not recognise stay in the preface as text with their references.
 */
final class MastheadReader {
    private static final Pattern SYMBOL = Pattern.compile("(?:A|S|E)/(?:RES/)?[A-Z0-9.\\-]+(?:/\\s?[A-Z0-9.\\-]+)*(?:\\s*\\(\\d{4}\\))?");

    /** What the masthead says about the document, beside the marked-up lines. */
    record Result(Masthead masthead, Optional<String> number, Optional<LocalDate> adopted,
                  Optional<LocalDate> issued, Optional<String> symbol, Optional<Organ> organ) {
    }

    private final LanguageProfile profile;
    private final MastheadVocabulary words;
    private final UnaryOperator<RichText> running;
    /** "United Nations S/RES/1445 (2002)": a masthead name and another item on one line, single-spaced. */
    private final Pattern namePrefix;

    MastheadReader(LanguageProfile profile, UnaryOperator<RichText> running) {
        this.profile = profile;
        this.words = profile.masthead();
        this.running = running;
        String names = words.unitedNations().pattern() + "|" + String.join("|", words.organs().keySet().stream().map(Pattern::quote).toList());
        this.namePrefix = Pattern.compile("(" + names + ")\\s+(\\S.*)");
    }

    /** Splits lines that hold a masthead name followed by another item into two lines. */
    private List<RichText> cells(List<RichText> lines) {
        List<RichText> out = new ArrayList<>();
        for (RichText line : lines) {
            Matcher m = namePrefix.matcher(line.text());
            if (m.matches() && line.callouts().isEmpty() && (words.unitedNations().matcher(m.group(1)).matches() || words.organ(m.group(1)).isPresent())) {
                out.add(RichText.plain(m.group(1), line.line()));
                out.add(RichText.plain(m.group(2), line.line()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    Result read(List<RichText> rawLines) {
        List<RichText> lines = cells(rawLines);
        List<RichText> cover = new ArrayList<>();
        List<RichText> preface = new ArrayList<>();
        Optional<String> number = Optional.empty();
        Optional<LocalDate> adopted = Optional.empty();
        Optional<LocalDate> issued = Optional.empty();
        Optional<String> symbol = Optional.empty();
        Optional<Organ> organ = Optional.empty();
        for (RichText line : lines) {
            String t = line.text();
            int n = t.length();
            Matcher m;
            boolean onCover = preface.isEmpty();
            RichText marked = null;
            if (words.unitedNations().matcher(t).matches()) {
                marked = line.withSpan(new Span(0, n, Kind.AUTHORITY, "un"));
            } else if (SYMBOL.matcher(t).matches() && symbol.isEmpty()) {
                symbol = Optional.of(t.replaceAll("\\s+(?=[^(])", ""));
                marked = line.withSpan(new Span(0, n, Kind.SYMBOL, ""));
            } else if (words.organ(t).isPresent()) {
                organ = words.organ(t);
                marked = line.withSpan(new Span(0, n, Kind.AUTHORITY, organ.get().tlcId()));
            } else if (words.distribution().matcher(t).matches()) {
                marked = line.withSpan(new Span(0, n, Kind.DISTRIBUTION, ""));
            } else if (isDateOnly(t) && issued.isEmpty() && onCover) {
                LanguageProfile.DateMatch d = profile.dates(t).get(0);
                issued = Optional.of(d.date());
                marked = line.withSpan(new Span(d.start(), d.end(), Kind.ISSUE_DATE, d.date().toString()));
            }
            if (marked != null && onCover) {
                cover.add(marked);
                continue;
            }
            if (marked != null) {
                preface.add(marked);
                continue;
            }
            if (words.session().matcher(t).matches()) {
                preface.add(line.withSpan(new Span(0, n, Kind.SESSION, "")));
            } else if (words.agendaItem().matcher(t).matches()) {
                preface.add(line.withSpan(new Span(0, n, Kind.AGENDA_ITEM, "")));
            } else if ((m = words.adopted().matcher(t)).matches()) {
                RichText r = line.withSpan(new Span(m.start("type"), m.end("type"), Kind.DOC_TYPE, ""));
                Optional<Organ> o = words.organ(m.group("organ"));
                if (o.isPresent()) {
                    r = r.withSpan(new Span(m.start("organ"), m.end("organ"), Kind.AUTHORITY, o.get().tlcId()));
                }
                if (m.group("date") != null) {
                    LocalDate d = profile.dates(m.group("date")).get(0).date();
                    adopted = Optional.of(d);
                    r = r.withSpan(new Span(m.start("date"), m.end("date"), Kind.ADOPTION_DATE, d.toString()));
                }
                preface.add(r);
            } else if ((m = words.committee().matcher(t)).matches()) {
                RichText r = running.apply(line);
                if (m.group("committee") != null) {
                    r = r.withSpan(new Span(m.start("committee"), m.end("committee"), Kind.PROPONENT, camel(m.group("committee"))));
                }
                preface.add(r);
            } else if ((m = words.number().matcher(t)).matches()) {
                String g = group(m, "number") != null ? "number" : "number2";
                String dg = g.equals("number") ? "date" : "date2";
                number = Optional.of(m.group(g));
                RichText r = line.withSpan(new Span(m.start(g), m.end(g), Kind.DOC_NUMBER, ""));
                if (group(m, dg) != null && !m.group(dg).isEmpty()) {
                    LocalDate d = profile.dates(m.group(dg)).get(0).date();
                    adopted = Optional.of(d);
                    r = r.withSpan(new Span(m.start(dg), m.end(dg), Kind.ADOPTION_DATE, d.toString()));
                }
                preface.add(r);
            } else if ((m = words.adoptedAtMeeting().matcher(t)).matches()) {
                LocalDate d = profile.dates(m.group("date")).get(0).date();
                adopted = Optional.of(d);
                RichText r = line.withSpan(new Span(m.start("meeting"), m.end("meeting"), Kind.MEETING, m.group("meeting")))
                        .withSpan(new Span(m.start("date"), m.end("date"), Kind.ADOPTION_DATE, d.toString()));
                preface.add(r);
            } else {
                preface.add(running.apply(line));
            }
        }
        return new Result(new Masthead(cover, preface), number, adopted, issued, symbol, organ);
    }

    private boolean isDateOnly(String t) {
        List<LanguageProfile.DateMatch> dates = profile.dates(t);
        return dates.size() == 1 && dates.get(0).start() == 0 && dates.get(0).end() == t.length();
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** "Third Committee" -> "thirdCommittee": the TLC key of a committee. */
    private static String camel(String name) {
        String[] words = name.strip().split("[^\\p{L}\\p{N}]+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            b.append(b.isEmpty() ? w.toLowerCase(java.util.Locale.ROOT) : Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
