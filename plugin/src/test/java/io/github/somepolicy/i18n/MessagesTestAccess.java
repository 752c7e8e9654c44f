package io.github.somepolicy.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

/** The English bundle's keys, for tests in other packages. */
public final class MessagesTestAccess {

    private MessagesTestAccess() {}

    public static Set<String> keys() {
        try {
            return MessagesTest.bundle("").stringPropertyNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
