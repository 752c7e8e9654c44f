package io.github.somepolicy.diff;

import io.github.somepolicy.i18n.Messages;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The files a change report can be written as. */
public enum ChangeFormat {
    /** A compact Markdown summary for a pull-request comment. */
    MARKDOWN("markdown", "somepolicy-diff.md"),
    /** The whole report as JSON, described by {@code change-report.schema.json}. */
    JSON("json", "somepolicy-diff.json"),
    /** A CODEOWNERS-style fragment: each changed file and the reviewers of the roles it needs. */
    CODEOWNERS("codeowners", "somepolicy-codeowners");

    private final String id;
    private final String fileName;

    ChangeFormat(String id, String fileName) {
        this.id = id;
        this.fileName = fileName;
    }

    /** The id users write. */
    public String id() {
        return id;
    }

    /** The file it is written to in the report directory. */
    public String fileName() {
        return fileName;
    }

    /** Renders a report in this format. Pure: the same report and language give the same text. */
    public String render(ChangeReport report, Messages messages) {
        return switch (this) {
            case MARKDOWN -> ChangeMarkdown.render(report, messages);
            case JSON -> ChangeJson.render(report, messages);
            case CODEOWNERS -> CodeOwnersFragment.render(report, messages);
        };
    }

    /** The format with an id. */
    public static Optional<ChangeFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** All ids, comma-separated. */
    public static String ids() {
        return Arrays.stream(values()).map(ChangeFormat::id).collect(Collectors.joining(", "));
    }
}
