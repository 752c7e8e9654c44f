package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The notice files the accounts refer to ({@code notice.file}), for the privacy rules: a notice is
 * published to visitors, so it is searched as the YAML is. Each file is searched once a run, by the rule
 * of whichever account refers to it first; its findings are placed at the file's own lines.
 */
final class NoticeFiles {

    /** The largest notice file searched, as the notice rules read it. */
    private static final long MAX_BYTES = 1024 * 1024;

    private NoticeFiles() {}

    /**
     * One line of a notice file.
     *
     * @param text the line
     * @param location where it starts
     */
    record Line(String text, Location location) {}

    /** The lines of the account's notice file, when this rule has not searched that file yet this run. */
    static List<Line> unsearched(CheckContext context, String rule) {
        Optional<String> file = context.document()
                .root()
                .at("/notice/file")
                .flatMap(Node::text)
                .map(String::strip)
                .filter(t -> !t.isEmpty());
        if (file.isEmpty()) {
            return List.of();
        }
        Set<String> searched = context.configuration().shared(new Searched(rule), k -> ConcurrentHashMap.newKeySet());
        ReferenceResolver.Resolution resolution =
                new ReferenceResolver(context.configuration().root()).resolve(file.get());
        if (resolution.status() != ReferenceResolver.Status.OK
                || !searched.add(resolution.path().orElseThrow().toString())) {
            return List.of();
        }
        Optional<String> content = ReferenceResolver.readText(resolution.path().orElseThrow(), MAX_BYTES);
        if (content.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        String[] split = content.get().split("\r\n|\r|\n", -1);
        for (int i = 0; i < split.length; i++) {
            if (!split[i].isBlank()) {
                lines.add(new Line(
                        split[i],
                        Location.at(file.get(), new SourcePosition(i + 1, 1)).withPointer("")));
            }
        }
        return lines;
    }

    /** The key of the files a rule has searched this run. */
    private record Searched(String rule) {}
}
