package io.github.somepolicy.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A log that keeps every line with its level, as Maven would print it, for the goals' tests. */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[info] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[warning] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[error] " + content);
    }
}
