package io.github.somepolicy.maven;

import io.github.somepolicy.model.VisibleText;
import io.github.somepolicy.rule.privacy.Redaction;
import org.apache.maven.plugin.logging.Log;

/**
 * The build log as every goal writes it: each line passes the redactor (no secret from the
 * configuration reaches the log, whatever message quotes it) and is neutralised (line breaks, escape
 * characters and CI command prefixes such as {@code ::error} shown as visible escapes), so that text from
 * the configuration can neither hide a secret in the log nor forge a line of its own.
 */
final class SafeLog implements Log {

    private final Log log;

    private SafeLog(Log log) {
        this.log = log;
    }

    /** The log, neutralising; a log that already is one is returned as it is. */
    static Log of(Log log) {
        return log instanceof SafeLog ? log : new SafeLog(log);
    }

    /** A line as it is printed. */
    static String line(CharSequence text) {
        return VisibleText.logLine(Redaction.redact(String.valueOf(text)));
    }

    @Override
    public boolean isDebugEnabled() {
        return log.isDebugEnabled();
    }

    @Override
    public void debug(CharSequence content) {
        if (log.isDebugEnabled()) {
            log.debug(line(content));
        }
    }

    @Override
    public void debug(CharSequence content, Throwable error) {
        if (log.isDebugEnabled()) {
            log.debug(line(content), error);
        }
    }

    @Override
    public void debug(Throwable error) {
        log.debug(error);
    }

    @Override
    public boolean isInfoEnabled() {
        return log.isInfoEnabled();
    }

    @Override
    public void info(CharSequence content) {
        log.info(line(content));
    }

    @Override
    public void info(CharSequence content, Throwable error) {
        log.info(line(content), error);
    }

    @Override
    public void info(Throwable error) {
        log.info(error);
    }

    @Override
    public boolean isWarnEnabled() {
        return log.isWarnEnabled();
    }

    @Override
    public void warn(CharSequence content) {
        log.warn(line(content));
    }

    @Override
    public void warn(CharSequence content, Throwable error) {
        log.warn(line(content), error);
    }

    @Override
    public void warn(Throwable error) {
        log.warn(error);
    }

    @Override
    public boolean isErrorEnabled() {
        return log.isErrorEnabled();
    }

    @Override
    public void error(CharSequence content) {
        log.error(line(content));
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        log.error(line(content), error);
    }

    @Override
    public void error(Throwable error) {
        log.error(error);
    }
}
