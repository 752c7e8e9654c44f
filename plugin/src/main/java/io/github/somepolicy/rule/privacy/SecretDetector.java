package io.github.somepolicy.rule.privacy;

import io.github.somepolicy.model.Remembered;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in a text: private key blocks, tokens of known formats, passwords and codes
 * written out after a keyword ({@code Lösenordet är …}, {@code token: …}), and, with less confidence,
 * long random-looking strings. What it reports never holds the secret: only its kind and a redacted
 * form, the first characters of a token's well-known prefix or the keyword that introduced it.
 *
 * <p>Every pattern is linear: quantifiers are possessive or bounded, and no group repeats without
 * bound, so no text can make a match backtrack at length.
 */
final class SecretDetector {

    /** At most this many secrets are reported for one text. */
    static final int MAX_PER_TEXT = 5;

    /** Random-looking strings are this long at least. */
    static final int MIN_ENTROPY_LENGTH = 24;

    /** The Shannon entropy, in bits per character, above which a string looks random. */
    static final double ENTROPY_THRESHOLD = 4.0;

    /** The kinds of secret, each with the term that names it in messages. */
    enum Kind {
        PRIVATE_KEY("term.secret.private-key"),
        GITHUB_TOKEN("term.secret.github-token"),
        SLACK_TOKEN("term.secret.slack-token"),
        AWS_KEY("term.secret.aws-key"),
        GOOGLE_API_KEY("term.secret.google-api-key"),
        META_TOKEN("term.secret.meta-token"),
        JWT("term.secret.jwt"),
        STRIPE_KEY("term.secret.stripe-key"),
        BEARER_TOKEN("term.secret.bearer-token"),
        PASSWORD("term.secret.password"),
        URL_CREDENTIALS("term.secret.url-credentials"),
        WEBHOOK("term.secret.webhook"),
        /** A long random-looking string: perhaps a secret, perhaps not. */
        HIGH_ENTROPY("");

        private final String term;

        Kind(String term) {
            this.term = term;
        }

        /** The message term that names the kind. */
        String term() {
            return term;
        }

        /** Whether the kind is a secret for certain, not only a likely one. */
        boolean certain() {
            return this != HIGH_ENTROPY;
        }
    }

    /**
     * A secret found in a text.
     *
     * @param kind what kind of secret
     * @param shown a redacted form that can be shown: never the secret itself
     * @param start where it starts in the text
     * @param end where it ends in the text
     */
    record Secret(Kind kind, String shown, int start, int end) {}

