package org.unakn.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unakn.Fixtures;

class ProfileChecksTest {
    private final String valid = Fixtures.resource("zh/team_subparagraphs.expected.xml");

    @Test
    void acceptsAConformingDocument() {
        assertThat(ProfileChecks.check(valid)).isEmpty();
    }

    @Test
    void reportsAPointerThatResolvesToNothing() {
        String xml = valid.replace("refersTo=\"#opDecides\"", "refersTo=\"#opDecided\"");
        assertThat(ProfileChecks.check(xml)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("#opDecided").contains("points to no eId"));
    }

    @Test
    void reportsAMissingEidWhereTheConventionRequiresOne() {
        String xml = valid.replace("<paragraph eId=\"para_2\">", "<paragraph>");
        assertThat(ProfileChecks.check(xml)).anyMatch(p -> p.message().equals("<paragraph> has no eId"));
    }

    @Test
    void reportsAnExpressionIriThatDisagreesWithTheLanguage() {
        String xml = valid.replace("<FRBRlanguage language=\"zho\"/>", "<FRBRlanguage language=\"chi\"/>");
        assertThat(ProfileChecks.check(xml)).anyMatch(p -> p.message().contains("'chi' is not one of"))
                .anyMatch(p -> p.message().startsWith("Expression FRBRuri"));
    }

    @Test
    void reportsAWorkIriThatDisagreesWithTheNumber() {
        String xml = valid.replace("<FRBRnumber value=\"70-999\"", "<FRBRnumber value=\"70-998\"");
        assertThat(ProfileChecks.check(xml)).anyMatch(p -> p.message().startsWith("Work IRI number"));
    }
}
