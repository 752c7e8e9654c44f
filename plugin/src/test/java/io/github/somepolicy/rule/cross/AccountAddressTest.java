package io.github.somepolicy.rule.cross;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two ways of writing one address compare equal; different accounts do not. */
class AccountAddressTest {

    @Test
    void ignoresSchemeWwwCaseSlashFragmentPortAndTracking() {
        String key =
                AccountAddress.normalise("https://www.facebook.com/ekebykommun").orElseThrow();
        for (String variant : new String[] {
            "http://facebook.com/ekebykommun/",
            "HTTPS://WWW.FACEBOOK.COM/EkebyKommun",
            "https://www.facebook.com:443/ekebykommun#about",
            "https://facebook.com/ekebykommun?utm_source=newsletter&utm_medium=email&fbclid=IwAR0x",
            "  https://www.facebook.com/ekebykommun?igshid=abc&gclid=1  "
        }) {
            assertThat(AccountAddress.normalise(variant)).as(variant).contains(key);
        }
    }

    @Test
    void keepsWhatTellsAccountsApart() {
        assertThat(AccountAddress.normalise("https://www.youtube.com/watch?v=abc&utm_source=x"))
                .contains("youtube.com/watch?v=abc");
        assertThat(AccountAddress.normalise("https://www.youtube.com/watch?v=abc"))
                .isNotEqualTo(AccountAddress.normalise("https://www.youtube.com/watch?v=abd"));
        assertThat(AccountAddress.normalise("https://facebook.com/ekebykommun"))
                .isNotEqualTo(AccountAddress.normalise("https://facebook.com/ekebykommun2"));
        assertThat(AccountAddress.normalise("https://example.se:8080/a")).contains("example.se:8080/a");
        assertThat(AccountAddress.normalise("ekebykommun")).isEmpty();
        assertThat(AccountAddress.normalise("mailto:info@ekeby.se")).isEmpty();
    }

    @Test
    void handlesCompareWithoutCaseOrAt() {
        assertThat(AccountAddress.handleKey("instagram", "@EkebyKommun")).contains("instagram:ekebykommun");
        assertThat(AccountAddress.handleKey("x", "ekebykommun"))
                .isNotEqualTo(AccountAddress.handleKey("instagram", "ekebykommun"));
        assertThat(AccountAddress.handleKey("", "ekeby")).isEmpty();
        // the same handle on two different forums or blogs is not one account
        assertThat(AccountAddress.handleKey("other", "ekeby")).isEmpty();
        assertThat(AccountAddress.handleKey("blog", "ekeby")).isEmpty();
    }
}
