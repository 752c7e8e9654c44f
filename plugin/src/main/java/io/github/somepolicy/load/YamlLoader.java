package io.github.somepolicy.load;

import io.github.somepolicy.model.Comment;
import io.github.somepolicy.model.JsonPointers;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.model.Violation;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Loads one YAML file into a {@link Node} tree with a position on every node.
 *
 * <p>The tree is built from the parser's events, never through SnakeYAML's composer or constructor: no
 * object is ever constructed from a tag, aliases are never expanded, and every construct that has no
 * place in a configuration edited in a web editor (anchors, aliases, tags, merge keys, directives,
 * several documents) is reported at its exact position. Duplicate keys are reported at the second key.
 * Comments are kept with the position of their {@code #}, for the rules that search what is committed.
 */
public final class YamlLoader {

    public static final String RULE_SYNTAX = "yaml-syntax";
    static final String RULE_DUPLICATE_KEY = "yaml-duplicate-key";
    static final String RULE_FORBIDDEN = "yaml-forbidden-construct";
    static final String RULE_LIMIT = "file-limit";
    static final String RULE_STRUCTURE = "yaml-structure";

    private final Limits limits;

    /** A loader with the given backstops. */
    public YamlLoader(Limits limits) {
        this.limits = limits;
    }

    /**
     * Loads a file's bytes.
     *
     * @param file the path relative to the configuration root, used in locations
     * @param bytes the file's content
     * @return the top-level mapping, or the problems that stopped the loading
     */
    public LoadResult load(String file, byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            return LoadResult.failed(Violation.of(
                    RULE_LIMIT, Location.ofFile(file), "load.too-large", bytes.length, limits.maxFileBytes()));
        }
        TextDecoder.Result decoded = TextDecoder.decode(file, bytes);
        if (decoded.problem().isPresent()) {
            return LoadResult.failed(decoded.problem().get());
        }
        return parse(file, decoded.text().orElseThrow());
    }

    /**
     * Loads text that is already decoded.
     *
     * <p>Comments are read in the same pass. SnakeYAML's scanner places some syntax errors differently when
     * it keeps comments, so a file that does not load is read once more without them and reported as
     * before; a file that loads costs one pass.
     */
    public LoadResult parse(String file, String text) {
        LoadResult withComments = parse(file, text, true);
        if (withComments.root().isPresent()) {
            return withComments;
        }
        return parse(file, text, false);
    }

    private LoadResult parse(String file, String text, boolean comments) {
        Builder builder = new Builder(file, limits.maxDepth());
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(limits.maxDepth() + 1);
            options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1));
            options.setAllowRecursiveKeys(false);
            options.setProcessComments(comments);
            Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
            while (!builder.stopped()) {
                Event event = parser.getEvent();
                if (event == null || event.is(Event.ID.StreamEnd)) {
                    break;
                }
                builder.accept(event);
            }
        } catch (MarkedYAMLException e) {
            builder.fail(SyntaxProblem.of(file, text, e));
        } catch (RuntimeException | StackOverflowError e) {
            // SnakeYAML throws plain runtime exceptions on some malformed input; the input is the cause.
            builder.fail(Violation.of(RULE_SYNTAX, builder.lastPosition(), "load.unreadable"));
        }
        return builder.result();
    }

    static Location location(String file, Mark mark, String pointer) {
        if (mark == null) {
            return Location.ofFile(file).withPointer(pointer);
        }
        SourcePosition position = new SourcePosition(mark.getLine() + 1, mark.getColumn() + 1);
        return new Location(file, position, position, pointer);
    }

    static Location span(String file, Mark start, Mark end, String pointer) {
        if (start == null) {
            return Location.ofFile(file).withPointer(pointer);
        }
        SourcePosition from = new SourcePosition(start.getLine() + 1, start.getColumn() + 1);
        SourcePosition to = end == null ? from : new SourcePosition(end.getLine() + 1, end.getColumn() + 1);
        return new Location(file, from, to.compareTo(from) < 0 ? from : to, pointer);
    }

    /** The message of a forbidden construct that occurs more than once in a file. */
    private static final Map<String, String> REPEATED = Map.of(
            "load.forbidden.alias", "load.forbidden.alias.repeated",
            "load.forbidden.anchor", "load.forbidden.anchor.repeated",
            "load.forbidden.tag", "load.forbidden.tag.repeated");

    /** Turns the event stream into a tree, collecting every problem it can see. */
    private static final class Builder {
        private final String file;
        private final int maxDepth;
        private final Deque<Frame> stack = new ArrayDeque<>();
        private final List<Violation> problems = new ArrayList<>();
        private final Map<String, Integer> firstForbidden = new HashMap<>();
        private final Map<String, Integer> repeatedForbidden = new HashMap<>();
        private final List<Comment> comments = new ArrayList<>();
        private Mark lastMark;
        private Node root;
        private int documents;
        private boolean stopped;

        Builder(String file, int maxDepth) {
            this.file = file;
            this.maxDepth = maxDepth;
        }

        boolean stopped() {
            return stopped;
        }

        void fail(Violation violation) {
            problems.add(violation);
            stopped = true;
        }

        /**
         * Reports a forbidden construct once per kind: the first place, and how many more there are, so
         * that a file of a thousand aliases gets one finding and not a thousand.
         */
        void forbidden(Location location, String key, Object... args) {
            Integer first = firstForbidden.get(key);
            if (first == null) {
                firstForbidden.put(key, problems.size());
                problems.add(Violation.of(RULE_FORBIDDEN, location, key, args));
            } else {
                repeatedForbidden.merge(key, 1, Integer::sum);
            }
        }

        void accept(Event event) {
            lastMark = event.getEndMark() != null ? event.getEndMark() : lastMark;
            if (event instanceof CommentEvent comment) {
                if (comment.getCommentType() != CommentType.BLANK_LINE) {
                    comments.add(new Comment(comment.getValue(), location(file, comment.getStartMark(), "")));
                }
                return;
            }
            if (event instanceof DocumentStartEvent start) {
                documents++;
                if (documents > 1) {
                    fail(Violation.of(
                            RULE_FORBIDDEN, location(file, start.getStartMark(), ""), "load.forbidden.multi-document"));
                    return;
                }
                if (start.getVersion() != null
                        || (start.getTags() != null && !start.getTags().isEmpty())) {
                    problems.add(Violation.of(
                            RULE_FORBIDDEN, location(file, start.getStartMark(), ""), "load.forbidden.directive"));
                }
                return;
            }
            if (event instanceof AliasEvent alias) {
                // The alias is not expanded: the node stands in as an empty text so the walk goes on.
                forbidden(location(file, alias.getStartMark(), ""), "load.forbidden.alias");
                addNode(new Node.Scalar("", false, location(file, alias.getStartMark(), pointerForNext())));
                return;
            }
            if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null) {
                forbidden(location(file, event.getStartMark(), ""), "load.forbidden.anchor", nodeEvent.getAnchor());
            }
            if (event instanceof ScalarEvent scalar) {
                if (scalar.getTag() != null) {
                    forbidden(location(file, scalar.getStartMark(), ""), "load.forbidden.tag");
                }
                onScalar(scalar);
            } else if (event instanceof CollectionStartEvent collection) {
                if (collection.getTag() != null) {
                    forbidden(location(file, collection.getStartMark(), ""), "load.forbidden.tag");
                }
                if (stack.size() >= maxDepth) {
                    fail(Violation.of(
                            RULE_LIMIT, location(file, collection.getStartMark(), ""), "load.too-deep", maxDepth));
                    return;
                }
                String pointer = pointerForNext();
                if (collection instanceof MappingStartEvent) {
                    stack.push(new Frame(true, pointer, collection.getStartMark()));
                } else if (collection instanceof SequenceStartEvent) {
                    stack.push(new Frame(false, pointer, collection.getStartMark()));
                }
            } else if (event.is(Event.ID.MappingEnd) || event.is(Event.ID.SequenceEnd)) {
                Frame frame = stack.pop();
                Location location = span(file, frame.start, event.getEndMark(), frame.pointer);
                Node node = frame.mapping
                        ? new Node.Mapping(frame.entries, location)
                        : new Node.Sequence(frame.items, location);
                addNode(node);
            }
        }

        private void onScalar(ScalarEvent scalar) {
            Frame top = stack.peek();
            boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            if (top != null && top.mapping && top.pendingKey == null && !top.pendingInvalidKey) {
                String key = scalar.getValue();
                Location keyLocation =
                        span(file, scalar.getStartMark(), scalar.getEndMark(), JsonPointers.append(top.pointer, key));
                if (plain && key.equals("<<")) {
                    problems.add(Violation.of(RULE_FORBIDDEN, keyLocation.withPointer(""), "load.forbidden.merge"));
                }
                Location first = top.seenKeys.get(key);
                if (first != null) {
                    problems.add(new Violation(
                            RULE_DUPLICATE_KEY,
                            keyLocation,
                            List.of(first),
                            io.github.somepolicy.model.Message.of(
                                    "load.duplicate-key", key, first.start().line())));
                } else {
                    top.seenKeys.put(key, keyLocation);
                }
                top.pendingKey = key;
                top.pendingKeyLocation = keyLocation;
                return;
            }
            String pointer = pointerForNext();
            addNode(new Node.Scalar(
                    scalar.getValue(), plain, span(file, scalar.getStartMark(), scalar.getEndMark(), pointer)));
        }

        private String pointerForNext() {
            Frame top = stack.peek();
            if (top == null) {
                return "";
            }
            if (top.mapping) {
                return top.pendingKey == null ? top.pointer : JsonPointers.append(top.pointer, top.pendingKey);
            }
            return JsonPointers.append(top.pointer, top.items.size());
        }

        private void addNode(Node node) {
            Frame top = stack.peek();
            if (top == null) {
                root = node;
                return;
            }
            if (!top.mapping) {
                top.items.add(node);
                return;
            }
            if (top.pendingInvalidKey) {
                top.pendingInvalidKey = false;
                return;
            }
            if (top.pendingKey == null) {
                // A mapping or sequence used as a key.
                problems.add(
                        Violation.of(RULE_STRUCTURE, node.location().withPointer(top.pointer), "load.complex-key"));
                top.pendingInvalidKey = true;
                return;
            }
            top.entries.add(new Node.Entry(top.pendingKey, top.pendingKeyLocation, node));
            top.pendingKey = null;
            top.pendingKeyLocation = null;
        }

        /** Where the parser last got to, for a failure that comes without a position of its own. */
        Location lastPosition() {
            return location(file, lastMark, "");
        }

        LoadResult result() {
            repeatedForbidden.forEach((key, more) -> {
                int index = firstForbidden.get(key);
                Violation first = problems.get(index);
                List<Object> args = new ArrayList<>(first.message().args());
                args.add(more);
                problems.set(index, Violation.of(RULE_FORBIDDEN, first.location(), REPEATED.get(key), args.toArray()));
            });
            if (!problems.isEmpty()) {
                return new LoadResult(Optional.empty(), problems, comments);
            }
            if (root == null || (root instanceof Node.Scalar scalar && scalar.isNull())) {
                return new LoadResult(
                        Optional.empty(),
                        List.of(Violation.of(RULE_STRUCTURE, Location.ofFile(file), "load.empty")),
                        comments);
            }
            if (!(root instanceof Node.Mapping mapping)) {
                return new LoadResult(
                        Optional.empty(),
                        List.of(Violation.of(RULE_STRUCTURE, root.location(), "load.not-mapping")),
                        comments);
            }
            return new LoadResult(Optional.of(mapping), List.of(), comments);
        }
    }

    private static final class Frame {
        final boolean mapping;
        final String pointer;
        final Mark start;
        final List<Node.Entry> entries = new ArrayList<>();
        final List<Node> items = new ArrayList<>();
        final Map<String, Location> seenKeys = new HashMap<>();
        String pendingKey;
        Location pendingKeyLocation;
        boolean pendingInvalidKey;

        Frame(boolean mapping, String pointer, Mark start) {
            this.mapping = mapping;
            this.pointer = pointer;
            this.start = start;
        }
    }
}
