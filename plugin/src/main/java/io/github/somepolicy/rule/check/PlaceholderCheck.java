package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the placeholders a new configuration is written with ({@code somepolicy:init}, {@code
 * somepolicy:import}) so that none is left when it goes live. Two forms are recognised, both documented
 * in docs/init.md:
 *
 * <ul>
 *   <li>a text that starts with {@value #MARK_SV} or {@value #MARK_EN}: what follows says what to write;
 *   <li>an address at {@code fyll-i.example.com} (in {@code example.com}, which RFC 2606 keeps for
 *       examples, so it is never a real address, and which schema validators accept) or anywhere in the
 *       reserved domain {@code .invalid}, such as {@code https://fyll-i.example.com/kommunens-webbplats} or
 *       {@code kommunikation@fyll-i.example.com}: its path or user part, with hyphens read as spaces, says
 *       what to write.
 * </ul>
 */
public final class PlaceholderCheck implements Check {

    /** The Swedish mark of a placeholder text. */
    public static final String MARK_SV = "FYLL I:";

    /** The English mark of a placeholder text. */
    public static final String MARK_EN = "FILL IN:";

    /** The host of placeholder addresses. */
    public static final String HOST = "fyll-i.example.com";

    static final String ADDRESS = "address";

    /** Placeholder hosts: {@link #HOST}, or any name in the reserved domain {@code .invalid}. */
    private static final String HOSTS = "(?:fyll-i\\.example\\.com|[A-Za-z0-9.-]+\\.invalid)(?![A-Za-z0-9.-])";

    private static final Pattern INVALID_ADDRESS = Pattern.compile(
            "(?:https?://" + HOSTS + "(?:/([^\\s?#]*))?)|(?:([A-Za-z0-9._%+-]+)@" + HOSTS + ")",
            Pattern.CASE_INSENSITIVE);

    @Override
    public List<String> messageVariants() {
        return List.of(ADDRESS);
    }

    @Override
    public List<Violation> check(CheckContext context) {
        List<Violation> violations = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(context.document().root());
        List<Node.Scalar> scalars = new ArrayList<>();
        while (!pending.isEmpty()) {
            Node next = pending.pop();
            if (next instanceof Node.Scalar scalar) {
                scalars.add(scalar);
            } else if (next instanceof Node.Sequence sequence) {
                List<Node> items = sequence.items();
                for (int i = items.size() - 1; i >= 0; i--) {
                    pending.push(items.get(i));
                }
            } else if (next instanceof Node.Mapping mapping) {
                List<Node.Entry> entries = mapping.entries();
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.push(entries.get(i).value());
                }
            }
        }
        for (Node.Scalar scalar : scalars) {
            Optional<String> text = scalar.text();
            if (text.isEmpty()) {
                continue;
            }
            String value = text.get().strip();
            Optional<String> instruction = instruction(value);
            if (instruction.isPresent()) {
                violations.add(context.violation(scalar.location(), context.messageKey(), instruction.get()));
                continue;
            }
            Matcher address = INVALID_ADDRESS.matcher(value);
            if (address.find()) {
                String hint = address.group(1) != null ? address.group(1) : address.group(2);
                violations.add(context.violation(
                        scalar.location(), context.messageKey(ADDRESS), address.group(), words(hint)));
            }
        }
        return violations;
    }

    /** What a placeholder text asks for: the words after its mark, when it has one. */
    public static Optional<String> instruction(String value) {
        for (String mark : List.of(MARK_SV, MARK_EN)) {
            if (value.startsWith(mark)) {
                String rest = value.substring(mark.length()).strip();
                return Optional.of(rest.isEmpty() ? value : rest);
            }
        }
        return Optional.empty();
    }

    /** The hint of an address's path or user part, hyphens and slashes read as spaces. */
    private static String words(String hint) {
        if (hint == null || hint.isBlank()) {
            return "?";
        }
        return hint.replaceAll("[-_/.]+", " ").strip();
    }
}
