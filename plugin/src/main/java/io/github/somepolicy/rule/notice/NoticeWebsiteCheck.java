package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * R-40: the notice links to the municipality's official website, {@code municipality.website} in
 * {@code organisation.yaml}: its host name appears, with or without {@code https://} and {@code www.},
 * and not as part of another host name or an e-mail address. With the parameter
 * {@code requireSocialMediaPage} the notice also links to {@code municipality.socialMediaPage}, host and
 * path. What the organisation does not state cannot be asked for.
 */
final class NoticeWebsiteCheck extends NoticeCheck {

    static final String SOCIAL_MEDIA_PAGE = "social-media-page";

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final String BEFORE = "(?<![\\p{L}\\p{N}.@/_-])(?:https?://)?(?:www\\.)?";

    /**
     * An address reduced to what is compared.
     *
     * @param host the host name in lower case, without {@code www.}
     * @param path the path without a trailing slash, empty for the site itself
     */
    record Address(String host, String path) {}

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (!(reading instanceof NoticeText.Found found)) {
            return List.of();
        }
        Optional<Document> organisation = context.organisation();
        if (organisation.isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Optional<String> website = text(organisation.get(), Organisation.Field.MUNICIPALITY_WEBSITE);
        Optional<Address> site = website.flatMap(NoticeWebsiteCheck::address);
        if (site.isPresent() && !linksTo(found.text(), new Address(site.get().host(), ""))) {
            violations.add(context.violation(found.at(), context.messageKey(), website.get()));
        }
        if (context.booleanParameter("requireSocialMediaPage", false)) {
            Optional<String> page = text(organisation.get(), Organisation.Field.SOCIAL_MEDIA_PAGE);
            Optional<Address> pageAddress = page.flatMap(NoticeWebsiteCheck::address);
            if (pageAddress.isPresent() && !linksTo(found.text(), pageAddress.get())) {
                violations.add(context.violation(found.at(), context.messageKey(SOCIAL_MEDIA_PAGE), page.get()));
            }
        }
        return violations;
    }

    /** Whether a normalised text holds a link to an address. */
    static boolean linksTo(String normalisedText, Address address) {
        int first = normalisedText.indexOf(address.host());
        if (first < 0) {
            return false;
        }
        // A link starts at most "https://www." before its host: the search starts there, seeing what lies
        // before it for the look-behind.
        return linkPattern(address)
                .matcher(normalisedText)
                .useTransparentBounds(true)
                .region(Math.max(0, first - "https://www.".length()), normalisedText.length())
                .find();
    }

    private static final Map<Address, Pattern> LINK_PATTERNS = new ConcurrentHashMap<>();

    /** The expression of a link to an address; the few addresses of a configuration are compiled once. */
    private static Pattern linkPattern(Address address) {
        if (LINK_PATTERNS.size() > 256) {
            LINK_PATTERNS.clear();
        }
        return LINK_PATTERNS.computeIfAbsent(address, a -> {
            String after = a.path().isEmpty()
                    ? "(?![\\p{L}\\p{N}_-]|\\.[\\p{L}\\p{N}])"
                    : Pattern.quote(a.path()) + "/?(?![\\p{L}\\p{N}_/-]|\\.[\\p{L}\\p{N}])";
            return Pattern.compile(BEFORE + Pattern.quote(a.host()) + after);
        });
    }

    /** The host and path of an address as written in the configuration, empty when there is no host. */
    static Optional<Address> address(String url) {
        String value = Normalizer.normalize(url.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        value = SCHEME.matcher(value).replaceFirst("");
        int end = indexOfAny(value, "/?#");
        String authority = end < 0 ? value : value.substring(0, end);
        String rest = end < 0 ? "" : value.substring(end);
        int query = indexOfAny(rest, "?#");
        String path = query < 0 ? rest : rest.substring(0, query);
        authority = authority.substring(authority.lastIndexOf('@') + 1).replaceFirst(":[0-9]*$", "");
        String host = authority.endsWith(".") ? authority.substring(0, authority.length() - 1) : authority;
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (host.isEmpty() || !host.matches("[\\p{L}\\p{N}.-]+")) {
            return Optional.empty();
        }
        return Optional.of(new Address(host, path));
    }

    @Override
    public List<String> messageVariants() {
        return List.of(SOCIAL_MEDIA_PAGE);
    }

    private static Optional<String> text(Document document, Organisation.Field field) {
        return Organisation.of(document).text(field).map(String::strip).filter(t -> !t.isEmpty());
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
