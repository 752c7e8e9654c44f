package io.github.somepolicy.register;

import io.github.somepolicy.model.Message;
import io.github.somepolicy.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a register run produced.
 *
 * @param report the validation report the run was gated on
 * @param register the public register
 * @param written the files written, public and internal
 * @param obligations the number of events in the obligations calendar
 * @param warnings choices made in place of the configuration's, for the build log
 */
public record RegisterResult(
        Report report, PublicRegister register, List<Path> written, int obligations, List<Message> warnings) {
    public RegisterResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(register, "register");
        written = List.copyOf(written);
        warnings = List.copyOf(warnings);
    }
}
