package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Remembered;
import io.github.somepolicy.model.VisibleText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one redactor: takes secrets out of texts before they are shown. Every finding passes through it
 * when it is made (its message's arguments, its file name and its JSON Pointer, so a token used as a key
 * or in a file name is not shown either), as do waivers, the run's profile, custom rules' titles, every
 * line of the build log and every value the register publishes, so that a credential written in the
 * configuration never reaches the console, a report, the register or the build log, whatever quotes it.
 */
public final class Redaction {

    private static final int MAX_ROUNDS = 16;
    private static final SecretDetector DETECTOR = new SecretDetector();

    /** What the register shows instead of a value a detector flags. */
    public static final String WITHHELD = "[…]";

    /** Short texts (file names, pointers, keys) repeat in every finding: each is looked at once. */
    private static final int MEMO_MAX_CHARS = 256;

    private static final int MEMO_MAX_TEXTS = 20_000;
    private static final Remembered<String, String> MEMO = new Remembered<>(MEMO_MAX_TEXTS);

    private Redaction() {}

    /** A text with each secret in it replaced by its redacted form; the text itself when it has none. */
    public static String redact(String text) {
        if (text.length() > MEMO_MAX_CHARS) {
            return redactNow(text);
        }
        return MEMO.get(text, Redaction::redactNow);
    }

    private static String redactNow(String text) {
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

    /** A location whose file name and JSON Pointer are redacted. */
    public static Location redact(Location location) {
        String file = redact(location.file());
        String pointer = redact(location.pointer());
        return file.equals(location.file()) && pointer.equals(location.pointer())
                ? location
                : new Location(file, location.start(), location.end(), pointer);
    }

    /**
     * A value with its control characters (an escape written as {@code "\\e"} in YAML, a bidirectional
     * override) shown as visible escapes; line breaks and tabs are kept, as prose has them.
     */
    private static String visible(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean hidden = c != '\n' && c != '\t' && VisibleText.invisible(c);
            if (hidden && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                out.append(
                        hidden ? VisibleText.of(new String(Character.toChars(c))) : new String(Character.toChars(c)));
            }
            i += Character.charCount(c);
        }
        return out == null ? value : out.toString();
    }

    /** Whether a detector flags a text: a secret, a random-looking string or an identity number. */
    public static boolean flagged(String text) {
        return !redact(text).equals(text) || !IdentityNumberDetector.find(text).isEmpty();
    }

    /**
     * A document tree fit to be published: every value a detector flags, and every value under a key
     * that names a secret ({@code password:}, {@code pin:}), replaced by {@link #WITHHELD}. The tree
     * keeps its shape and locations.
     */
    public static Node.Mapping publishable(Node.Mapping root) {
        return (Node.Mapping) publishable(root, Optional.empty());
    }

    private static Node publishable(Node node, Optional<Boolean> secretKey) {
        if (node instanceof Node.Scalar scalar) {
            String value = scalar.value();
            boolean withheld = !scalar.isNull()
                    && (flagged(value)
                            || secretKey
                                    .map(pin -> DETECTOR.isSecretValue(value.strip(), pin))
                                    .orElse(false));
            if (withheld) {
                return new Node.Scalar(WITHHELD, false, scalar.location());
            }
            String visible = visible(value);
            return visible.equals(value) ? scalar : new Node.Scalar(visible, scalar.plain(), scalar.location());
        }
        if (node instanceof Node.Sequence sequence) {
            List<Node> items = new ArrayList<>(sequence.items().size());
            for (Node item : sequence.items()) {
                items.add(publishable(item, secretKey));
            }
            return new Node.Sequence(items, sequence.location());
        }
        Node.Mapping mapping = (Node.Mapping) node;
        List<Node.Entry> entries = new ArrayList<>(mapping.entries().size());
        for (Node.Entry entry : mapping.entries()) {
            entries.add(new Node.Entry(
                    entry.key(), entry.keyLocation(), publishable(entry.value(), DETECTOR.secretKey(entry.key()))));
        }
        return new Node.Mapping(entries, mapping.location());
    }
}
