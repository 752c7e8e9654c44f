package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeLogTest {

    @Test
    void aValueCannotForgeAWorkflowCommandOrALineOfItsOwn() {
        String name = "Ekeby kommun\n::error file=pom.xml,line=1::Bygget är komprometterat";
        RecordingLog recorded = new RecordingLog();
        SafeLog.of(recorded).info("somepolicy register: " + name + " written");
        SafeLog.of(recorded).warn("::warning::" + "\u001B[31mred\u001B[0m");
        assertThat(recorded.lines).hasSize(2).allSatisfy(line -> {
            assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001B");
            assertThat(line.substring(line.indexOf(' ') + 1)).doesNotStartWith("::");
        });
        assertThat(recorded.lines.get(0)).contains("\\n::error file=pom.xml");
        assertThat(recorded.lines.get(1)).contains("./::warning::\\u001B[31mred");
    }

    @Test
    void noLogLineHoldsASecret() {
        RecordingLog recorded = new RecordingLog();
        String token = "ghp_" + "R8fK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXi";
        SafeLog.of(recorded).error("extends " + token + " and https://svc:Sommar2026x@www.facebook.com/ekeby");
        assertThat(recorded.lines.get(0))
                .doesNotContain(token.substring(4))
                .doesNotContain("Sommar2026x")
                .contains("ghp…");
    }
}
