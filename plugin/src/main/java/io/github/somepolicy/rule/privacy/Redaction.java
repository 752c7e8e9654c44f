package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes secrets out of texts before they are shown: every message of a report passes through it, so that
 * a credential written in the configuration never reaches the console, a report or the build log, even
 * when a message quotes the value it is about (a schema error, a custom rule's {@code {value}}).
 */
public final class Redaction {

    private static final int MAX_ROUNDS = 16;
    private static final SecretDetector DETECTOR = new SecretDetector();

    private Redaction() {}

    /** A text with each secret in it replaced by its redacted form; the text itself when it has none. */
    public static String redact(String text) {
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<SecretDetector.Secret> secrets = DETECTOR.find(current);
            if (secrets.isEmpty()) {
                return current;
            }
            StringBuilder redacted = new StringBuilder(current);
            for (int i = secrets.size() - 1; i >= 0; i--) {
                SecretDetector.Secret secret = secrets.get(i);
                redacted.replace(secret.start(), secret.end(), secret.shown());
            }
            current = redacted.toString();
        }
        return current;
    }

    /** A message whose arguments are redacted. */
    public static Message redact(Message message) {
        List<String> args = new ArrayList<>(message.args().size());
        boolean changed = false;
        for (String arg : message.args()) {
            String redacted = redact(arg);
            changed |= !redacted.equals(arg);
            args.add(redacted);
        }
        return changed ? new Message(message.key(), args) : message;
    }
}
