package io.github.somepolicy.register;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generates the public register, the records-plan extract and the obligations calendar from a
 * configuration. The configuration is validated first, and a configuration with findings at error level
 * is not published unless the request allows it. Every file is written atomically; nothing is written
 * into the configuration.
 */
public final class RegisterGenerator {

    private static final String BASE_NAME = "register";

    /** The register as JSON. */
    public static final String JSON = BASE_NAME + ".json";

    /** The register as CSV. */
    public static final String CSV = BASE_NAME + ".csv";

    /** The records-plan extract as CSV. */
    public static final String RECORDS_CSV = "records-plan.csv";

    /** The records-plan extract as Markdown. */
    public static final String RECORDS_MARKDOWN = "records-plan.md";

    /** The obligations calendar. */
    public static final String CALENDAR = "obligations.ics";

    /** The message key of the refusal to publish a configuration with errors. */
    public static final String REFUSED = "register.refused";

    private static final Set<String> LOGO_TYPES = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");
    private static final long MAX_LOGO_BYTES = 1024 * 1024;

    private final Validator validator;

    /** A generator with the packaged schemas and rules. */
    public RegisterGenerator() {
        this(new Validator());
    }

    RegisterGenerator(Validator validator) {
        this.validator = validator;
    }

    /**
     * Validates the configuration and writes every output.
     *
     * @throws SomepolicyException when the configuration has errors (and they are not allowed), when an
     *     output directory lies inside the configuration, or when an output cannot be written
     */
    public RegisterResult generate(RegisterRequest request) throws SomepolicyException {
        return publish(request, validate(request));
    }

    /**
     * Validates the configuration as {@code somepolicy:check} does, after checking that no output lies
     * inside it.
     *
     * @throws SomepolicyException when an output directory lies inside the configuration or the
     *     configuration cannot be read
     */
    public Report validate(RegisterRequest request) throws SomepolicyException {
        Path root = request.directory().toAbsolutePath().normalize();
        confine(request.outputDirectory(), root);
        confine(request.recordsDirectory(), root);
        return validator.validate(
                new ValidationRequest(root, request.today(), request.limits(), request.toolVersion()));
    }

    /** The number of findings at error level that no waiver covers. */
    public static long errors(Report report) {
        return report.findings().stream()
                .filter(f -> !f.waived() && f.severity() == Severity.ERROR)
                .count();
    }

    /**
     * Writes every output for a configuration that has been validated.
     *
     * @param report the configuration's validation report
     * @throws SomepolicyException when the report has errors and the request does not allow them, or when
     *     an output cannot be written
     */
    public RegisterResult publish(RegisterRequest request, Report report) throws SomepolicyException {
        Path root = request.directory().toAbsolutePath().normalize();
        OutputDirectory output = confine(request.outputDirectory(), root);
        OutputDirectory records = confine(request.recordsDirectory(), root);
        long errors = errors(report);
        if (errors > 0 && !request.allowErrors()) {
            throw new SomepolicyException(Message.of(REFUSED, errors), null);
        }
        Messages messages = Messages.of(request.locale());
        List<Path> written = new ArrayList<>();
        try {
            Configuration configuration = Configuration.read(root, request.limits());
            RegisterBuilder builder = new RegisterBuilder(messages, request.today(), request.recentlyClosedDays());
            PublicRegister register = builder.build(configuration);
            List<Message> warnings = new ArrayList<>(builder.warnings());

            Optional<String> logo = register.branding().logoFile();
            if (logo.isPresent()) {
                Optional<Path> copied = copyLogo(root, logo.get(), output, warnings);
                if (copied.isPresent()) {
                    written.add(copied.get());
                } else {
                    register = withoutLogoFile(register);
                }
            }
            Map<String, String> pages = new RegisterHtml(
                            messages, request.templateDirectory(), request.recentlyClosedDays())
                    .render(register);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                written.add(output.write(page.getKey(), page.getValue()));
            }
            written.add(output.write(JSON, RegisterJson.write(register, messages.locale())));
            written.add(output.write(CSV, RegisterCsv.write(register)));
            // Pages of units no longer listed would stay on the website: those the plugin wrote go.
            output.removeStale();
            output.saveManifest();

            List<List<String>> rows = RecordsPlan.rows(configuration, messages);
            String name = register.municipality().name();
            written.add(records.write(RECORDS_CSV, RecordsPlan.csv(rows, messages)));
            written.add(records.write(RECORDS_MARKDOWN, RecordsPlan.markdown(rows, messages, name, request.today())));
            Map<String, String> problems = new java.util.TreeMap<>();
            report.findings().stream()
                    .filter(f -> !f.waived() && f.severity() == Severity.ERROR)
                    .forEach(f -> problems.putIfAbsent(f.location().file(), f.ruleId()));
            List<Obligation> obligations = new Obligations(messages, request.today()).of(configuration, problems);
            String calendar = ICalendar.write(
                    messages.format("register.calendar.name", name),
                    domain(register),
                    messages.locale().getLanguage(),
                    request.today(),
                    obligations,
                    request.reminderDays());
            written.add(records.write(CALENDAR, calendar));
            records.saveManifest();
            return new RegisterResult(report, register, written, obligations.size(), warnings);
        } catch (OutputDirectory.RefusedException e) {
            throw new SomepolicyException(e.userMessage(), e);
        } catch (IOException e) {
            throw new SomepolicyException(
                    Message.of("register.write-failed", output.path(), String.valueOf(e.getMessage())), e);
        }
    }

    /** The name the logo gets next to the pages: {@code logo} and the file's own extension. */
    static String logoName(String file) {
        return "logo." + extension(file);
    }

    private static String extension(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Outputs may lie under the configuration's {@code target/} (never read), nowhere else inside it. */
    static OutputDirectory confine(Path directory, Path root) throws SomepolicyException {
        try {
            return OutputDirectory.confine(directory, root, OutputDirectory.UNDER_TARGET);
        } catch (OutputDirectory.RefusedException e) {
            throw new SomepolicyException(e.userMessage(), null);
        }
    }

    private static Optional<Path> copyLogo(Path root, String file, OutputDirectory output, List<Message> warnings)
            throws IOException {
        ReferenceResolver.Resolution resolution = new ReferenceResolver(root).resolve(file);
        if (resolution.status() != ReferenceResolver.Status.OK || !LOGO_TYPES.contains(extension(file))) {
            warnings.add(Message.of(
                    "register.warning.logo",
                    file,
                    String.join(", ", LOGO_TYPES.stream().sorted().toList())));
            return Optional.empty();
        }
        byte[] bytes = FileScanner.readBounded(resolution.path().orElseThrow(), MAX_LOGO_BYTES);
        return Optional.of(output.write(logoName(file), bytes));
    }

    private static PublicRegister withoutLogoFile(PublicRegister register) {
        PublicRegister.Branding b = register.branding();
        return new PublicRegister(
                register.municipality(),
                new PublicRegister.Branding(b.name(), b.primaryColor(), b.linkColor(), b.logoUrl(), Optional.empty()),
                register.units(),
                register.active(),
                register.recentlyClosed(),
                register.date());
    }

    private static String domain(PublicRegister register) {
        return register.municipality()
                .website()
                .map(w -> URI.create(w).getHost())
                .filter(h -> h != null && !h.isBlank())
                .map(h -> h.startsWith("www.") ? h.substring(4) : h)
                .orElse("somepolicy.invalid");
    }
}
