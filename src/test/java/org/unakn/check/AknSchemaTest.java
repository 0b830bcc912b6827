package org.unakn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.unakn.Fixtures;

class AknSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"us_Act_2011-11-29.xml", "za_Judgement_2008-11-26.xml", "ke_Debate_Bungeni_2011-06-10.xml",
            "uy_bill_2010-09-27.xml", "eu_COM(2013)0619_EN-8.xml"})
    void acceptsTheOfficialOasisSamples(String sample) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/xml/v3/" + sample)) {
            assertThat(in).as("sample unpacked from the legaldocml-test artifact").isNotNull();
            assertThat(AknSchema.validate(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
        }
    }

    @Test
    void reportsLineColumnAndCodeForAnInvalidElement() {
        String xml = Fixtures.resource("zh/team_subparagraphs.expected.xml").replace("<num>2.</num>", "<num>2.</num><bogus/>");
        List<Problem> problems = AknSchema.validate(xml);
        assertThat(problems).isNotEmpty();
        Problem first = problems.get(0);
        assertThat(first.line()).isGreaterThan(1);
        assertThat(first.message()).startsWith("cvc-").contains("bogus");
    }

    @Test
    void catchesDuplicateEids() {
        String xml = Fixtures.resource("zh/team_subparagraphs.expected.xml").replace("eId=\"para_2\"", "eId=\"para_1\"");
        assertThat(AknSchema.validate(xml)).anyMatch(p -> p.message().contains("para_1"));
    }

    @Test
    void reportsMalformedXmlInsteadOfThrowing() {
        assertThat(AknSchema.validate("<akomaNtoso><statement>")).isNotEmpty().allMatch(p -> p.line() == 1);
    }
}
