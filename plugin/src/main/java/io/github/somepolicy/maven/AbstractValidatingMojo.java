package io.github.somepolicy.maven;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that read and validate the configuration share beside {@link AbstractSomepolicyMojo}:
 * the date rules check against and the backstops on what is read.
 */
public abstract class AbstractValidatingMojo extends AbstractSomepolicyMojo {

    /**
     * The date that date-aware rules check against and that the goal's output describes, as
     * {@code YYYY-MM-DD} (for the change report, the same for both revisions). Defaults to the current
     * date; set it for reproducible output.
     */
    @Parameter(property = PropertyNames.TODAY)
    String today;

    /** The largest configuration file read, in bytes. */
    @Parameter(property = PropertyNames.MAX_FILE_BYTES, defaultValue = "1048576")
    long maxFileBytes;

    /** The most configuration files read in one run (for the change report, per revision). */
    @Parameter(property = PropertyNames.MAX_FILES, defaultValue = "100000")
    int maxFiles;

    /** The date to check against; stops with a message when it cannot be read. */
    protected final LocalDate date(Messages messages) throws MojoExecutionException {
        return MojoSupport.today(today, messages);
    }

    /** The backstops on what is read. */
    protected final Limits limits() {
        return MojoSupport.limits(maxFileBytes, maxFiles);
    }
}
