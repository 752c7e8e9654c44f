package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.CheckContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A notice rule about what the notice says: one topic (such as that posts become public records), or a
 * list of items checked one by one (such as each kind of content that must not be posted). A topic or item
 * is covered when one sentence, heading or list item of the notice matches one of its concept's patterns
 * ({@code notice-concepts.yaml}), or one the policy adds under {@code phrases} with the same key, within
 * the context the concept asks for; some items are also covered by a pattern on the raw text, such as an
 * e-mail address for a way to get in touch. A notice in a language the analysis does not know is left to
 * {@code notice-language}.
 *
 * <p>A missing topic of a shared notice file is reported at the file (its first heading), with the
 * account as a related place; the engine makes one finding of all the accounts that share the file. An
 * account whose own text supplies the topic is not reported. A rule with items has the parameter
 * {@code items}, the item ids to check (all when it is not set; none when it is an empty list). An item
 * the check knows a message variant for is reported with it; the others with the rule's main message,
 * whose second argument names the item as a term of the bundle ({@code term.<rule id>.<item>}).
 *
 * <p>With the parameter {@code linkSatisfies} set to {@code true}, a notice that links to the
 * municipality's page about social media ({@code municipality.socialMediaPage} in
 * {@code organisation.yaml}, host and path) satisfies the rule: that page states the topic for every
 * account, as Örebro's guideline allows ("text att använda eller länka till").
 */
final class NoticeTopicCheck extends NoticeCheck {

    /** The message variant of a notice that names too few kinds of content that must not be posted. */
    static final String KINDS = "kinds";

    private final String ruleId;
    private final Set<String> variantItems;
    private final Map<String, List<Pattern>> patterns;
    private final Supplier<NoticePhrases> phrases;
    private volatile List<String> items;

    /**
     * A check for one rule.
     *
     * @param ruleId the rule id, which is also the key of its concept
     * @param variantItems the items reported with a message variant of their own
     * @param patterns patterns on the normalised text that also cover an item, by item id
     * @param phrases the topic keys and the policy's phrases, read when a notice is first checked
     */
    NoticeTopicCheck(
            String ruleId,
            List<String> variantItems,
            Map<String, List<Pattern>> patterns,
            Supplier<NoticePhrases> phrases) {
        this.ruleId = ruleId;
        this.variantItems = new LinkedHashSet<>(variantItems);
        this.patterns = Map.copyOf(patterns);
        this.phrases = phrases;
    }

    /** The rule's items, by the concepts' keys: read once, when a notice is first checked. */
    List<String> items() {
        List<String> known = items;
        if (known == null) {
            known = phrases.get().items(ruleId);
            if (!known.containsAll(variantItems)) {
                throw new IllegalStateException("unknown items among " + variantItems + " of " + ruleId);
            }
            items = known;
        }
        return known;
    }

    @Override
    List<Violation> check(CheckContext context, NoticeText.Reading reading) {
        if (!(reading instanceof NoticeText.Found found)) {
            return List.of();
        }
        Notice notice = notice(context, found);
        if (!notice.knownLanguage() || linksToSocialMediaPage(context, found)) {
            return List.of();
        }
        List<String> items = items();
        if (items.isEmpty()) {
            return covered(ruleId, ruleId, notice, context)
                    ? List.of()
                    : List.of(context.violation(
                            notice.missingAt(),
                            notice.related(),
                            context.messageKey(),
                            phrases.get().lookedFor(ruleId, context.settings())));
        }
        boolean chosen = context.parameters().get("items") instanceof List<?>;
        List<String> wanted = context.stringListParameter("items");
        List<Violation> violations = new ArrayList<>();
        int minimum = context.intParameter("minimumKinds", 0);
        if (minimum > 0) {
            List<String> kinds = NoticeConcepts.builtIn().kinds(ruleId);
            int named = 0;
            for (String kind : kinds) {
                named += covered(NoticePhrases.key(ruleId, kind), kind, notice, context) ? 1 : 0;
            }
            if (named < Math.min(minimum, kinds.size())) {
                violations.add(context.violation(
                        notice.missingAt(), notice.related(), context.messageKey(KINDS), named, minimum));
            }
        }
        for (String item : items) {
            if (chosen && !wanted.contains(item)) {
                continue;
            }
            String key = NoticePhrases.key(ruleId, item);
            if (covered(key, item, notice, context)) {
                continue;
            }
            String lookedFor = phrases.get().lookedFor(key, context.settings());
            violations.add(
                    variantItems.contains(item)
                            ? context.violation(
                                    notice.missingAt(), notice.related(), context.messageKey(item), lookedFor)
                            : context.violation(
                                    notice.missingAt(),
                                    notice.related(),
                                    context.messageKey(),
                                    lookedFor,
                                    "term." + key));
        }
        return violations;
    }

    /** Whether {@code linkSatisfies} is set and the notice links to the municipality's social media page. */
    private static boolean linksToSocialMediaPage(CheckContext context, NoticeText.Found found) {
        if (!context.booleanParameter("linkSatisfies", false)) {
            return false;
        }
        return context.organisationView()
                .flatMap(o -> o.text(io.github.somepolicy.model.Organisation.Field.SOCIAL_MEDIA_PAGE))
                .flatMap(NoticeWebsiteCheck::address)
                .filter(address -> !address.path().isEmpty())
                .filter(address -> NoticeWebsiteCheck.linksTo(found.text(), address))
                .isPresent();
    }

    private boolean covered(String key, String item, Notice notice, CheckContext context) {
        Optional<Notice.Covered> covering =
                notice.covering(key, context.settings().phrases().getOrDefault(key, List.of()));
        boolean covered = covering.isPresent();
        String raw = "";
        for (Pattern pattern : patterns.getOrDefault(item, List.of())) {
            Matcher matcher = pattern.matcher(notice.found().text());
            if (!covered && matcher.find()) {
                covered = true;
                raw = matcher.group();
            }
        }
        record(context, notice, key, covering, covered, raw);
        return covered;
    }

    /**
     * Records for the reports what covered a topic: under the shared file when the account has one (what
     * the file says, at the sentence's line), else under the account's own text (at the line the text
     * starts on).
     */
    private void record(
            CheckContext context,
            Notice notice,
            String key,
            Optional<Notice.Covered> covering,
            boolean covered,
            String raw) {
        NoticeEvidence.Recorded recorded =
                context.configuration().shared(NoticeEvidence.Recorded.class, k -> new NoticeEvidence.Recorded());
        NoticeText.Found found = notice.found();
        boolean inFile = found.hasFile() && !found.fileContent().isBlank();
        if (inFile && covering.isPresent() && !covering.get().inFile()) {
            return;
        }
        String where = inFile ? found.file() : found.ownAt().file();
        NoticeEvidence.Topic topic = covering.map(c -> new NoticeEvidence.Topic(
                        ruleId,
                        key,
                        true,
                        inFile ? c.evidence().line() : found.ownAt().start().line(),
                        c.evidence().text()))
                .orElseGet(() -> new NoticeEvidence.Topic(ruleId, key, covered, 0, raw));
        recorded.record(context.document().file(), where, topic);
    }

    @Override
    public List<String> messageVariants() {
        List<String> variants = new ArrayList<>(variantItems);
        if (!NoticeConcepts.builtIn().kinds(ruleId).isEmpty()) {
            variants.add(KINDS);
        }
        return variants;
    }
}
