package org.unakn.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unakn.model.Language;
import org.unakn.model.Organ;

class ProfilesTest {
    private final LanguageProfile zh = Profiles.of(Language.CHINESE).orElseThrow();

    @Test
    void detectsTheLanguageFromTheScript() {
        assertThat(Profiles.detect("大会， 回顾其决议，")).isEqualTo(Language.CHINESE);
        assertThat(Profiles.detect("The General Assembly, Recalling its resolution")).isEqualTo(Language.ENGLISH);
        assertThat(Profiles.detect("Генеральная Ассамблея, ссылаясь на")).isEqualTo(Language.RUSSIAN);
        assertThat(Profiles.detect("إن الجمعية العامة، إذ تشير")).isEqualTo(Language.ARABIC);
        assertThat(Profiles.detect("L'Assemblée générale, rappelant les résolutions et les décisions des")).isEqualTo(Language.FRENCH);
    }

    @Test
    void chineseDatesToleratesSpacesAndRejectsImpossibleDates() {
        assertThat(zh.dates("1984年 11 月 8日和 2008 年 2 月 30 日")).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(1984, 11, 8)));
    }

    @Test
    void theLongestKnownPhraseWins() {
        assertThat(zh.preambularPhrase("赞赏地注意到两组织")).hasValueSatisfying(p -> {
            assertThat(p.length()).isEqualTo(6);
            assertThat(p.key()).isEqualTo("notingWithAppreciation");
        });
        assertThat(zh.operativeVerb("又请秘书长")).hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("requests"));
    }

    @Test
    void theFormulaNamesTheOrgan() {
        assertThat(zh.formula(" 大会， ")).contains(Organ.GENERAL_ASSEMBLY);
        assertThat(zh.formula("安全理事会，")).contains(Organ.SECURITY_COUNCIL);
        assertThat(zh.formula("大会")).isEmpty();
    }
}
