package io.github.somepolicy.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.YamlLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The typed view of an account: stated values as written, the defaults where nothing is stated. */
class AccountTest {

    private static Account account(String yaml) {
        return new Account(new YamlLoader(Limits.DEFAULT)
                .load("a.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .root()
                .orElseThrow());
    }

    @Test
    void anAccountThatStatesNothingHasTheDefaults() {
        Account account = account("kind: account\nversion: 1\n");
        assertThat(account.status()).isEqualTo("active");
        assertThat(account.statedStatus()).isEmpty();
        assertThat(account.platform()).isEqualTo("other");
        assertThat(account.electedOfficial()).isFalse();
        assertThat(account.internal()).isFalse();
        assertThat(account.moderators()).isEmpty();
    }

    @Test
    void statedValuesAreReadWithTheirNodes() {
        Account account = account("""
                kind: account
                status: closed
                platform: instagram
                accountType: elected-official
                activated: 2021-03-01
                closed: 2021-02-30
                records:
                  archive:
                    method: export
                moderation:
                  moderators:
                    - name: Anna
                    - name: Bo
                      email: BO@example.org
                      role: backup
                      absences:
                        - {from: 2026-07-01, to: 2026-07-31}
                """);
        assertThat(account.status()).isEqualTo("closed");
        assertThat(account.platform()).isEqualTo("instagram");
        assertThat(account.electedOfficial()).isTrue();
        assertThat(account.activated()).contains(LocalDate.of(2021, 3, 1));
        assertThat(account.closed()).as("not a real date").isEmpty();
        assertThat(account.node(Account.Field.ARCHIVE_METHOD)
                        .orElseThrow()
                        .location()
                        .start()
                        .line())
                .isEqualTo(9);
        assertThat(Account.Field.ARCHIVE_METHOD.dotted()).isEqualTo("records.archive.method");
        assertThat(account.moderators()).extracting(Person::role).containsExactly("moderator", "backup");
        assertThat(account.moderators()).extracting(Person::standIn).containsExactly(false, true);
        assertThat(account.moderators())
                .extracting(Person::key)
                .map(k -> k.orElse(""))
                .containsExactly("name:anna", "email:bo@example.org");
        assertThat(account.moderators().get(1).absences()).singleElement().satisfies(absence -> assertThat(absence.to())
                .contains(LocalDate.of(2026, 7, 31)));
    }
}
