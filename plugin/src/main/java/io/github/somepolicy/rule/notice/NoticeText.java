package io.github.somepolicy.rule.notice;

import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The notice an account shows its visitors, as the notice rules read it: the shared Markdown file named
 * by {@code notice.file} (resolved inside the configuration root), followed by the account's own
 * {@code notice.text}, normalised so that phrases can be matched without regard to case, Unicode form,
 * Markdown emphasis or line breaks.
 */
public final class NoticeText {

    /** The largest notice file read, in bytes: a notice is a page of text, this is far more. */
    public static final long MAX_BYTES = 256 * 1024;

    private static final Pattern QUOTE_MARKERS = Pattern.compile("(?m)^[ \\t]*(?:>[ \\t]?)+");
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?=\\p{Punct})");
    private static final Pattern EMPHASIS = Pattern.compile("[*`]+|~~");
    private static final Pattern UNDERSCORE_EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B\\u200C\\u200D\\u2060]");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u02BC]");

    private NoticeText() {}

    /** Why a notice file could not be read; each has its message variant in the notice-present rule. */
    public enum Problem {
        /** The path leaves the configuration root, is absolute or names a drive. */
        OUTSIDE_ROOT("outside-root"),
        /** No such file. */
        MISSING("missing"),
        /** The path is or passes through a symbolic link, which is never followed. */
        LINK("link"),
        /** The path names a directory or something else that is not a file. */
        NOT_REGULAR("not-regular"),
        /** The path passes through a hidden folder, {@code target/} or {@code node_modules/}. */
        SKIPPED_FOLDER("skipped-folder"),
        /** The file is larger than {@link #MAX_BYTES}. */
        TOO_BIG("too-big"),
        /** The file is not UTF-8 text, holds control characters, or could not be read. */
        NOT_UTF8("not-utf8");

        private final String variant;

        Problem(String variant) {
            this.variant = variant;
        }

        /** The message variant that reports the problem. */
        public String variant() {
            return variant;
        }
    }

    /** What reading an account's notice gave. */
    public sealed interface Reading permits Absent, Unreadable, Empty, Found {
        /** Where findings about the notice are reported. */
        Location at();
    }

    /**
     * The account names neither a notice file nor a notice text.
     *
     * @param at the {@code notice} key, or the nearest place in the file
     */
    public record Absent(Location at) implements Reading {}

    /**
     * The notice file cannot be used.
     *
     * @param problem why
     * @param file the path as written
     * @param at the {@code notice.file} value
     */
    public record Unreadable(Problem problem, String file, Location at) implements Reading {}

    /**
     * The notice file and text together hold no text.
     *
     * @param at the {@code notice.file} or {@code notice.text} value
     */
    public record Empty(Location at) implements Reading {}

    /**
     * The notice's text, normalised with {@link #normalise(String)}.
     *
     * @param text the file's content followed by the account's own text, normalised
     * @param at the {@code notice.file} value when there is a file, else the {@code notice.text} value
     * @param fileText the file's content alone, normalised; empty without a file. A phrase found in it
     *     is found in the notice too (the notice is this text with white space and the account's text
     *     after it), so what a run finds in a shared file can be found once
     */
    public record Found(
            String text, Location at, String fileText, String file, String fileContent, String own, Location ownAt)
            implements Reading {

        /** A notice without a file, or whose file is not looked at on its own. */
        public Found(String text, Location at) {
            this(text, at, "", "", "", text, at);
        }

        /** A notice whose raw parts are not kept: its normalised text stands for the account's own. */
        public Found(String text, Location at, String fileText) {
            this(text, at, fileText, "", "", text, at);
        }

        /** Whether the notice has a file, whose path relative to the root is {@link #file()}. */
        public boolean hasFile() {
            return !file.isEmpty();
        }
    }

    /**
     * Reads the notice of an account.
     *
     * @param document the account document
     * @param root the configuration root, which a notice file never leaves
     * @return what was found; never thrown
     */
    public static Reading read(Document document, Path root) {
        return read(document, root, NoticeText::normalisedFile, NoticeText::contents);
    }

    /**
     * What reading a notice file gave: its text, or why there is none.
     *
     * @param text the text, empty when there is a problem
     * @param problem why the file cannot be used, if it cannot
     */
    public record Contents(String text, Optional<Problem> problem) {}

    /** Reads a notice file that a reference resolved to: its text, if it is not too big and is text. */
    public static Contents contents(Path path) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                return new Contents("", Optional.of(Problem.TOO_BIG));
            }
        } catch (IOException | SecurityException e) {
            return new Contents("", Optional.of(Problem.NOT_UTF8));
        }
        return ReferenceResolver.readText(path, MAX_BYTES)
                .map(text -> new Contents(text, Optional.empty()))
                .orElse(new Contents("", Optional.of(Problem.NOT_UTF8)));
    }

    /**
     * Reads the notice of an account, with the notice file's content normalised by a function that may
     * keep what it gave for the next account with the same file: most accounts share a notice file, and
     * normalising it is most of the cost of reading a notice.
     *
     * @param document the account document
     * @param root the configuration root, which a notice file never leaves
     * @param files the notice file's content, normalised with {@link #normalisedFile(String)}
     * @param contents what {@link #contents(Path)} gives for the file a reference resolved to, which may
     *     also be kept for the next account: the reference itself is resolved for every account
     * @return what was found; the same as {@link #read(Document, Path)}
     */
    public static Reading read(
            Document document, Path root, Function<String, FileText> files, Function<Path, Contents> contents) {
        Account account = Account.of(document);
        Optional<Node> fileNode = account.node(Account.Field.NOTICE_FILE);
        Optional<String> file = fileNode.flatMap(Node::text).filter(t -> !t.isBlank());
        Optional<Node> textNode = account.node(Account.Field.NOTICE_TEXT);
        Optional<String> own = textNode.flatMap(Node::text).filter(t -> !t.isBlank());
        Location at = reportAt(document);
        if (file.isEmpty() && own.isEmpty()) {
            return new Absent(at);
        }
        FileText fileText = null;
        String relative = "";
        String content = "";
        if (file.isPresent()) {
            ReferenceResolver.Resolution resolution;
            try {
                resolution = new ReferenceResolver(root).resolve(file.get());
            } catch (RuntimeException e) {
                return new Unreadable(Problem.OUTSIDE_ROOT, file.get(), at);
            }
            Optional<Problem> problem = problem(resolution.status());
            if (problem.isPresent()) {
                return new Unreadable(problem.get(), file.get(), at);
            }
            Path path = resolution.path().orElseThrow();
            Contents read = contents.apply(path);
            if (read.problem().isPresent()) {
                return new Unreadable(read.problem().get(), file.get(), at);
            }
            content = read.text();
            fileText = files.apply(content);
            relative = relative(root, path);
        }
        String normalised;
        String fileAlone = fileText == null ? "" : fileText.alone();
        if (fileText == null) {
            normalised = normalise("\n\n" + own.orElseThrow());
        } else if (own.isEmpty()) {
            normalised = fileAlone;
        } else {
            normalised = fileText.followedBy(own.get());
        }
        if (normalised.isBlank()) {
            return new Empty(at);
        }
        Location ownAt = textNode.filter(n -> n instanceof Node.Scalar)
                .map(Node::location)
                .orElse(at);
        return new Found(normalised, at, fileAlone, relative, content, own.orElse(""), ownAt);
    }

    /** A file's path relative to the root, separated by {@code /}; the path as given when it is not under it. */
    private static String relative(Path root, Path path) {
        Path base = root.toAbsolutePath().normalize();
        Path target = path.toAbsolutePath().normalize();
        String relative = target.startsWith(base) ? base.relativize(target).toString() : target.toString();
        return relative.replace('\\', '/');
    }

    /**
     * A notice file's content, normalised so that the normalised notice of an account that adds its own
     * text can be made without normalising the file again. The notice is the file's content, a blank
     * line and the account's text, normalised as one; the blank line is a barrier no step of
     * {@link #normalise(String)} looks across (Unicode normalisation, the Markdown markers, case and
     * the look-arounds all stop at a line break), so the notice is the two parts normalised apart and
     * joined where their white space meets.
     *
     * @param spaced the content normalised up to the last step, runs of white space made one space,
     *     without the run at its end
     * @param alone the normalised notice when the account adds no text of its own: the one made of
     *     the file alone
     */
    public record FileText(String spaced, String alone) {

        /** The normalised notice of the file followed by an account's own text. */
        public String followedBy(String own) {
            String after = spaces(beforeSpaces(own));
            if (!after.isEmpty() && after.charAt(0) == ' ') {
                after = after.substring(1);
            }
            boolean fileBlank = spaced.isBlank();
            boolean ownBlank = after.isBlank();
            if (fileBlank) {
                return ownBlank ? "" : after.strip();
            }
            if (ownBlank) {
                return spaced.strip();
            }
            return spaced.stripLeading() + " " + after.stripTrailing();
        }
    }

    /** A notice file's content, normalised to be joined with an account's own text. */
    public static FileText normalisedFile(String content) {
        String spaced = spaces(beforeSpaces(content));
        if (spaced.endsWith(" ")) {
            spaced = spaced.substring(0, spaced.length() - 1);
        }
        return new FileText(spaced, spaced.strip());
    }

    /**
     * Where findings about an account's notice are reported: the {@code notice.file} value when there is
     * a file, else the {@code notice.text} value, else the {@code notice} key, else the first key of the
     * file.
     */
    public static Location reportAt(Document document) {
        Node.Mapping root = document.root();
        Optional<Node> file = Account.of(document).node(Account.Field.NOTICE_FILE);
        if (file.isPresent() && file.get() instanceof Node.Scalar scalar && !scalar.isNull()) {
            return scalar.location();
        }
        Optional<Node> text = Account.of(document).node(Account.Field.NOTICE_TEXT);
        if (text.isPresent() && text.get() instanceof Node.Scalar scalar && !scalar.isNull()) {
            return scalar.location();
        }
        Optional<Node.Entry> notice = root.entry("notice");
        if (notice.isPresent()) {
            return notice.get().keyLocation();
        }
        return root.entries().isEmpty()
                ? root.location()
                : root.entries().get(0).keyLocation().withPointer("");
    }

    /**
     * Normalises a text for phrase matching: Unicode NFC, Markdown block quotes, emphasis and escapes
     * removed, soft hyphens and zero-width characters dropped, typographic apostrophes made straight,
     * lower case by {@link Locale#ROOT}, and every run of white space (line breaks too) made one space.
     */
    public static String normalise(String text) {
        return spaces(beforeSpaces(text)).strip();
    }

    /** Every step of {@link #normalise(String)} before white space is made one space. */
    private static String beforeSpaces(String text) {
        String result = Normalizer.normalize(text, Normalizer.Form.NFC);
        // Each step can change the text only where its own characters are; no step adds another step's
        // characters, so a step whose characters the text lacks is left out.
        boolean invisible = false;
        boolean quote = false;
        boolean escape = false;
        boolean emphasis = false;
        boolean underscore = false;
        boolean apostrophe = false;
        for (int i = 0; i < result.length(); i++) {
            char c = result.charAt(i);
            switch (c) {
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060' -> invisible = true;
                case '>' -> quote = true;
                case '\\' -> escape = true;
                case '*', '`', '~' -> emphasis = true;
                case '_' -> underscore = true;
                case '\u2018', '\u2019', '\u02BC' -> apostrophe = true;
                default -> {
                    // nothing to do for this character
                }
            }
        }
        result = invisible ? INVISIBLE.matcher(result).replaceAll("") : result;
        result = quote ? QUOTE_MARKERS.matcher(result).replaceAll("") : result;
        result = escape ? ESCAPES.matcher(result).replaceAll("") : result;
        result = emphasis ? EMPHASIS.matcher(result).replaceAll("") : result;
        result = underscore ? UNDERSCORE_EMPHASIS.matcher(result).replaceAll("") : result;
        result = apostrophe ? APOSTROPHES.matcher(result).replaceAll("'") : result;
        result = result.toLowerCase(Locale.ROOT);
        return Normalizer.normalize(result, Normalizer.Form.NFC);
    }

    /** Every run of white space made one space. */
    private static String spaces(String text) {
        return Scalars.collapseSpaces(text, NoticeText::isSpace);
    }

    /** Whether a character is white space here: {@code \\s} or a Unicode separator. */
    private static boolean isSpace(int c) {
        if (Scalars.isSpace(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static Optional<Problem> problem(ReferenceResolver.Status status) {
        return switch (status) {
            case OK -> Optional.empty();
            case OUTSIDE_ROOT -> Optional.of(Problem.OUTSIDE_ROOT);
            case MISSING -> Optional.of(Problem.MISSING);
            case LINK -> Optional.of(Problem.LINK);
            case NOT_REGULAR -> Optional.of(Problem.NOT_REGULAR);
            case SKIPPED_FOLDER -> Optional.of(Problem.SKIPPED_FOLDER);
        };
    }
}
