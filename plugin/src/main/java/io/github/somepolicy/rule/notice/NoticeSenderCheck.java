package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * the notice says who runs the account. The municipality's name from {@code organisation.yaml}
 * ({@code municipality.name}) appears in it, also in the genitive ({@code Testby kommuns}); phrases the
 * policy gives under {@code notice-sender} count as well. With the parameter {@code requiredText}, such
 * as Örebro's {@code En verksamhet inom {municipality}}, that text must appear too, word for word
 * (case and line breaks aside), with {@code {municipality}} replaced by the name.
 */
final class NoticeSenderCheck extends NoticeCheck {

    static final String REQUIRED_TEXT = "required-text";
    private static final String PLACEHOLDER = "{municipality}";

    private final NoticePhrases phrases;
    private final String ruleId;

    NoticeSenderCheck(String ruleId, NoticePhrases phrases) {
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
        List<String> alternatives = phrases.phrases(ruleId, context.settings());
        if (name.isPresent() || !alternatives.isEmpty()) {
            List<String> names = new ArrayList<>();
            name.ifPresent(n -> {
                names.add(n);
                names.add(n + "s");
            });
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
        if (!required.isEmpty() && (name.isPresent() || !required.contains(PLACEHOLDER))) {
            String text = required.replace(PLACEHOLDER, name.orElse(""));
            if (!literal(context, List.of(text)).foundIn(found.text())) {
                violations.add(context.violation(found.at(), context.messageKey(REQUIRED_TEXT), text));
            }
        }
        return violations;
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
