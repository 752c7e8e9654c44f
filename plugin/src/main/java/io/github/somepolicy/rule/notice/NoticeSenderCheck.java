package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * the notice says who runs the account. The municipality's name from {@code organisation.yaml}
 * ({@code municipality.name}) appears in it, also in the genitive ({@code Testby kommuns}); phrases the
 * policy gives under {@code notice-sender} count as well. With the parameter {@code requiredText}, such
 * as Örebro's {@code En verksamhet inom {municipality}}, that text must appear too, word for word
 * (case and line breaks aside), with {@code {municipality}} replaced by the name. The parameter
 * {@code requiredTextScopes} limits that text to accounts whose {@code scope} is in the list (an account
 * without a scope counts as {@code unit}); Örebro asks it only of units, not of the municipality's own
 * municipality-wide accounts. Without the parameter the text is asked of every account.
 */
final class NoticeSenderCheck extends NoticeCheck {

    static final String REQUIRED_TEXT = "required-text";
    private static final String PLACEHOLDER = "{municipality}";

    private final Supplier<NoticePhrases> phrases;
    private final String ruleId;

    NoticeSenderCheck(String ruleId, Supplier<NoticePhrases> phrases) {
        this.ruleId = ruleId;
        this.phrases = phrases;
    }

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (!(reading instanceof NoticeText.Found found)) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>();
        Optional<String> name = context.municipalityName().map(String::strip).filter(n -> !n.isEmpty());
        List<String> alternatives = phrases.get().phrases(ruleId, context.settings());
        if (name.isPresent() || !alternatives.isEmpty()) {
            List<String> names = new ArrayList<>();
            name.ifPresent(n -> names.addAll(names(n)));
            boolean named = literal(context, names).foundIn(found.text())
                    || compiled(alternatives).foundIn(found.text());
            if (!named) {
                List<String> shown = new ArrayList<>();
                name.ifPresent(shown::add);
                alternatives.stream().limit(2).forEach(shown::add);
                violations.add(context.violation(
                        found.at(),
                        context.messageKey(),
                        name.orElseGet(() -> Phrases.display(alternatives.get(0))),
                        NoticePhrases.quoted(shown, alternatives.size() > 2)));
            }
        }
        String required = context.stringParameter("requiredText", "").strip();
        if (!required.isEmpty() && (name.isPresent() || !required.contains(PLACEHOLDER)) && requiredOfScope(context)) {
            String text = required.replace(PLACEHOLDER, name.orElse(""));
            if (!literal(context, List.of(text)).foundIn(found.text())) {
                violations.add(context.violation(found.at(), context.messageKey(REQUIRED_TEXT), text));
            }
        }
        return violations;
    }

    /** Whether the required text applies to the account's scope under {@code requiredTextScopes}. */
    private static boolean requiredOfScope(CheckContext context) {
        if (!(context.parameters().get("requiredTextScopes") instanceof List<?>)) {
            return true;
        }
        String scope = context.at(io.github.somepolicy.model.Account.Field.SCOPE)
                .flatMap(io.github.somepolicy.model.Node::text)
                .orElse("unit");
        return context.stringListParameter("requiredTextScopes").contains(scope);
    }

    /**
     * The ways a notice names the municipality: its name as in {@code organisation.yaml}, in the genitive,
     * and its core name (without {@code kommun} or {@code stad}, with or without the genitive s, its English
     * name from {@code exonyms} in {@code notice-concepts.yaml}, and without diacritics) with the Swedish and
     * English words for a municipality: "Lunds kommun", "Lund Municipality", "City of Gothenburg".
     */
    static List<String> names(String name) {
        List<String> names = new ArrayList<>(List.of(name, name + "s"));
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "(?iu)^(.+?) (kommun|stad|municipality|city)$")
                .matcher(name.strip());
        if (!matcher.matches()) {
            return names;
        }
        java.util.Set<String> cores = new java.util.LinkedHashSet<>();
        String core = matcher.group(1).strip();
        cores.add(core);
        if (core.endsWith("s") && core.length() > 3) {
            cores.add(core.substring(0, core.length() - 1));
        }
        for (String one : List.copyOf(cores)) {
            NoticeConcepts.builtIn().exonym(one).ifPresent(cores::add);
            String folded = java.text.Normalizer.normalize(one, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            cores.add(folded);
        }
        for (String one : cores) {
            for (String word : List.of("kommun", "kommuns", "stad", "stads", "municipality", "city", "city council")) {
                names.add(one + " " + word);
                names.add(one + "s " + word);
            }
            for (String word : List.of("city of", "municipality of", "town of")) {
                names.add(word + " " + one);
            }
        }
        return names;
    }

    /** Literal phrases compiled once per run: every account of a municipality names the same one. */
    private static Phrases literal(CheckContext context, List<String> phrases) {
        return context.configuration()
                .shared(new LiteralPhrases(List.copyOf(phrases)), key -> Phrases.literal(key.phrases()));
    }

    /** The key of compiled literal phrases among the values a run shares. */
    private record LiteralPhrases(List<String> phrases) {}

    @Override
    public List<String> messageVariants() {
        return List.of(REQUIRED_TEXT);
    }
}
