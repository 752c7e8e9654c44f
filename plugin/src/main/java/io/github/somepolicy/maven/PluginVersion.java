package io.github.somepolicy.maven;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The plugin's version, from a resource filled in by the build. */
final class PluginVersion {

    static final String VALUE = read();

    private PluginVersion() {}

    private static String read() {
        try (InputStream in = PluginVersion.class.getResourceAsStream("/io/github/somepolicy/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
