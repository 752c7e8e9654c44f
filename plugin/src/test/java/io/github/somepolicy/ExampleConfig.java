package io.github.somepolicy;

import java.nio.file.Path;

/** The repository's example configuration, which many tests check or read: {@code somepolicy.exampleConfig}. */
public final class ExampleConfig {

    private ExampleConfig() {}

    /** Its folder, absolute: {@code ../example-config} from the plugin module unless the property says otherwise. */
    public static Path root() {
        return Path.of(System.getProperty("somepolicy.exampleConfig", "../example-config"))
                .toAbsolutePath()
                .normalize();
    }
}