    /**
     * A token format: its kind, the pattern that finds it, and the literal pieces one of which every
     * match holds, looked for first because a plain search is far cheaper than the pattern.
     */
    private record Format(Kind kind, Pattern pattern, List<String> anyOf) {
        boolean mayOccurIn(String text) {
            for (String piece : anyOf) {
                if (text.contains(piece)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Format> FORMATS = List.of(
            new Format(
                    Kind.PRIVATE_KEY,
                    Pattern.compile("-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----"),
                    List.of("-----BEGIN")),
            new Format(
                    Kind.GITHUB_TOKEN,
                    Pattern.compile("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{30,}+|github_pat_[A-Za-z0-9_]{22,}+)"),
                    List.of("_")),
            new Format(
                    Kind.SLACK_TOKEN, Pattern.compile("(?<![A-Za-z0-9])xox[bpars]-[A-Za-z0-9-]{10,}+"), List.of("xox")),
            new Format(
                    Kind.AWS_KEY,
                    Pattern.compile("(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])"),
                    List.of("AKIA", "ASIA")),
            new Format(
                    Kind.GOOGLE_API_KEY, Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}"), List.of("AIza")),
            new Format(Kind.META_TOKEN, Pattern.compile("(?<![A-Za-z0-9_-])EAA[A-Za-z0-9_-]{30,}+"), List.of("EAA")),
            new Format(
                    Kind.JWT,
                    Pattern.compile(
                            "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+\\.[A-Za-z0-9_-]{8,}+"),
                    List.of("eyJ")),
            new Format(
                    Kind.STRIPE_KEY,
                    Pattern.compile("(?<![A-Za-z0-9_])(?:sk|rk)_live_[A-Za-z0-9]{16,}+"),
                    List.of("_live_")),
            // A user name and a password in an address: https://user:secret@host/...
            new Format(
                    Kind.URL_CREDENTIALS,
                    Pattern.compile(
                            "(?i)(?<![A-Za-z0-9+.-])[a-z][a-z0-9+.-]{0,20}+://[^\\s/?#@:]{0,100}+:[^\\s/?#@]{1,200}+@"),
                    List.of("@")),
            // Incoming webhooks: whoever has the address can post as the organisation.
            new Format(
                    Kind.WEBHOOK,
                    Pattern.compile("(?i)https?://(?:hooks\\.slack\\.com/(?:services|workflows|triggers)/"
                            + "|(?:[a-z0-9-]{1,63}+\\.)?discord(?:app)?\\.com/api/webhooks/"
                            + "|[a-z0-9-]{1,63}+\\.webhook\\.office\\.com/webhookb2/"
                            + "|[a-z0-9.-]{1,100}+\\.logic\\.azure\\.com(?::\\d{1,5})?/workflows/"
                            + "|chat\\.googleapis\\.com/v1/spaces/[^\\s/]{1,100}+/messages\\?)[^\\s\"'<>]{8,}+"),
                    List.of("hooks.slack.com", "discord", "webhook.office.com", "logic.azure.com", "chat.googleapis")));

    private static final Pattern BEARER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])bearer\\s{1,4}+([A-Za-z0-9._~+/-]{16,}+=*+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PERIOD = Pattern.compile("P(?:\\d{1,9}[YMWD]){1,4}(?:T(?:\\d{1,9}[HMS]){1,3})?");
    private static final Pattern CASE_REFERENCE = Pattern.compile("[A-ZÅÄÖ]{1,8}\\s?\\d{4}/\\d{1,6}");
    private static final Pattern DOMAIN_PATH =
            Pattern.compile("[\\p{L}\\p{N}-]{1,63}+(?:\\.[\\p{L}\\p{N}-]{1,63}+)++/.*");
    private static final Pattern TOKEN_SEPARATORS = Pattern.compile("[\\s,;()\\[\\]{}<>\"'`«»“”]++");
    private static final String LEADING = "\"'«“([{";
    private static final String TRAILING = ".,;:!?)]}\"'»”";

    private final Pattern assignment;
    private final Pattern keyName;
    private final Set<String> notSecrets;
    private final List<String> keywordStarts;
    /** The keyword starts by their first character, for characters below 256; the rest in {@link #otherStarts}. */
    private final String[][] startsByFirst = new String[256][];
    /** The pairs of characters the keyword starts begin with, each below 256, as {@code first << 8 | second}. */
    private final java.util.BitSet startPairs = new java.util.BitSet(1 << 16);
    /** The keyword starts that do not begin with two such characters. */
    private final List<String> otherStarts = new ArrayList<>();

    /** A detector with the keyword lists given. */
    SecretDetector(PrivacyPatterns patterns) {
        this.notSecrets = patterns.notSecrets();
        Set<String> starts = new LinkedHashSet<>();
        for (String keyword : patterns.pinKeywords()) {
            starts.add(fold(keyword.strip().split(" +")[0]));
        }
        for (String keyword : patterns.secretKeywords()) {
            starts.add(fold(keyword.strip().split(" +")[0]));
        }
        this.keywordStarts = List.copyOf(starts);
        for (String start : keywordStarts) {
            if (start.isEmpty()) {
                otherStarts.add(start);
                continue;
            }
            char first = start.charAt(0);
            if (start.length() >= 2 && first < 256 && start.charAt(1) < 256) {
                startPairs.set(first << 8 | start.charAt(1));
                String[] known = startsByFirst[first];
                String[] more = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
                more[more.length - 1] = start;
                startsByFirst[first] = more;
            } else {
                otherStarts.add(start);
            }
        }
        this.assignment = Pattern.compile(
                "(?<![\\p{L}\\p{N}_])(?:(" + alternation(patterns.pinKeywords()) + ")|(?:"
                        + alternation(patterns.secretKeywords()) + "))(?![\\p{L}\\p{N}])"
                        + "(?:\\s{1,3}+(?:till|för|for|to|of|på|on|i|in|hos|at)"
                        + "(?:\\s{1,3}+[\\p{L}\\p{N}._@/-]{1,40}+){1,2})?"
                        + "(?:\\s{0,3}+[:=]{1,2}+\\s{0,3}+"
                        + "|\\s{1,3}+(?:är|is|var|was|blir|lyder)(?:\\s{0,3}+[:=])?\\s{1,3}+"
                        // "PIN-kod 4711": digits right after the keyword, nothing between
                        + "|\\s{1,3}+(?=\\d{4,12}+(?![\\p{L}\\p{N}])))"
                        + "(\\S{1,200}+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.keyName = Pattern.compile(
                "(?:(" + alternation(patterns.pinKeywords()) + ")|(?:" + alternation(patterns.secretKeywords()) + "))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Whether a key names a secret ({@code password}, {@code lösenord}, {@code api_key}, {@code pin}):
     * {@code true} for a PIN's keyword, {@code false} for another, empty when it names none.
     */
    Optional<Boolean> secretKey(String key) {
        if (key.length() > 40) {
            return Optional.empty();
        }
        // The same few dozen keys recur in every file: each is matched once.
        return secretKeys.get(key, k -> {
            Matcher matcher = keyName.matcher(k.strip());
            return matcher.matches() ? Optional.of(matcher.group(1) != null) : Optional.empty();
        });
    }

    /** How many keys {@link #secretKey} remembers; a configuration has a few dozen. */
    private static final int MAX_KNOWN_KEYS = 4096;

    private final Remembered<String, Optional<Boolean>> secretKeys = new Remembered<>(MAX_KNOWN_KEYS);

    /** A detector with the lists shipped with the plugin. */
    SecretDetector() {
        this(PrivacyPatterns.builtIn());
    }

    /**
     * The secrets in a text, at most {@link #MAX_PER_TEXT}: the certain ones, or when there are none
     * the first random-looking string.
     */
    List<Secret> find(String text) {
        List<Secret> found = new ArrayList<>();
        for (Format format : FORMATS) {
            if (!format.mayOccurIn(text)) {
                continue;
            }
            Matcher matcher = format.pattern().matcher(text);
            while (matcher.find()) {
                String shown =
                        switch (format.kind()) {
                            case PRIVATE_KEY -> "-----BEGIN … PRIVATE KEY-----";
                            case URL_CREDENTIALS ->
                                matcher.group().substring(0, matcher.group().indexOf("://") + 3) + "…@";
                            case WEBHOOK -> webhookShown(matcher.group());
                            default -> prefix(matcher.group());
                        };
                found.add(new Secret(format.kind(), shown, matcher.start(), matcher.end()));
            }
        }
        String folded = fold(text);
        // Neither pattern can match a text without its word, so most texts need no matcher at all.
        Matcher bearer = folded.contains("bearer") ? BEARER.matcher(text) : null;
        while (bearer != null && bearer.find()) {
            if (!overlaps(found, bearer.start(1), bearer.end(1)) && looksLikePassword(bearer.group(1))) {
                found.add(new Secret(Kind.BEARER_TOKEN, "Bearer …", bearer.start(), bearer.end()));
            }
        }
        Matcher written = mayHoldKeyword(folded) ? assignment.matcher(text) : null;
        while (written != null && written.find()) {
            String value = trim(written.group(2));
            if (!overlaps(found, written.start(2), written.end(2)) && isSecretValue(value, written.group(1) != null)) {
                String keyword = text.substring(written.start(), written.start(2))
                        .replaceAll("\\s++", " ")
                        .strip();
                if (keyword.length() > 60) {
                    keyword = keyword.substring(0, 60);
                }
                found.add(new Secret(Kind.PASSWORD, keyword + " …", written.start(), written.end()));
            }
        }
        if (found.isEmpty()) {
            randomLooking(text).ifPresent(found::add);
            if (found.isEmpty()) {
                return found;
            }
        }
        found.sort(Comparator.comparingInt(Secret::start));
        Set<String> seen = new LinkedHashSet<>();
        List<Secret> distinct = new ArrayList<>();
        for (Secret secret : found) {
            if (seen.add(secret.kind() + "\u0000" + secret.shown()) && distinct.size() < MAX_PER_TEXT) {
                distinct.add(secret);
            }
        }
        return distinct;
    }

    /** Whether the value after a keyword such as {@code lösenord:} is a secret rather than prose. */
    boolean isSecretValue(String value, boolean pin) {
        if (value.length() < 4 || value.length() > 200) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (notSecrets.contains(lower) || isPlaceholder(value)) {
            return false;
        }
        if (lower.contains("://") || lower.startsWith("www.") || value.indexOf('@') > 0) {
            return false;
        }
        if (DATE.matcher(value).matches()
                || PERIOD.matcher(value).matches()
                || CASE_REFERENCE.matcher(value).matches()) {
            return false;
        }
        boolean digitsOnly = value.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digitsOnly) {
            return pin ? value.length() <= 12 : value.length() >= 6;
        }
        return value.length() >= 6 && looksLikePassword(value);
    }

    /**
     * Whether a word mixes the classes of characters passwords are made of: letters and digits, letters
     * and symbols, or capitals inside the word.
     */
    static boolean looksLikePassword(String value) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        boolean lower = false;
        boolean innerUpper = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                lower |= Character.isLowerCase(c);
                innerUpper |= i > 0 && Character.isUpperCase(c);
            } else if (Character.isDigit(c)) {
                digit = true;
            } else if (c != '-' && c != '.' && c != '/' && c != '–') {
                symbol = true;
            }
        }
        return (letter && digit) || (symbol && (letter || digit)) || (innerUpper && lower);
    }

