package io.github.somepolicy.register;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.output.HtmlTemplates;
import io.github.somepolicy.register.PublicRegister.Account;
import io.github.somepolicy.register.PublicRegister.Contact;
import io.github.somepolicy.register.PublicRegister.Unit;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The register as HTML pages, rendered by Pebble with automatic HTML escaping: {@code index.html} with
 * every listed account, and {@code units/<unit>.html} per unit. Templates in an override directory
 * replace the built-in ones of the same name ({@code layout.peb}, {@code index.peb}, {@code unit.peb},
 * {@code accounts.peb}, {@code contact.peb}).
 */
public final class RegisterHtml {

    /** The page with every listed account. */
    public static final String INDEX = "index.html";

    /** The folder of the unit pages. */
    public static final String UNITS = "units";

    /** The keys of the pages' fixed texts; a template reads {@code register.html.col-account} as {@code t.col_account}. */
    static final List<String> LABELS = List.of(
            "register.html.skip",
            "register.html.units",
            "register.html.active",
            "register.html.active-caption",
            "register.html.closed",
            "register.html.closed-caption",
            "register.html.none",
            "register.html.col-account",
            "register.html.col-platform",
            "register.html.col-unit",
            "register.html.col-purpose",
            "register.html.col-contact",
            "register.html.col-activated",
            "register.html.col-closed",
            "register.html.email",
            "register.html.phone",
            "register.html.contact-page",
            "register.html.no-contact",
            "register.html.unit-page",
            "register.html.breadcrumb",
            "register.html.about",
            "register.html.social-media-page",
            "register.html.downloads");

    private static final String PREFIX = "register.html.";
    private static final String TEMPLATES = "io/github/somepolicy/register/templates";

    private final PebbleEngine engine;
    private final Messages messages;
    private final DateTimeFormatter dates;
    private final int recentlyClosedDays;

    /**
     * A renderer.
     *
     * @param messages the language of the pages
     * @param templateDirectory templates that replace the built-in ones
     * @param recentlyClosedDays how long closed accounts are listed, for the pages' text
     */
    public RegisterHtml(Messages messages, Optional<Path> templateDirectory, int recentlyClosedDays) {
        this.messages = messages;
        this.recentlyClosedDays = recentlyClosedDays;
        this.dates = DateTimeFormatter.ofPattern("d MMMM uuuu", messages.locale());
        List<Loader<?>> loaders = new ArrayList<>();
        templateDirectory.ifPresent(dir -> {
            FileLoader files = new FileLoader(dir.toAbsolutePath().toString());
            files.setSuffix(HtmlTemplates.suffix());
            loaders.add(files);
        });
        loaders.add(HtmlTemplates.builtIn(RegisterHtml.class, TEMPLATES));
        this.engine = HtmlTemplates.engine(new DelegatingLoader(loaders), false);
    }

    /**
     * Renders every page.
     *
     * @return the pages by their path relative to the output directory, {@code /}-separated
     * @throws IOException when a template cannot be read or rendered
     */
    public Map<String, String> render(PublicRegister register) throws IOException {
        Map<String, String> pages = new LinkedHashMap<>();
        Map<String, Object> index = common(register, "");
        String name = register.municipality().name();
        index.put(
                "page",
                page(register)
                        .with("title", messages.format("register.html.title", name))
                        .with("heading", messages.format("register.html.heading", name))
                        .with("intro", messages.format("register.html.intro", name))
                        .with(
                                "count",
                                messages.format(
                                        "register.html.count", register.active().size()))
                        .map);
        index.put("units", register.units().stream().map(this::unit).toList());
        index.put("active", register.active().stream().map(this::account).toList());
        index.put(
                "closed", register.recentlyClosed().stream().map(this::account).toList());
        pages.put(INDEX, evaluate("index", index));
        for (Unit unit : register.units()) {
            Map<String, Object> context = common(register, "../");
            context.put(
                    "page",
                    page(register)
                            .with("title", messages.format("register.html.unit-title", unit.name(), name))
                            .with("heading", unit.name())
                            .with("intro", messages.format("register.html.unit-intro", unit.name(), name))
                            .with("allAccounts", messages.format("register.html.all", name))
                            .with("contactHeading", messages.format("register.html.contact-heading", unit.name()))
                            .with("activeCaption", messages.format("register.html.unit-active-caption", unit.name()))
                            .with("closedCaption", messages.format("register.html.unit-closed-caption", unit.name()))
                            .map);
            context.put("unit", unit(unit));
            context.put(
                    "active",
                    register.activeOf(unit).stream().map(this::account).toList());
            context.put(
                    "closed",
                    register.closedOf(unit).stream().map(this::account).toList());
            pages.put(unitHref(unit), evaluate("unit", context));
        }
        return pages;
    }

