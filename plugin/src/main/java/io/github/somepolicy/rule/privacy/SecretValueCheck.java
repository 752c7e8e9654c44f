package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;

/**
 * No credential in the configuration: every key and text value of every file is searched for private
 * keys, tokens of known formats, passwords written out in prose and long random-looking strings. The
 * configuration is public, so a finding names the kind of secret and a redacted form, never the secret.
 */
public final class SecretValueCheck implements Check {

    /** The variant for a string that only looks random, which may or may not be a secret. */
    static final String ENTROPY = "entropy";

    private final SecretDetector detector;

    /** The check with the keyword lists shipped with the plugin. */
    public SecretValueCheck() {
        this(new SecretDetector());
    }

    SecretValueCheck(SecretDetector detector) {
        this.detector = detector;
    }

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        for (ScalarTexts.Text text : ScalarTexts.of(context.document().root(), true)) {
            for (SecretDetector.Secret secret : detector.find(text.value())) {
                if (secret.kind().certain()) {
                    violations.add(context.violation(
                            text.location(), context.messageKey(), secret.kind().term(), secret.shown()));
                } else {
                    violations.add(context.violation(text.location(), context.messageKey(ENTROPY), secret.shown()));
                }
            }
        }
        return violations;
    }

    @Override
    public List<String> messageVariants() {
        return List.of(ENTROPY);
    }
}