    /** The first long random-looking word of a text. */
    private static Optional<Secret> randomLooking(String text) {
        if (!mayHoldRandomWord(text)) {
            return Optional.empty();
        }
        Matcher separators = TOKEN_SEPARATORS.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            int end = separators.find(start) ? separators.start() : text.length();
            int next = end < text.length() ? separators.end() : text.length() + 1;
            int from = start;
            int to = end;
            while (from < to && LEADING.indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            while (to > from && TRAILING.indexOf(text.charAt(to - 1)) >= 0) {
                to--;
            }
            if (to - from >= MIN_ENTROPY_LENGTH && isRandomLooking(text.substring(from, to))) {
                return Optional.of(new Secret(Kind.HIGH_ENTROPY, prefix(text.substring(from, to)), from, to));
            }
            start = next;
        }
        return Optional.empty();
    }

    /**
     * Whether a text has a run of at least {@link #MIN_ENTROPY_LENGTH} characters between separators that
     * holds an ASCII capital, small letter and digit, as a random-looking word must (a word is such a run
     * less some quotes and punctuation at its ends): a plain scan that rules out most texts before they
     * are split into words.
     */
    private static boolean mayHoldRandomWord(String text) {
        if (text.length() < MIN_ENTROPY_LENGTH) {
            return false;
        }
        int length = 0;
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isTokenSeparator(c)) {
                length = 0;
                upper = false;
                lowerCase = false;
                digit = false;
                continue;
            }
            length++;
            upper |= c >= 'A' && c <= 'Z';
            lowerCase |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
            if (length >= MIN_ENTROPY_LENGTH && upper && lowerCase && digit) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character is one of {@link #TOKEN_SEPARATORS}. */
    private static boolean isTokenSeparator(char c) {
        return c == ' '
                || c == '\t'
                || c == '\n'
                || c == '\u000B'
                || c == '\f'
                || c == '\r'
                || ",;()[]{}<>\"'`«»“”".indexOf(c) >= 0;
    }

    /** Whether one word without spaces looks like a random key: long, mixed and of high entropy. */
    static boolean isRandomLooking(String word) {
        if (word.length() < MIN_ENTROPY_LENGTH || word.length() > 4096) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.startsWith("www.") || word.indexOf('@') >= 0) {
            return false;
        }
        if (word.chars().anyMatch(c -> "\\^$|*?".indexOf(c) >= 0)) {
            // a regular expression, as in a custom rule's pattern: keys and tokens have none of these
            return false;
        }
        if (DOMAIN_PATH.matcher(word).matches()) {
            return false;
        }
        boolean upper = false;
        boolean lowerCase = false;
        boolean digit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            upper |= c >= 'A' && c <= 'Z';
            lowerCase |= c >= 'a' && c <= 'z';
            digit |= c >= '0' && c <= '9';
        }
        return upper && lowerCase && digit && !wordLike(word) && entropy(word) > ENTROPY_THRESHOLD;
    }

