package io.github.somepolicy.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChangeKindTest {

    @Test
    void everyKindHasItsSentenceInBothLanguages() {
        for (ChangeKind kind : ChangeKind.values()) {
            assertThat(kind.messageKey()).isEqualTo("diff.change." + kind.id());
            assertThat(kind.nameKey()).isEqualTo("diff.kind." + kind.id());
            assertThat(ChangeKind.fromId(kind.id())).contains(kind);
            for (Locale locale : Messages.LOCALES) {
                assertThat(Messages.of(locale).has(kind.messageKey()))
                        .as(kind + " " + locale)
                        .isTrue();
                assertThat(Messages.of(locale).has(kind.nameKey()))
                        .as("the name of " + kind + " in " + locale)
                        .isTrue();
            }
            assertThat(kind.roles()).as(kind.id()).isNotEmpty();
        }
    }

    @Test
    void everyReviewAreaOfTheCatalogueIsARoleWithAName() {
        for (var rule : io.github.somepolicy.rule.Catalogue.builtIn().rules()) {
            assertThat(Role.ofArea(rule.area()).id()).as(rule.id()).isEqualTo(rule.area());
        }
        for (Role role : Role.values()) {
            assertThat(Messages.of(Locale.ENGLISH).has(role.termKey())).isTrue();
            assertThat(Messages.of(Locale.forLanguageTag("sv")).has(role.termKey()))
                    .isTrue();
        }
        assertThat(Role.ofArea("something-new")).isEqualTo(Role.COMMUNICATIONS);
    }
}
