package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Comment;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Remembered;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * No credential in the configuration: every key, text value and comment of every file is searched for private
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

    /**
     * Texts up to this long are remembered for the run: keys, short values and the references to the
     * municipality's routines ({@code Rutin för moderering …, KS 2019/78}) repeat in every file.
     */
    static final int MEMO_MAX_CHARS = 256;

    /** At most this many texts are remembered per run. */
    static final int MEMO_MAX_TEXTS = 20_000;

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        Remembered<String, List<SecretDetector.Secret>> known =
                context.configuration().shared(new Memo(detector), memo -> new Remembered<>(MEMO_MAX_TEXTS));
        for (ScalarTexts.Text text : ScalarTexts.of(context.document().root(), true)) {
            for (SecretDetector.Secret secret : secrets(text.value(), known)) {
                if (secret.kind().certain()) {
                    violations.add(context.violation(
                            text.location(), context.messageKey(), secret.kind().term(), secret.shown()));
                } else {
                    violations.add(context.violation(text.location(), context.messageKey(ENTROPY), secret.shown()));
                }
            }
        }
        secretKeys(context.document().root(), context, violations);
        // Comments are committed with the file; as in notices, only a certain kind counts in prose.
        for (Comment comment : context.document().comments()) {
            for (SecretDetector.Secret secret : secrets(comment.text(), known)) {
                if (secret.kind().certain()) {
                    violations.add(context.violation(
                            comment.location(),
                            context.messageKey(),
                            secret.kind().term(),
                            secret.shown()));
                }
            }
        }
        for (NoticeFiles.Line line : NoticeFiles.unsearched(context, "secret-value")) {
            for (SecretDetector.Secret secret : detector.find(line.text())) {
                if (secret.kind().certain()) {
                    violations.add(context.violation(
                            line.location(), context.messageKey(), secret.kind().term(), secret.shown()));
                }
            }
        }
        String file = context.document().file();
        for (SecretDetector.Secret secret : secrets(file, known)) {
            if (secret.kind().certain()) {
                violations.add(context.violation(
                        Location.ofFile(file), context.messageKey(), "term.secret.file-name", secret.shown()));
            }
        }
        return violations;
    }

    /**
     * Values under keys that name a secret ({@code password: Sommar2026x}): the key and the value are
     * two texts, so the search in each alone would miss them.
     */
    private void secretKeys(Node root, CheckContext context, List<Violation> violations) {
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Node.Sequence sequence) {
                sequence.items().forEach(pending::push);
            } else if (node instanceof Node.Mapping mapping) {
                for (Node.Entry entry : mapping.entries()) {
                    Optional<Boolean> pin = detector.secretKey(entry.key());
                    if (pin.isPresent()
                            && entry.value() instanceof Node.Scalar scalar
                            && !scalar.isNull()
                            && detector.isSecretValue(scalar.value().strip(), pin.get())) {
                        violations.add(context.violation(
                                scalar.location(),
                                context.messageKey(),
                                "term.secret.password-key",
                                entry.key() + ": …"));
                    } else {
                        pending.push(entry.value());
                    }
                }
            }
        }
    }

    /** What the detector finds in a text; short texts are looked at once per run. */
    private List<SecretDetector.Secret> secrets(String text, Remembered<String, List<SecretDetector.Secret>> known) {
        if (text.length() > MEMO_MAX_CHARS) {
            return detector.find(text);
        }
        return known.get(text, shortText -> List.copyOf(detector.find(shortText)));
    }

    /** The key of the run's memo of short texts: one per detector, whose word lists decide the result. */
    private record Memo(SecretDetector detector) {}

    @Override
    public List<String> messageVariants() {
        return List.of(ENTROPY);
    }
}
