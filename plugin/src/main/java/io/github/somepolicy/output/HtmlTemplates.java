package io.github.somepolicy.output;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.Loader;

/**
 * How the plugin's HTML pages are made from Pebble templates ({@code .peb}): every value escaped as HTML
 * unless a template says otherwise, line breaks after tags trimmed, templates read afresh on each run.
 */
public final class HtmlTemplates {

    private static final String SUFFIX = ".peb";

    private HtmlTemplates() {}

    /**
     * The templates the plugin brings, in a folder on its class path, named without their suffix.
     *
     * @param owner a class of the plugin, whose class loader reads them
     * @param folder the folder, such as {@code io/github/somepolicy/register/templates}
     */
    public static ClasspathLoader builtIn(Class<?> owner, String folder) {
        ClasspathLoader loader = new ClasspathLoader(owner.getClassLoader());
        loader.setPrefix(folder);
        loader.setSuffix(SUFFIX);
        return loader;
    }

    /** The suffix of a template's file name. */
    public static String suffix() {
        return SUFFIX;
    }

    /**
     * An engine over the given templates.
     *
     * @param loader where the templates are read
     * @param strictVariables whether a template naming a value the page does not have fails
     */
    public static PebbleEngine engine(Loader<?> loader, boolean strictVariables) {
        return new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .defaultEscapingStrategy("html")
                .strictVariables(strictVariables)
                .newLineTrimming(true)
                .cacheActive(false)
                .build();
    }
}
