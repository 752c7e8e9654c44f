package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.report.Text;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A CODEOWNERS-style fragment: one line per changed file, with the reviewers of the roles it needs.
 * Paths start at the repository's top; characters with a meaning in patterns are escaped, and a path
 * that cannot be written safely on one line becomes a comment.
 */
final class CodeOwnersFragment {

    private CodeOwnersFragment() {}

    static String render(ChangeReport report, Messages messages) {
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(Text.oneLine(messages.format(
                        "diff.codeowners.header",
                        report.base().ref(),
                        report.base().shortCommit())))
                .append('\n');
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(report.codeOwners()).entrySet()) {
            String path = entry.getKey();
            boolean writable = path.codePoints().noneMatch(c -> c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029);
            if (!writable || entry.getValue().isEmpty()) {
                out.append("# ")
                        .append(Text.oneLine(path))
                        .append(": ")
                        .append(messages.format("diff.codeowners.no-owners"))
                        .append('\n');
                continue;
            }
            out.append('/').append(pattern(path));
            entry.getValue().forEach(owner -> out.append(' ').append(owner));
            out.append('\n');
        }
        return out.toString();
    }

    private static String pattern(String path) {
        StringBuilder out = new StringBuilder();
        path.codePoints().forEach(c -> {
            if (" #*?[]!\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }
}
