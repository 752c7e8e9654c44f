package io.github.somepolicy.rule.check;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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

    /** The longest prefix of a value looked at, in characters. */
    static final int MAX_CHARS = 64 * 1024;

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
            Optional<String[]> address = address(value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) : value);
            if (address.isPresent()) {
                violations.add(context.violation(
                        scalar.location(), context.messageKey(ADDRESS), address.get()[0], words(address.get()[1])));
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

    /**
     * The first placeholder address in a text, with its hint (the path of a web address, the user part of
     * an e-mail address). Found without regular expressions, in time linear in the text: each place a
     * placeholder host ends is looked at once, and the scans back from it never overlap.
     */
    static Optional<String[]> address(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String host : List.of(HOST, ".invalid")) {
            for (int at = lower.indexOf(host); at >= 0; at = lower.indexOf(host, at + 1)) {
                int end = at + host.length();
                if (end < value.length() && isHostChar(value.charAt(end))) {
                    continue;
                }
                int start = at;
                if (host.equals(HOST)) {
                    if (start > 0 && isHostChar(value.charAt(start - 1)) && value.charAt(start - 1) != '.') {
                        continue;
                    }
                }
                while (start > 0 && isHostChar(value.charAt(start - 1))) {
                    start--;
                }
                if (start > 0 && value.charAt(start - 1) == '@') {
                    int user = start - 1;
                    while (user > 0 && isUserChar(value.charAt(user - 1))) {
                        user--;
                    }
                    if (user < start - 1) {
                        return Optional.of(new String[] {value.substring(user, end), value.substring(user, start - 1)});
                    }
                } else if (lower.startsWith("://", start - 3)
                        && (lower.startsWith("http", start - 7) || lower.startsWith("https", start - 8))) {
                    int scheme = lower.startsWith("https", start - 8) ? start - 8 : start - 7;
                    int pathEnd = end;
                    if (pathEnd < value.length() && value.charAt(pathEnd) == '/') {
                        while (pathEnd < value.length() && " \t\n?#\"'<>".indexOf(value.charAt(pathEnd)) < 0) {
                            pathEnd++;
                        }
                    }
                    String path = pathEnd > end ? value.substring(end + 1, pathEnd) : "";
                    return Optional.of(new String[] {value.substring(scheme, pathEnd), path});
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isHostChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-');
    }

    private static boolean isUserChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    /** The hint of an address's path or user part, hyphens and slashes read as spaces. */
    private static String words(String hint) {
        if (hint == null || hint.isBlank()) {
            return "?";
        }
        return hint.replaceAll("[-_/.]+", " ").strip();
    }
}
