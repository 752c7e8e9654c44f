package io.github.somepolicy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void keepsAValueOnOneLine() {
        assertThat(Text.oneLine("a\nb\r\nc\u0085d\u2028e\tf")).isEqualTo("a\\nb\\r\\nc\\u0085d\\u2028e\\tf");
    }

    @Test
    void showsBidiControlsAndNoncharactersAsEscapes() {
        assertThat(Text.oneLine("a\u202Eb\u2066c\uFFFEd\uD800e👩\u200D👧"))
                .isEqualTo("a\\u202Eb\\u2066c\\uFFFEd\\uD800e👩\u200D👧");
    }

    @Test
    void breaksAzureCommandsInAnyCase() {
        assertThat(Text.oneLine("x ##vso[task.complete] ##VSO[y] ##[error]z"))
                .isEqualTo("x ##vso\\[task.complete] ##VSO\\[y] ##\\[error]z");
    }

    @Test
    void guardsALineThatWouldStartAWorkflowCommand() {
        assertThat(Text.logLine("::error::x.yaml:1:1: error")).isEqualTo("./::error::x.yaml:1:1: error");
        assertThat(Text.logLine("  ::notice::x")).isEqualTo("./  ::notice::x");
        assertThat(Text.logLine("accounts/x.yaml:1:1: error [r] a ::error:: b"))
                .isEqualTo("accounts/x.yaml:1:1: error [r] a ::error:: b");
    }

    @Test
    void percentEncodesPathsForUris() {
        assertThat(Text.uriPath("accounts/räddning/a b#(1).yaml"))
                .isEqualTo("accounts/r%C3%A4ddning/a%20b%23%281%29.yaml");
    }

    @Test
    void markdownShowsMentionsReferencesAndMarkupAsWritten() {
        assertThat(Text.markdown("@ekeby/arkiv #12 <b>x</b> [a](b) *c*\n::error::x"))
                .isEqualTo("\\@ekeby/arkiv \\#12 &lt;b&gt;x&lt;/b&gt; \\[a\\]\\(b\\) \\*c\\*\\\\n::error::x");
    }
}