    /** The path of a unit's page, relative to the output directory. */
    public static String unitHref(Unit unit) {
        String slug = unit.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        if (slug.isEmpty() || slug.startsWith("-")) {
            slug = "unit" + slug;
        }
        return UNITS + "/" + slug + ".html";
    }

    private String evaluate(String template, Map<String, Object> context) throws IOException {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context, messages.locale());
        } catch (PebbleException e) {
            throw new IOException(e.getMessage(), e);
        }
        return out.toString();
    }

    private Map<String, Object> common(PublicRegister register, String home) {
        Map<String, Object> context = new HashMap<>();
        context.put("lang", messages.locale().getLanguage());
        context.put("home", home);
        Map<String, String> labels = new HashMap<>();
        for (String key : LABELS) {
            labels.put(key.substring(PREFIX.length()).replace('-', '_'), messages.format(key));
        }
        context.put("t", labels);
        Map<String, Object> brand = new HashMap<>();
        brand.put("name", register.branding().name());
        brand.put("primaryColor", register.branding().primaryColor());
        brand.put("linkColor", register.branding().linkColor());
        Optional<String> logo = register.branding()
                .logoFile()
                .map(file -> home + RegisterGenerator.logoName(file))
                .or(() -> register.branding().logoUrl());
        logo.ifPresent(l -> brand.put("logo", l));
        context.put("brand", brand);
        Map<String, Object> municipality = new HashMap<>();
        municipality.put("name", register.municipality().name());
        register.municipality().socialMediaPage().ifPresent(p -> municipality.put("socialMediaPage", p));
        register.municipality().website().ifPresent(p -> municipality.put("website", p));
        context.put("municipality", municipality);
        return context;
    }

    private Page page(PublicRegister register) {
        return new Page()
                .with(
                        "aboutText",
                        messages.format(
                                "register.html.about-text",
                                register.municipality().name()))
                .with("updated", messages.format("register.html.updated", date(register.date())))
                .with("closedIntro", messages.format("register.html.closed-intro", recentlyClosedDays));
    }

    private Map<String, Object> unit(Unit unit) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", unit.id());
        map.put("name", unit.name());
        map.put("href", unitHref(unit));
        unit.website().ifPresent(w -> map.put("website", w));
        map.put("contact", contact(unit.contact()));
        return map;
    }

    private static Map<String, Object> contact(Contact contact) {
        Map<String, Object> map = new HashMap<>();
        map.put("empty", contact.isEmpty());
        contact.email().ifPresent(e -> map.put("email", e));
        contact.phone().ifPresent(p -> {
            map.put("phone", p);
            map.put("tel", Links.tel(p));
        });
        contact.url().ifPresent(u -> map.put("url", u));
        return map;
    }

    private Map<String, Object> account(Account account) {
        Map<String, Object> map = new HashMap<>();
        map.put("id", account.id());
        map.put("name", account.name());
        map.put("platformName", account.platformName());
        account.handle().ifPresent(h -> map.put("handle", h));
        account.url().ifPresent(u -> map.put("url", u));
        map.put("unit", unit(account.unit()));
        map.put("purpose", account.purpose().orElse(""));
        account.activated().ifPresent(d -> {
            map.put("activated", d.toString());
            map.put("activatedText", date(d));
        });
        account.closed().ifPresent(d -> {
            map.put("closed", d.toString());
            map.put("closedText", date(d));
        });
        return map;
    }

    private String date(LocalDate date) {
        return dates.format(date);
    }

    /** The page-specific texts. */
    private static final class Page {
        private final Map<String, String> map = new HashMap<>();

        Page with(String key, String value) {
            map.put(key, value);
            return this;
        }
    }
}
