package io.github.somepolicy.register;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.output.OutputDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes the {@linkplain PeopleReport people report} (Markdown and CSV) into a folder of its own. It
 * refuses a folder inside the configuration (other than under its {@code target/}) and a folder inside
 * the public register's, so that the report's personal data cannot be published with the register.
 */
public final class PeopleGenerator {

    /**
     * What was written.
     *
     * @param people how many people the report lists
     * @param written the files written
     */
    public record Result(int people, List<Path> written) {
        public Result {
            written = List.copyOf(written);
        }
    }

    /**
     * Reads the configuration and writes the report.
     *
     * @param directory the configuration root
     * @param output the folder to write {@code people.md} and {@code people.csv} to
     * @param registerDirectory the public register's folder, which the output may not lie in
     * @param today the date the report describes
     * @param locale the language of the report
     * @param limits the backstops against hostile files
     * @throws SomepolicyException when the folder is not allowed or a file cannot be written
     */
    public Result generate(
            Path directory, Path output, Path registerDirectory, LocalDate today, Locale locale, Limits limits)
            throws SomepolicyException {
        Path root = directory.toAbsolutePath().normalize();
        Path register = registerDirectory.toAbsolutePath().normalize();
        OutputDirectory target = RegisterGenerator.confine(output, root);
        if (target.path().startsWith(register)) {
            throw new SomepolicyException(Message.of("register.people.in-register", target.path(), register), null);
        }
        Messages messages = Messages.of(locale);
        try {
            Configuration configuration = Configuration.read(root, limits);
            PeopleReport report = PeopleReport.of(configuration);
            String municipality = configuration
                    .organisation()
                    .map(Document::root)
                    .flatMap(o -> Configuration.text(o, "/municipality/name"))
                    .orElse("");
            Path markdown = target.write(PeopleReport.MARKDOWN, report.markdown(messages, municipality, today));
            Path csv = target.write(PeopleReport.CSV, report.csv(messages));
            target.saveManifest();
            return new Result(report.size(), List.of(markdown, csv));
        } catch (OutputDirectory.RefusedException e) {
            throw new SomepolicyException(e.userMessage(), e);
        } catch (IOException e) {
            throw new SomepolicyException(
                    Message.of("register.write-failed", target.path(), String.valueOf(e.getMessage())), e);
        }
    }
}
