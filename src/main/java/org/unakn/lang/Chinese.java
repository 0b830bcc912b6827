package org.unakn.lang;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unakn.model.Division;
import org.unakn.model.Language;
import org.unakn.model.Organ;

/** Chinese: phrases from {@code zh.tsv}; dates "2008 年 12 月 5 日"; citations "第 37/4 号". */
final class Chinese extends BaseProfile {
    private static final PhraseTable PHRASES = PhraseTable.load("zh.tsv");
    static final String DATE = "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日";
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);
    private static final Pattern MEETING = Pattern.compile("第\\s*(?<n>\\d+)\\s*次(?:全体)?会议");
    private static final Pattern CITATION = Pattern.compile(
            "(?:(?<date>\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)\\s*)?第\\s*(?<number>" + Citations.NUMBER + ")\\s*号");
    private static final MastheadVocabulary MASTHEAD = new MastheadVocabulary(
            Pattern.compile("联合国"),
            java.util.Map.of("大会", Organ.GENERAL_ASSEMBLY, "安全理事会", Organ.SECURITY_COUNCIL),
            Pattern.compile("Distr\\.?:?\\s*(?:General|Limited)"),
            Pattern.compile("第[一二三四五六七八九十]+届(?:紧急特别)?会议"),
            Pattern.compile("议程项目\\s*\\S.*"),
            Pattern.compile("(?<organ>大会|安全理事会)\\s*(?<date>" + DATE + ")\\s*通过的(?<type>决议)"),
            Pattern.compile("\\[根据(?<committee>第[一二三四五六]委员会)的报告.*\\]|\\[未经发交主要委员会.*\\]"),
            Pattern.compile("第\\s*(?<number>\\d+\\s*\\(\\d{4}\\))\\s*号决议"),
            Pattern.compile("(?<organ>安全理事会)\\s*(?<date>" + DATE + ")\\s*第\\s*(?<meeting>\\d+)\\s*次会议通过"));
    private static final Pattern ANNEX = Pattern.compile("附件(?:[一二三四五六七八九十]+)?");
    private static final Pattern DIVISION = Pattern.compile("(?<kind>第(?<num>[一二三四五六七八九十百]+)(?:条|部分|章|节)|序言)");
    private static final Pattern IBID = Pattern.compile("同上");
    private static final Pattern CONJUNCTION = Pattern.compile("和|及");




    Chinese() {
        super(new Data(Language.CHINESE, "，；。：,;:", "。.", "大会，", MEETING, IBID, CONJUNCTION, MASTHEAD, ANNEX, DIVISION));
    }

    @Override
    public Optional<Organ> formula(String line) {
        return switch (line.strip()) {
            case "大会，", "大会," -> Optional.of(Organ.GENERAL_ASSEMBLY);
            case "安全理事会，", "安全理事会," -> Optional.of(Organ.SECURITY_COUNCIL);
            default -> Optional.empty();
        };
    }


    @Override
    public Optional<PhraseMatch> preambularPhrase(String text) {
        return PHRASES.longestPrefix("preamble", text, c -> true);
    }

    @Override
    public Optional<PhraseMatch> operativeVerb(String text) {
        return PHRASES.longestPrefix("verb", text, c -> true);
    }

    @Override
    public List<DateMatch> dates(String text) {
        return dateMatches(DATE_PATTERN, text,
                m -> LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }


    @Override
    public List<Citation> citations(String text) {
        List<Citation> found = new ArrayList<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            found.add(citation(m));
        }
        return found;
    }




    @Override
    public Division.Kind divisionKind(String word) {
        if (word.endsWith("条")) {
            return Division.Kind.ARTICLE;
        }
        if (word.endsWith("部分")) {
            return Division.Kind.PART;
        }
        if (word.endsWith("章")) {
            return Division.Kind.CHAPTER;
        }
        return word.equals("序言") ? Division.Kind.PREAMBLE : Division.Kind.SECTION;
    }


}
