package org.unakn.inline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.unakn.model.Iris;
import org.unakn.model.Organ;

class IrisTest {
    @Test
    void numbersBecomeFrbrValuesByTheSlashAndSpaceRule() {
        assertThat(Iris.numberValue("63/114")).isEqualTo("63-114");
        assertThat(Iris.numberValue("3369(XXX)")).isEqualTo("3369_(XXX)");
        assertThat(Iris.numberValue("1373 (2001)")).isEqualTo("1373_(2001)");
        assertThat(Iris.numberValue("ES-11/4")).isEqualTo("ES-11-4");
        assertThat(Iris.numberValue("68/247 B")).isEqualTo("68-247_B");
    }

    @Test
    void theOrganFollowsFromTheNumberForm() {
        assertThat(Iris.organOfNumber("1325(2000)")).isEqualTo(Organ.SECURITY_COUNCIL);
        assertThat(Iris.organOfNumber("3369 (XXX)")).isEqualTo(Organ.GENERAL_ASSEMBLY);
        assertThat(Iris.work(Organ.SECURITY_COUNCIL, LocalDate.of(2000, 10, 31), "1325 (2000)"))
                .isEqualTo("/akn/un/statement/deliberation/un-sc/2000-10-31/1325_(2000)");
    }

    @Test
    void undatedCitationsFallBackToUndocs() {
        assertThat(Iris.undocsResolution("60/1")).isEqualTo("https://undocs.org/A/RES/60/1");
        assertThat(Iris.undocsResolution("1325(2000)")).isEqualTo("https://undocs.org/S/RES/1325(2000)");
    }
}