    /**
     * Whether at least half of a string is runs of four or more lower-case letters, as in words joined
     * together ({@code Kampanj2024/Ekeby/Sommar}); random keys seldom have such runs.
     */
    static boolean wordLike(String word) {
        int inRuns = 0;
        int run = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i < word.length() && Character.isLowerCase(word.charAt(i))) {
                run++;
            } else {
                if (run >= 4) {
                    inRuns += run;
                }
                run = 0;
            }
        }
        return inRuns * 2 >= word.length();
    }

    /** The Shannon entropy of a text in bits per character. */
    static double entropy(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        Map<Character, Integer> counts = new HashMap<>();
        for (int i = 0; i < text.length(); i++) {
            counts.merge(text.charAt(i), 1, Integer::sum);
        }
        double entropy = 0;
        for (int count : counts.values()) {
            double p = (double) count / text.length();
            entropy -= p * (Math.log(p) / Math.log(2));
        }
        return entropy;
    }

    /** A webhook shown by its service's address, the part after it left out. */
    private static String webhookShown(String url) {
        int slash = url.indexOf('/', url.indexOf("://") + 3);
        return (slash < 0 ? url : url.substring(0, slash + 1)) + "…";
    }

    /** The form of a secret that can be shown: its first three characters. */
    static String prefix(String secret) {
        return secret.substring(0, Math.min(3, secret.length())) + "…";
    }

    private static boolean isPlaceholder(String value) {
        char first = value.charAt(0);
        if (first == '$' || first == '<' || first == '{' || first == '%' || first == '[') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = Character.toLowerCase(value.charAt(i));
            if ("*x•.#_-?".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String value) {
        int from = 0;
        int to = value.length();
        while (from < to && LEADING.indexOf(value.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && TRAILING.indexOf(value.charAt(to - 1)) >= 0) {
            to--;
        }
        return value.substring(from, to);
    }

    private boolean mayHoldKeyword(String folded) {
        for (String start : otherStarts) {
            if (folded.contains(start)) {
                return true;
            }
        }
        // One pass over the text, trying only the keywords that start with the two characters at hand.
        for (int i = 0; i + 1 < folded.length(); i++) {
            char c = folded.charAt(i);
            char next = folded.charAt(i + 1);
            if (c >= 256 || next >= 256 || !startPairs.get(c << 8 | next)) {
                continue;
            }
            String[] candidates = startsByFirst[c];
            if (candidates != null) {
                for (String start : candidates) {
                    if (folded.startsWith(start, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A text with each code point mapped as a case-insensitive Unicode pattern compares it (to lower
     * case after upper case), so that a plain search for a folded keyword finds every place the
     * pattern could match.
     */
    private static String fold(String text) {
        char[] folded = new char[text.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                continue;
            }
            int mapped = Character.toLowerCase(Character.toUpperCase((int) c));
            if (Character.isSurrogate(c) || mapped > Character.MAX_VALUE) {
                return foldCodePoints(text);
            }
            folded[i] = (char) mapped;
        }
        return new String(folded);
    }

    /** {@link #fold(String)} code point by code point, for a text with surrogates. */
    private static String foldCodePoints(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
        return folded.toString();
    }

    private static boolean overlaps(List<Secret> found, int start, int end) {
        for (Secret secret : found) {
            if (start < secret.end() && secret.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static String alternation(List<String> keywords) {
        List<String> sorted = new ArrayList<>(keywords);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> parts = new ArrayList<>();
        for (String keyword : sorted) {
            List<String> words = new ArrayList<>();
            for (String word : keyword.strip().split(" +")) {
                words.add(Pattern.quote(word));
            }
            parts.add(String.join("[\\s_-]?", words));
        }
        return String.join("|", parts);
    }
}
