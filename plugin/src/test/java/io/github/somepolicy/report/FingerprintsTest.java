package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.rule.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static Finding finding(int line, String pointer, Object... args) {
        SourcePosition at = new SourcePosition(line, 3);
        return new Finding(
                "yaml-duplicate-key",
                Severity.ERROR,
                new Location("accounts/a.yaml", at, at, pointer),
                List.of(),
                Message.of("load.duplicate-key", args),
                Optional.empty());
    }

    @Test
    void linesAndNumbersInTheMessageDoNotChangeTheIdentity() {
        String before = Fingerprints.of(finding(12, "/moderation/monitoring", "monitoring", 9));
        String after = Fingerprints.of(finding(40, "/moderation/monitoring", "monitoring", 37));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void anotherNodeOrAnotherValueIsAnotherFinding() {
        String base = Fingerprints.of(finding(12, "/moderation/monitoring", "monitoring", 9));
        assertThat(Fingerprints.of(finding(12, "/moderation/signature", "monitoring", 9)))
                .isNotEqualTo(base);
        assertThat(Fingerprints.of(finding(12, "/moderation/monitoring", "signature", 9)))
                .isNotEqualTo(base);
        assertThat(Fingerprints.of(finding(12, "/moderation/monitoring", "monitoring", "2026-11-23")))
                .isNotEqualTo(base);
    }
}
