package io.github.somepolicy.diff;

import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JsonPointers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the change report knows about a field of a configuration file, read from data rather than code: its
 * title in the reader's language, from the packaged JSON Schemas' {@code title} ({@code "English / Svenska"}),
 * and the review roles a change to it needs, from {@code review-roles.properties}.
 *
 * <p>A field is named by a token {@code field:<kind>:<pointer>}: the file kind and a JSON Pointer in which a
 * list item is written {@code [its name]} instead of its index, so that the title says which item changed.
 */
final class Fields {

    /** The prefix of a field token among a message's arguments. */
    static final String PREFIX = "field:";

    private static final String SCHEMAS = "/schemas/";
    private static final List<String> FILES =
            List.of("common.schema.json", "account.schema.json", "organisation.schema.json", "policy.schema.json");
    private static final String ROLES = "review-roles.properties";
    private static final String SEPARATOR = " › ";

    private static final Fields PACKAGED = new Fields();

    private final Map<String, JsonNode> schemas = new HashMap<>();
    private final List<RoleRule> roleRules = new ArrayList<>();

    private Fields() {
        ObjectMapper mapper = new ObjectMapper();
        for (String file : FILES) {
            try (InputStream in = Fields.class.getResourceAsStream(SCHEMAS + file)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the plugin: " + file);
                }
                schemas.put(file, mapper.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Properties roles = new Properties();
        try (InputStream in = Fields.class.getResourceAsStream(ROLES)) {
            if (in == null) {
                throw new IllegalStateException("review roles missing from the plugin: " + ROLES);
            }
            roles.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : roles.stringPropertyNames()) {
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (String id : roles.getProperty(key).split(",")) {
                Role role = Role.ofArea(id.strip());
                if (!role.id().equals(id.strip())) {
                    throw new IllegalStateException("unknown review role '" + id.strip() + "' for " + key);
                }
                set.add(role);
            }
            roleRules.add(new RoleRule(key, pattern(key), set));
        }
        roleRules.sort((a, b) -> Integer.compare(b.key.length(), a.key.length()));
    }

    /** The fields of the packaged schemas. */
    static Fields packaged() {
        return PACKAGED;
    }

    /** The token that names a field. */
    static String token(FileKind kind, String pointer) {
        return PREFIX + kind.id() + ":" + pointer;
    }

    /** A list item's token in a pointer: its name in brackets, escaped as a pointer token. */
    static String item(String name) {
        return JsonPointers.append("", "[" + name + "]").substring(1);
    }

    /**
     * The roles a change to a field needs, by the longest entry of {@code review-roles.properties} that
     * matches it; communications when none does.
     */
    Set<Role> roles(FileKind kind, String pointer) {
        String key = kind.id() + pointer;
        for (RoleRule rule : roleRules) {
            if (rule.pattern.matcher(key).matches()) {
                return EnumSet.copyOf(rule.roles);
            }
        }
        return EnumSet.of(Role.COMMUNICATIONS);
    }

    /** Whether the schema knows a field: every name on its way is a property, a map key or a list item. */
    boolean known(FileKind kind, String pointer) {
        return walk(kind, pointer).stream().allMatch(Segment::known);
    }

    /** The title of a field token in a language: the schema's titles on its way, joined; the token itself otherwise. */
    String render(String token, Locale locale) {
        if (!token.startsWith(PREFIX)) {
            return token;
        }
        String rest = token.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        Optional<FileKind> kind = colon < 0 ? Optional.empty() : FileKind.fromId(rest.substring(0, colon));
        if (kind.isEmpty()) {
            return token;
        }
        List<String> parts = new ArrayList<>();
        for (Segment segment : walk(kind.get(), rest.substring(colon + 1))) {
            String text = segment.title != null ? inLanguage(segment.title, locale) : segment.literal;
            if (!text.isEmpty()
                    && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(text))) {
                parts.add(text);
            }
        }
        return String.join(SEPARATOR, parts);
    }

    /** One language of a title written {@code "English / Svenska"}. */
    static String inLanguage(String title, Locale locale) {
        int slash = title.indexOf(" / ");
        if (slash < 0) {
            return title;
        }
        return "sv".equals(locale.getLanguage())
                ? title.substring(slash + 3).strip()
                : title.substring(0, slash).strip();
    }

    private List<Segment> walk(FileKind kind, String pointer) {
        List<Segment> segments = new ArrayList<>();
        Located current = new Located(kind.schemaFile(), schemas.get(kind.schemaFile()));
        if (pointer.isEmpty()) {
            return segments;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String token = JsonPointers.unescape(raw);
            boolean item = token.startsWith("[") && token.endsWith("]") && token.length() >= 2;
            if (current == null) {
                segments.add(new Segment(null, item ? token.substring(1, token.length() - 1) : token, false));
                continue;
            }
            current = resolve(current);
            if (item || token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
                Located items = child(current, "items");
                segments.add(new Segment(null, item ? token.substring(1, token.length() - 1) : token, items != null));
                current = items;
                continue;
            }
            Located property = property(current, token);
            if (property != null) {
                String title = title(property);
                segments.add(new Segment(title, token, true));
                current = property;
                continue;
            }
            Located mapValue = mapValue(current, token);
            segments.add(new Segment(null, token, mapValue != null));
            current = mapValue;
        }
        return segments;
    }

    private Located property(Located schema, String name) {
        JsonNode properties = schema.node.get("properties");
        if (properties != null && properties.has(name)) {
            return new Located(schema.file, properties.get(name));
        }
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode list = schema.node.get(combinator);
            if (list != null && list.isArray()) {
                for (JsonNode branch : list) {
                    Located found = property(resolve(new Located(schema.file, branch)), name);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        for (String branch : List.of("then", "else")) {
            Located found = child(schema, branch);
            if (found != null && (found = property(resolve(found), name)) != null) {
                return found;
            }
        }
        return null;
    }

    private Located mapValue(Located schema, String key) {
        JsonNode patterns = schema.node.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> entries =
                    patterns.properties().iterator();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (Pattern.compile(entry.getKey()).matcher(key).find()) {
                    return new Located(schema.file, entry.getValue());
                }
            }
        }
        JsonNode additional = schema.node.get("additionalProperties");
        return additional != null && additional.isObject() ? new Located(schema.file, additional) : null;
    }

    private static Located child(Located schema, String name) {
        JsonNode node = schema.node.get(name);
        return node != null && node.isObject() ? new Located(schema.file, node) : null;
    }

    private String title(Located schema) {
        JsonNode title = schema.node.get("title");
        if (title != null && title.isString()) {
            return title.asString();
        }
        Located resolved = resolve(schema);
        JsonNode referenced = resolved.node.get("title");
        return referenced != null && referenced.isString() ? referenced.asString() : null;
    }

    private Located resolve(Located schema) {
        Located current = schema;
        for (int hops = 0; hops < 16; hops++) {
            JsonNode ref = current.node.get("$ref");
            if (ref == null || !ref.isString()) {
                return current;
            }
            String value = ref.asString();
            int hash = value.indexOf('#');
            String file = hash == 0 ? current.file : hash < 0 ? value : value.substring(0, hash);
            JsonNode target = schemas.get(file);
            if (target == null) {
                return current;
            }
            if (hash >= 0) {
                target = target.at(value.substring(hash + 1));
            }
            if (target == null || target.isMissingNode()) {
                return current;
            }
            current = new Located(file, target);
        }
        return current;
    }

    private static Pattern pattern(String key) {
        StringBuilder regex = new StringBuilder();
        for (String part : key.split("(?=\\*)|(?<=\\*)")) {
            regex.append(part.equals("*") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "(/.*)?");
    }

    private record Located(String file, JsonNode node) {}

    private record Segment(String title, String literal, boolean known) {}

    private record RoleRule(String key, Pattern pattern, Set<Role> roles) {}
}
