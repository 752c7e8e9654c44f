package io.github.somepolicy.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.ScalarType;
import io.github.somepolicy.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final YamlLoader loader = new YamlLoader(Limits.DEFAULT);

    private LoadResult load(String text) {
        return loader.load("a.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(Violation v) {
        return v.location() + " " + v.ruleId() + " " + v.message().key()
                + v.message().args();
    }

    private List<String> problems(String text) {
        return load(text).problems().stream().map(YamlLoaderTest::describe).toList();
    }

    @Test
    void givesEveryNodeItsPositionAndPointer() {
        Node.Mapping root = load("kind: account\nmoderation:\n  moderators:\n    - name: Anna\n      role: backup\n")
                .root()
                .orElseThrow();
        Node role = root.at("/moderation/moderators/0/role").orElseThrow();
        assertThat(role.location().start()).hasToString("5:13");
        assertThat(role.location().pointer()).isEqualTo("/moderation/moderators/0/role");
        Node.Entry entry = ((Node.Mapping) root.at("/moderation/moderators/0").orElseThrow())
                .entry("role")
                .orElseThrow();
        assertThat(entry.keyLocation().start()).hasToString("5:7");
    }

    @Test
    void countsColumnsInCodePoints() {
        Node value = load("name: \"Å😀\"\nx: y\n").root().orElseThrow().at("/x").orElseThrow();
        assertThat(value.location().start()).hasToString("2:4");
        Node after = load("a: 😀😀\nb: c\n").root().orElseThrow().at("/b").orElseThrow();
        assertThat(after.location().start()).hasToString("2:4");
        Node sameLine = load("{a: 😀, b: c}\n").root().orElseThrow().at("/b").orElseThrow();
        assertThat(sameLine.location().start()).hasToString("1:11");
    }

    @Test
    void typesScalarsStrictlyNotByYaml11() {
        Node.Mapping root = load("a: no\nb: 0701234567\nc: 2026-02-30\nd: true\ne: 12\nf: '12'\ng: 0o17\nh:\n")
                .root()
                .orElseThrow();
        assertThat(type(root, "/a")).isEqualTo(ScalarType.STRING);
        assertThat(type(root, "/b")).isEqualTo(ScalarType.STRING);
        assertThat(type(root, "/c")).isEqualTo(ScalarType.STRING);
        assertThat(type(root, "/d")).isEqualTo(ScalarType.BOOLEAN);
        assertThat(type(root, "/e")).isEqualTo(ScalarType.INTEGER);
        assertThat(type(root, "/f")).isEqualTo(ScalarType.STRING);
        assertThat(type(root, "/g")).isEqualTo(ScalarType.STRING);
        assertThat(type(root, "/h")).isEqualTo(ScalarType.NULL);
    }

    private static ScalarType type(Node.Mapping root, String pointer) {
        return ((Node.Scalar) root.at(pointer).orElseThrow()).type();
    }

    @Test
    void reportsDuplicateKeyAtTheSecondKeyNamingTheFirst() {
        assertThat(problems("kind: account\nname: A\nunit: x\nname: B\n"))
                .containsExactly("a.yaml:4:1 yaml-duplicate-key load.duplicate-key[name, 2]");
    }

    @Test
    void reportsDuplicateKeysInNestedMappingsAndFlowStyle() {
        assertThat(problems("a:\n  b: 1\n  b: 2\nc: {d: 1, d: 2}\n"))
                .containsExactly(
                        "a.yaml:3:3 yaml-duplicate-key load.duplicate-key[b, 2]",
                        "a.yaml:4:11 yaml-duplicate-key load.duplicate-key[d, 4]");
    }

    @Test
    void duplicateKeysDifferingOnlyInQuotingAreTheSameKey() {
        assertThat(problems("name: A\n\"name\": B\n"))
                .containsExactly("a.yaml:2:1 yaml-duplicate-key load.duplicate-key[name, 1]");
    }

    @Test
    void rejectsAnchorsAndAliasesWithoutExpandingThem() {
        assertThat(problems("a: &x [1, 2]\nb: *x\n"))
                .containsExactly(
                        "a.yaml:1:4 yaml-forbidden-construct load.forbidden.anchor[x]",
                        "a.yaml:2:4 yaml-forbidden-construct load.forbidden.alias[]");
    }

    @Test
    void billionLaughsIsRejectedQuickly() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 40; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) {
                yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            yaml.append("]\n");
        }
        long start = System.nanoTime();
        LoadResult result = load(yaml.toString());
        assertThat(result.root()).isEmpty();
        assertThat(result.problems()).allMatch(p -> p.ruleId().equals("yaml-forbidden-construct"));
        assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    }

    @Test
    void rejectsTagsMergeKeysDirectivesAndSecondDocuments() {
        assertThat(problems("a: !!str 1\n"))
                .containsExactly("a.yaml:1:4 yaml-forbidden-construct load.forbidden.tag[]");
        assertThat(problems("a: !!javax.script.ScriptEngineManager [x]\n"))
                .containsExactly("a.yaml:1:4 yaml-forbidden-construct load.forbidden.tag[]");
        assertThat(problems("b: {c: 1}\n<<: {d: 2}\n"))
                .containsExactly("a.yaml:2:1 yaml-forbidden-construct load.forbidden.merge[]");
        assertThat(problems("%YAML 1.1\n---\na: 1\n"))
                .containsExactly("a.yaml:1:1 yaml-forbidden-construct load.forbidden.directive[]");
        assertThat(problems("a: 1\n---\nb: 2\n"))
                .containsExactly("a.yaml:2:1 yaml-forbidden-construct load.forbidden.multi-document[]");
    }

    @Test
    void explicitDocumentStartAloneIsFine() {
        assertThat(load("---\na: 1\n...\n").problems()).isEmpty();
    }

    @Test
    void reportsSyntaxErrorsAtTheirPositionWithoutTheSourceLine() {
        LoadResult result = load("a: 1\nb: [1, 2\npassword: hunter2\n");
        assertThat(result.problems()).hasSize(1);
        Violation problem = result.problems().get(0);
        assertThat(problem.ruleId()).isEqualTo("yaml-syntax");
        assertThat(problem.location().start().line()).isEqualTo(3);
        assertThat(problem.message().args()).noneMatch(arg -> arg.contains("hunter2"));
    }

    @Test
    void tinyInputsThatCrashSnakeYamlBecomeFindings() {
        for (String input : List.of("!0%0", "\"\\u", "!!%1 x", "[", "{a", "a: 'b", "? [a]\n: b\n", "*", "&")) {
            LoadResult result = load(input);
            assertThat(result.root()).as(input).isEmpty();
            assertThat(result.problems()).as(input).isNotEmpty();
        }
    }

    @Test
    void rejectsDeepNestingAtTheLevelThatIsTooDeep() {
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(problems(deep)).containsExactly("a.yaml:1:33 file-limit load.too-deep[32]");
    }

    @Test
    void rejectsFilesOverTheSizeLimit() {
        YamlLoader small = new YamlLoader(new Limits(10, 32, 10));
        LoadResult result = small.load("big.yaml", "a: 12345678901\n".getBytes(StandardCharsets.UTF_8));
        assertThat(result.problems()).extracting(Violation::ruleId).containsExactly("file-limit");
    }

    @Test
    void emptyNullAndNonMappingDocumentsAreFindings() {
        assertThat(problems("")).containsExactly("a.yaml:1:1 yaml-structure load.empty[]");
        assertThat(problems("# only a comment\n")).containsExactly("a.yaml:1:1 yaml-structure load.empty[]");
        assertThat(problems("~\n")).containsExactly("a.yaml:1:1 yaml-structure load.empty[]");
        assertThat(problems("- a\n- b\n")).containsExactly("a.yaml:1:1 yaml-structure load.not-mapping[]");
        assertThat(problems("just text\n")).containsExactly("a.yaml:1:1 yaml-structure load.not-mapping[]");
    }

    @Test
    void complexKeysAreFindings() {
        assertThat(problems("? [a, b]\n: c\n")).containsExactly("a.yaml:1:3 yaml-structure load.complex-key[]");
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        LoadResult result = loader.load("a.yaml", bytes);
        assertThat(result.problems())
                .extracting(YamlLoaderTest::describe)
                .containsExactly("a.yaml:2:4 file-encoding load.encoding.invalid[0xC3]");
    }

    @Test
    void overlongEncodingsAndSurrogatesAreInvalid() {
        byte[] overlong = {'a', ':', ' ', (byte) 0xC0, (byte) 0xAF, '\n'};
        byte[] surrogate = {'a', ':', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        assertThat(loader.load("a.yaml", overlong).problems())
                .extracting(Violation::ruleId)
                .containsExactly("file-encoding");
        assertThat(loader.load("a.yaml", surrogate).problems())
                .extracting(Violation::ruleId)
                .containsExactly("file-encoding");
    }

    @Test
    void utf16IsNamed() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'a', 0, ':', 0};
        assertThat(loader.load("a.yaml", bytes).problems())
                .extracting(v -> v.message().key())
                .containsExactly("load.encoding.utf16");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] text = "a: b\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);
        assertThat(loader.load("a.yaml", bytes).problems()).isEmpty();
    }

    @Test
    void controlCharactersAndOddLineBreaksAreReportedWithPosition() {
        assertThat(problems("a: b\nc: d\u0000\n"))
                .containsExactly("a.yaml:2:5 file-encoding load.encoding.control[U+0000]");
        assertThat(problems("a: b\u2028c\n"))
                .containsExactly("a.yaml:1:5 file-encoding load.encoding.line-separator[U+2028]");
        assertThat(problems("a: b\u0085\n")).containsExactly("a.yaml:1:5 file-encoding load.encoding.control[U+0085]");
        assertThat(problems("a: \u001b[31mred\n"))
                .containsExactly("a.yaml:1:4 file-encoding load.encoding.control[U+001B]");
    }

    @Test
    void carriageReturnLineEndingsKeepPositions() {
        Node value = load("a: 1\r\nb: 2\r\n").root().orElseThrow().at("/b").orElseThrow();
        assertThat(value.location().start()).hasToString("2:4");
    }

    private List<String> comments(String text) {
        LoadResult result = load(text);
        assertThat(result.problems()).isEmpty();
        return result.comments().stream()
                .map(c -> c.location().start() + " " + c.text().strip())
                .toList();
    }

    @Test
    void keepsEveryCommentWithThePositionOfItsHash() {
        String text = "# head\nkind: account  # after a value\nlist:\n  # inside\n  - a # item\n"
                + "flow: [a, b] # after flow\nlast: x\n# tail";
        assertThat(comments(text))
                .containsExactly(
                        "1:1 head", "2:16 after a value", "4:3 inside", "5:7 item", "6:14 after flow", "8:1 tail");
    }

    @Test
    void aHashInsideAValueIsNoComment() {
        String text = "url: https://www.testby.se/#kontakt\nq: 'a # b'\nd: \"c # d\"\n"
                + "note: |\n  rad ett\n  # rad två\ntext: a#b\n";
        assertThat(comments(text)).isEmpty();
        assertThat(load(text).root().orElseThrow().at("/note").flatMap(Node::text))
                .contains("rad ett\n# rad två\n");
    }

    @Test
    void aCommentDoesNotMoveTheNodesOrTheProblems() {
        Node value = load("# a\na: 1 # b\nb: 2\n").root().orElseThrow().at("/b").orElseThrow();
        assertThat(value.location().start()).hasToString("3:4");
        assertThat(problems("# x\na: 1\na: 2 # again\n"))
                .singleElement()
                .asString()
                .startsWith("a.yaml:3:1 yaml-duplicate-key");
    }
}
