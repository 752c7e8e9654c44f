package io.github.somepolicy.register;

import io.github.somepolicy.register.PublicRegister.Account;
import io.github.somepolicy.register.PublicRegister.Contact;
import io.github.somepolicy.register.PublicRegister.Unit;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The register as JSON, described by {@code register.schema.json}: a pure function of the register. */
public final class RegisterJson {

    /** The schema of the format. */
    public static final String SCHEMA_ID = "https://somepolicy.github.io/schemas/v1/register.schema.json";

    private static final JsonMapper MAPPER =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private RegisterJson() {}

    /** The register as indented JSON ending in a line feed. */
    public static String write(PublicRegister register, Locale locale) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("$schema", SCHEMA_ID);
        root.put("formatVersion", 1);
        root.put("date", register.date().toString());
        root.put("language", locale.getLanguage());
        ObjectNode municipality = root.putObject("municipality");
        municipality.put("name", register.municipality().name());
        put(municipality, "website", register.municipality().website());
        put(municipality, "socialMediaPage", register.municipality().socialMediaPage());
        put(municipality, "registerUrl", register.municipality().registerUrl());
        ArrayNode units = root.putArray("units");
        for (Unit unit : register.units()) {
            ObjectNode node = units.addObject();
            node.put("id", unit.id());
            node.put("name", unit.name());
            put(node, "website", unit.website());
            node.set("contact", contact(f, unit.contact()));
        }
        ArrayNode accounts = root.putArray("accounts");
        register.active().forEach(a -> accounts.add(account(f, a, "active")));
        register.recentlyClosed().forEach(a -> accounts.add(account(f, a, "closed")));
        return MAPPER.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    }

    private static ObjectNode account(JsonNodeFactory f, Account account, String status) {
        ObjectNode node = f.objectNode();
        node.put("id", account.id());
        node.put("status", status);
        node.put("name", account.name());
        node.put("platform", account.platform());
        node.put("platformName", account.platformName());
        put(node, "handle", account.handle());
        put(node, "url", account.url());
        node.put("unit", account.unit().id());
        put(node, "purpose", account.purpose());
        put(node, "activated", account.activated().map(Object::toString));
        put(node, "closed", account.closed().map(Object::toString));
        return node;
    }

    private static ObjectNode contact(JsonNodeFactory f, Contact contact) {
        ObjectNode node = f.objectNode();
        put(node, "email", contact.email());
        put(node, "phone", contact.phone());
        put(node, "url", contact.url());
        return node;
    }

    private static void put(ObjectNode node, String name, Optional<String> value) {
        value.ifPresent(v -> node.put(name, v));
    }
}
