package io.github.somepolicy.rule.custom;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.ScalarType;
import io.github.somepolicy.model.Scalars;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The check functions a custom rule can apply to a selected value, with the options each needs. A
 * function other than {@code required} passes a value that is absent: combine it with a
 * {@code required} rule to demand the value.
 */
enum CheckFunction {
    REQUIRED("required"),
    PATTERN("pattern"),
    ENUM("enum"),
    MIN("min"),
    MAX("max"),
    MIN_ITEMS("minItems"),
    NOT_OLDER_THAN("notOlderThan"),
    CONTAINS_PHRASES("containsPhrases");

    private static final int MAX_TEXT = 65_536;

    private final String id;

    CheckFunction(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    static Optional<CheckFunction> fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /** What is wrong with the options for this function, if anything (English, for the message). */
    Optional<String> optionProblem(Map<String, Object> options) {
        return switch (this) {
            case REQUIRED -> Optional.empty();
            case PATTERN -> {
                if (!(options.get("pattern") instanceof String pattern) || !PatternSize.bounded(pattern)) {
                    yield Optional.of("pattern");
                }
                try {
                    Pattern.compile(pattern);
                    yield Optional.empty();
                } catch (PatternSyntaxException e) {
                    yield Optional.of("pattern");
                }
            }
            case ENUM ->
                options.get("values") instanceof List<?> list && !list.isEmpty()
                        ? Optional.empty()
                        : Optional.of("values");
            case MIN, MAX, MIN_ITEMS ->
                options.get("value") instanceof Number ? Optional.empty() : Optional.of("value");
            case NOT_OLDER_THAN ->
                options.get("period") instanceof String period
                                && Scalars.period(period).isPresent()
                        ? Optional.empty()
                        : Optional.of("period");
            case CONTAINS_PHRASES ->
                options.get("phrases") instanceof List<?> list && !list.isEmpty()
                        ? Optional.empty()
                        : Optional.of("phrases");
        };
    }

    /** Whether a selected value keeps the rule. */
    boolean passes(Optional<Node> value, Map<String, Object> options, LocalDate today) {
        if (this == REQUIRED) {
            return value.isPresent() && !value.get().isBlank();
        }
        if (value.isEmpty() || value.get().isBlank()) {
            return true;
        }
        Node node = value.get();
        String text = node.text().orElse("");
        return switch (this) {
            case REQUIRED -> true;
            case PATTERN ->
                text.length() <= MAX_TEXT
                        && Pattern.compile((String) options.get("pattern"))
                                .matcher(text)
                                .matches();
            case ENUM ->
                ((List<?>) options.get("values")).stream().map(String::valueOf).anyMatch(text::equals);
            case MIN ->
                number(node)
                        .map(n -> n.compareTo(decimal(options.get("value"))) >= 0)
                        .orElse(true);
            case MAX ->
                number(node)
                        .map(n -> n.compareTo(decimal(options.get("value"))) <= 0)
                        .orElse(true);
            case MIN_ITEMS ->
                !(node instanceof Node.Sequence sequence)
                        || sequence.items().size() >= ((Number) options.get("value")).intValue();
            case NOT_OLDER_THAN ->
                Scalars.date(text)
                        .map(d -> !d.plus(Scalars.period((String) options.get("period"))
                                        .orElseThrow())
                                .isBefore(today))
                        .orElse(true);
            case CONTAINS_PHRASES -> {
                String haystack = Scalars.fold(text);
                yield ((List<?>) options.get("phrases"))
                        .stream().map(String::valueOf).map(Scalars::fold).allMatch(haystack::contains);
            }
        };
    }

    private static Optional<BigDecimal> number(Node node) {
        if (node instanceof Node.Scalar scalar
                && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.DECIMAL)) {
            try {
                return Optional.of(new BigDecimal(scalar.value()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }
}
