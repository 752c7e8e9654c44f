package io.github.somepolicy.register;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.model.Account.Field;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.register.PublicRegister.Account;
import io.github.somepolicy.register.PublicRegister.Branding;
import io.github.somepolicy.register.PublicRegister.Contact;
import io.github.somepolicy.register.PublicRegister.Municipality;
import io.github.somepolicy.register.PublicRegister.Unit;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the public register from the configuration by copying named public fields only. Planned and
 * internal accounts, and links to elected officials' own accounts (which are not the municipality's),
 * are never listed; a closed account is listed in its own section for the chosen number
 * of days after its closing date.
 */
final class RegisterBuilder {

    /** The header colour when none is set or the one set is too light for white text. */
    static final String DEFAULT_PRIMARY = "#1d4f91";

    private static final String WHITE = "#ffffff";
    private static final double MIN_CONTRAST = 4.5;

    private static final Map<String, String> PLATFORM_NAMES = Map.ofEntries(
            Map.entry("facebook", "Facebook"),
            Map.entry("instagram", "Instagram"),
            Map.entry("x", "X"),
            Map.entry("linkedin", "LinkedIn"),
            Map.entry("youtube", "YouTube"),
            Map.entry("tiktok", "TikTok"),
            Map.entry("threads", "Threads"),
            Map.entry("mastodon", "Mastodon"),
            Map.entry("bluesky", "Bluesky"),
            Map.entry("flickr", "Flickr"),
            Map.entry("vimeo", "Vimeo"),
            Map.entry("snapchat", "Snapchat"),
            Map.entry("pinterest", "Pinterest"));

    private final Messages messages;
    private final LocalDate today;
    private final int recentlyClosedDays;
    private final List<Message> warnings = new ArrayList<>();

    RegisterBuilder(Messages messages, LocalDate today, int recentlyClosedDays) {
        this.messages = messages;
        this.today = today;
        this.recentlyClosedDays = recentlyClosedDays;
    }

    /** What the build should hear about: choices the builder made in place of the configuration's. */
    List<Message> warnings() {
        return List.copyOf(warnings);
    }

    PublicRegister build(Configuration configuration) {
        Optional<Document> organisation = configuration.organisation();
        Optional<Node> org = organisation.map(Document::root);
        String municipalityName = org.flatMap(o -> Configuration.text(o, Organisation.Field.MUNICIPALITY_NAME))
                .orElse("");
        Municipality municipality = new Municipality(
                municipalityName,
                org.flatMap(o -> Configuration.text(o, Organisation.Field.MUNICIPALITY_WEBSITE))
                        .flatMap(Links::web),
                org.flatMap(o -> Configuration.text(o, Organisation.Field.SOCIAL_MEDIA_PAGE))
                        .flatMap(Links::web),
                org.flatMap(o -> Configuration.text(o, Organisation.Field.REGISTER_URL))
                        .flatMap(Links::web));
        Map<String, Unit> units = units(org);
        Contact fallback = org.flatMap(o -> Configuration.text(o, Organisation.Field.COMMUNICATIONS_UNIT))
                .map(units::get)
                .map(Unit::contact)
                .orElse(Contact.NONE);

        Collator collator = Collator.getInstance(messages.locale());
        List<Account> active = new ArrayList<>();
        List<Account> closed = new ArrayList<>();
        for (Document document : configuration.accounts()) {
            io.github.somepolicy.model.Account view = io.github.somepolicy.model.Account.of(document);
            // a link to an elected official's own account is not the municipality's
            if (view.internal() || view.electedOfficial()) {
                continue;
            }
            String status = Configuration.text(document, Field.STATUS).orElse("");
            Optional<LocalDate> closedOn =
                    Configuration.text(document, Field.CLOSED).flatMap(Scalars::date);
            boolean listedActive = status.equals("active");
            boolean listedClosed = status.equals("closed")
                    && closedOn.isPresent()
                    && !closedOn.get().isAfter(today)
                    && !closedOn.get().plusDays(recentlyClosedDays).isBefore(today);
            if (!listedActive && !listedClosed) {
                continue;
            }
            String unitId = Configuration.text(document, Field.UNIT).orElse("");
            Unit unit = units.getOrDefault(unitId, new Unit(unitId, unitId, Optional.empty(), Contact.NONE));
            if (unit.contact().isEmpty() && !fallback.isEmpty()) {
                unit = new Unit(unit.id(), unit.name(), unit.website(), fallback);
            }
            Account account = account(document, unit, listedClosed ? closedOn : Optional.empty());
            (listedActive ? active : closed).add(account);
        }
        Comparator<Account> byUnitAndName = Comparator.<Account, String>comparing(
                        a -> a.unit().name(), collator)
                .thenComparing(Account::name, collator)
                .thenComparing(Account::id);
        active.sort(byUnitAndName);
        closed.sort(Comparator.<Account, LocalDate>comparing(a -> a.closed().orElseThrow())
                .reversed()
                .thenComparing(byUnitAndName));

        Map<String, Unit> listed = new LinkedHashMap<>();
        List<Account> all = new ArrayList<>(active);
        all.addAll(closed);
        all.stream()
                .map(Account::unit)
                .sorted(Comparator.comparing(Unit::name, collator).thenComparing(Unit::id))
                .forEach(u -> listed.putIfAbsent(u.id(), u));
        return new PublicRegister(
                municipality, branding(org, municipalityName), List.copyOf(listed.values()), active, closed, today);
    }

