package org.unakn.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unakn.Unakn;

/** AKN files that try to read local files or to expand entities without bound are refused, not obeyed. */
class HostileXmlTest {
    private static final String BODY = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><statement name=\"resolution\">"
            + "<meta><identification source=\"#x\"/></meta><mainBody><p>&e;</p></mainBody></statement></akomaNtoso>";

    @Test
    void anExternalEntityIsNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE akomaNtoso [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>\n" + BODY;
        List<Problem> problems = Unakn.validate(xml);
        assertThat(problems).isNotEmpty();
        assertThat(problems).anyMatch(p -> p.message().contains("DOCTYPE"));
        assertThat(problems).noneMatch(p -> p.message().contains("TOP-SECRET"));
    }

    @Test
    void entityExpansionIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE akomaNtoso [<!ENTITY e0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("<!ENTITY e \"&e10;\">]>");
        List<Problem> problems = Unakn.validate(dtd + BODY);
        assertThat(problems).isNotEmpty().anyMatch(p -> p.message().contains("DOCTYPE") && p.line() == 1);
    }

    @Test
    void renderingAHostileFileIsRefusedBeforeTransforming(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("x.xml");
        Files.writeString(file, "<!DOCTYPE akomaNtoso [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + BODY);
        Path html = dir.resolve("x.html");
        int code = org.unakn.cli.Main.run("render", file.toString(), "--html", html.toString());
        assertThat(code).isEqualTo(1);
        assertThat(html).doesNotExist();
    }
}
