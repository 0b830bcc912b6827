package org.unakn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FidelityTest {
    private static final String XML = """
            <akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><statement name="resolution">
            <meta><identification source="#x"/></meta>
            <preamble><container eId="c" name="n"><p>回顾其决议，<sup><authorialNote eId="n1" marker="1"><p>见 A/1。</p></authorialNote></sup></p></container></preamble>
            <mainBody><paragraph eId="para_1"><num>1.</num><content><p>决定 继续。</p></content></paragraph></mainBody>
            </statement></akomaNtoso>""";
    private static final List<Fidelity.Line> NOTES = List.of(new Fidelity.Line(9, "见 A/1。"));

    @Test
    void acceptsTheSameTextWithDifferentWhitespace() {
        List<Fidelity.Line> body = List.of(new Fidelity.Line(1, " 回顾其决议， "), new Fidelity.Line(3, "1. 决定继续。"));
        assertThat(Fidelity.check(XML, body, NOTES)).isEmpty();
    }

    @Test
    void namesTheInputLineWhereTextWasLost() {
        List<Fidelity.Line> body = List.of(new Fidelity.Line(1, "回顾其决议，"), new Fidelity.Line(3, "1. 决定立即继续。"));
        assertThat(Fidelity.check(XML, body, NOTES)).hasValueSatisfying(m -> assertThat(m).contains("input line 3").contains("立即"));
    }

    @Test
    void reportsTextThatIsNotInTheInput() {
        List<Fidelity.Line> body = List.of(new Fidelity.Line(1, "回顾其决议，"), new Fidelity.Line(3, "1. 决定"));
        assertThat(Fidelity.check(XML, body, NOTES)).hasValueSatisfying(m -> assertThat(m).contains("added"));
    }

    @Test
    void checksFootnoteTextsSeparately() {
        List<Fidelity.Line> body = List.of(new Fidelity.Line(1, "回顾其决议，"), new Fidelity.Line(3, "1. 决定继续。"));
        assertThat(Fidelity.check(XML, body, List.of(new Fidelity.Line(9, "见 A/2。"))))
                .hasValueSatisfying(m -> assertThat(m).startsWith("footnote text").contains("input line 9"));
    }
}