    private Map<String, Unit> units(Optional<Node> org) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Optional<Node> node = org.flatMap(o -> o.at(Organisation.Field.UNITS.pointer()));
        if (node.isPresent() && node.get() instanceof Node.Mapping mapping) {
            for (Node.Entry entry : mapping.entries()) {
                Node unit = entry.value();
                units.put(
                        entry.key(),
                        new Unit(
                                entry.key(),
                                Configuration.text(unit, "/name").orElse(entry.key()),
                                Configuration.text(unit, "/website").flatMap(Links::web),
                                new Contact(
                                        Configuration.text(unit, "/contact/email")
                                                .flatMap(Links::email),
                                        Configuration.text(unit, "/contact/phone"),
                                        Configuration.text(unit, "/contact/url").flatMap(Links::web))));
            }
        }
        return units;
    }

    private Account account(Document document, Unit unit, Optional<LocalDate> closed) {
        String file = document.file();
        String id = file.startsWith("accounts/") ? file.substring("accounts/".length()) : file;
        id = id.replaceFirst("\\.ya?ml$", "");
        String platform = Configuration.text(document, Field.PLATFORM).orElse("other");
        return new Account(
                id,
                Configuration.text(document, Field.NAME).orElse(id),
                platform,
                platformName(platform, messages),
                Configuration.text(document, Field.HANDLE),
                Configuration.text(document, Field.URL).flatMap(Links::web),
                unit,
                Configuration.text(document, Field.PURPOSE_DESCRIPTION),
                Configuration.text(document, Field.ACTIVATED).flatMap(Scalars::date),
                closed);
    }

    /** A platform's name as people write it, such as {@code LinkedIn}. */
    static String platformName(String platform, Messages messages) {
        if (platform.equals("blog")) {
            return messages.format("register.platform.blog");
        }
        String name = PLATFORM_NAMES.get(platform);
        return name != null ? name : messages.format("register.platform.other");
    }

    private Branding branding(Optional<Node> org, String municipalityName) {
        Optional<Node> branding = org.flatMap(o -> o.at(Organisation.Field.BRANDING.pointer()));
        String name = branding.flatMap(b -> Configuration.text(b, "/name")).orElse(municipalityName);
        Optional<String> configured = branding.flatMap(b -> Configuration.text(b, "/primaryColor"));
        String primary = configured.flatMap(Links::color).orElse(DEFAULT_PRIMARY);
        if (Links.contrast(primary, WHITE) < MIN_CONTRAST) {
            warnings.add(Message.of(
                    "register.warning.contrast",
                    "branding.primaryColor",
                    primary,
                    String.format(java.util.Locale.ROOT, "%.1f", Links.contrast(primary, WHITE)),
                    DEFAULT_PRIMARY));
            primary = DEFAULT_PRIMARY;
        }
        Optional<String> configuredLink = branding.flatMap(b -> Configuration.text(b, "/linkColor"));
        String link = configuredLink.flatMap(Links::color).orElse(primary);
        if (Links.contrast(link, WHITE) < MIN_CONTRAST) {
            warnings.add(Message.of(
                    "register.warning.contrast",
                    "branding.linkColor",
                    link,
                    String.format(java.util.Locale.ROOT, "%.1f", Links.contrast(link, WHITE)),
                    primary));
            link = primary;
        }
        return new Branding(
                name,
                primary,
                link,
                branding.flatMap(b -> Configuration.text(b, "/logoUrl")).flatMap(Links::web),
                branding.flatMap(b -> Configuration.text(b, "/logo")));
    }
}
