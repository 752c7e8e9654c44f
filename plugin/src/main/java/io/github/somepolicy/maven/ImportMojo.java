package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.init.AccountImport;
import io.github.somepolicy.init.Scaffold;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Reads the list of accounts a municipality already keeps (CSV: the public register's columns or their
 * Swedish names; UTF-8 or Windows-1252, separated by commas or semicolons) and writes one account file
 * per row under {@code accounts/<unit>/}, with a placeholder for everything the list does not say. A bad
 * row is reported with its CSV line and column, and then nothing is written. An account file that
 * exists is never replaced.
 */
@Mojo(name = ImportMojo.GOAL_NAME, requiresProject = false, threadSafe = true)
public final class ImportMojo extends AbstractSomepolicyMojo {

    /** The goal's name. */
    public static final String GOAL_NAME = "import";

    /** The CSV file to read. */
    @Parameter(property = PropertyNames.IMPORT_FILE)
    File file;

    /**
     * The CSV file's character set, such as {@code UTF-8} or {@code windows-1252}. By default a byte-order
     * mark or valid UTF-8 means UTF-8, and anything else is read as Windows-1252 (Excel's "CSV" in Swedish
     * Windows).
     */
    @Parameter(property = PropertyNames.IMPORT_ENCODING)
    String encoding;

    /** The date written where a date is needed and the list gives none, as {@code YYYY-MM-DD}. */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    private static final Pattern EXTENDS = Pattern.compile("(?m)^extends:\\s*([a-z0-9-]+)\\s*$");

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Messages messages = messages();
        LocalDate date = MojoSupport.today(today, messages);
        Path root = root().toAbsolutePath().normalize();
        if (file == null || !Files.isRegularFile(file.toPath())) {
            throw new MojoExecutionException(
                    messages.format("mojo.import.no-file", file == null ? "-" : file, PropertyNames.IMPORT_FILE));
        }
        Optional<Charset> charset;
        try {
            charset = encoding == null || encoding.isBlank()
                    ? Optional.empty()
                    : Optional.of(Charset.forName(encoding.strip()));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(messages.format("mojo.import.bad-encoding", encoding));
        }
        byte[] bytes;
        try {
            if (Files.size(file.toPath()) > 16L * 1024 * 1024) {
                throw new MojoExecutionException(messages.format("mojo.import.too-large", file));
            }
            bytes = Files.readAllBytes(file.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(messages.format("mojo.import.unreadable", e.getMessage()), e);
        }
        AccountImport.Result result = AccountImport.read(bytes, charset);
        Path csv = file.toPath().toAbsolutePath().normalize();
        String shown = (csv.startsWith(root) ? root.relativize(csv) : csv).toString();
        for (String column : result.unread()) {
            getLog().warn(messages.format("mojo.import.unread-column", shown, column));
        }
        if (!result.problems().isEmpty()) {
            for (AccountImport.Problem problem : result.problems()) {
                getLog().error(shown + ":" + problem.line() + ":" + Math.max(1, problem.column()) + ": error [import] "
                        + messages.render(problem.message()));
            }
            throw new MojoFailureException(
                    messages.format("mojo.import.failed", result.problems().size(), shown));
        }
        String profile = profile(root);
        List<String> written = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (AccountImport.Account account : result.accounts()) {
            Path target = root.resolve(account.path());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(account.path());
                getLog().warn(messages.format("mojo.import.kept", account.path(), shown, account.line()));
                continue;
            }
            byte[] content = Scaffold.account(account.fields(), date, profile);
            try {
                createFolders(root, target.getParent());
                Files.write(target, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                written.add(account.path());
            } catch (FileAlreadyExistsException e) {
                kept.add(account.path());
            } catch (IOException e) {
                throw new MojoExecutionException(
                        messages.format("mojo.import.write-failed", target, e.getMessage()), e);
            }
        }
        for (String path : written) {
            getLog().info(messages.format("mojo.import.written", path));
        }
        getLog().info(messages.format(
                "mojo.import.done",
                written.size(),
                shown,
                result.charset().displayName(),
                String.valueOf(result.delimiter()),
                kept.size()));
    }

    /** The profile somepolicy.yaml extends, for what the account shows; {@code baseline} when there is none. */
    private static String profile(Path root) {
        try {
            Matcher matcher = EXTENDS.matcher(Files.readString(root.resolve("somepolicy.yaml")));
            return matcher.find() ? matcher.group(1) : "baseline";
        } catch (IOException | RuntimeException e) {
            return "baseline";
        }
    }

    private static void createFolders(Path root, Path folder) throws IOException {
        Path current = root;
        for (Path part : root.relativize(folder)) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw new IOException("a link, not a folder: " + current);
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
    }
}
