package io.github.somepolicy.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.github.somepolicy.init.Scaffold;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas in a real editor: Red Hat's {@code yaml-language-server} (npm), driven over stdio as VS
 * Code drives it, gives completion, hover and diagnostics for an account file, with the schemas taken
 * from a copy in the repository (the settings {@code init} writes) and from a copy served over HTTP from
 * another address than their published one. Both need the relative {@code $ref}s to resolve where the
 * files are. Skipped when the server is not installed, unless {@code SOMEPOLICY_REQUIRE_TOOLS=true}.
 */
class EditorSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCHEMAS = Path.of("..", "schemas");

    /** An account with a wrong platform and an empty handle: one error from account.schema.json, one from common. */
    private static final String ACCOUNT = String.join(
            "\n",
            "kind: account",
            "version: 1",
            "name: Ekeby bibliotek",
            "platform: facebok",
            "handle: \"\"",
            "url: https://www.facebook.com/ekebybibliotek",
            "unit: kultur",
            "status: active",
            "",
            "");

    @TempDir
    Path workspace;

    private LanguageServer server;
    private HttpServer http;

    @BeforeEach
    void start() throws IOException {
        boolean required = Boolean.parseBoolean(System.getenv("SOMEPOLICY_REQUIRE_TOOLS"));
        boolean installed = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "yaml-language-server")));
        if (required) {
            assertThat(installed)
                    .as("yaml-language-server on the PATH (npm install -g yaml-language-server)")
                    .isTrue();
        }
        Assumptions.assumeTrue(installed, "yaml-language-server is not installed");
        server = new LanguageServer(workspace);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (http != null) {
            http.stop(0);
        }
    }

    /** The schemas copied into the repository, mapped by glob as init's .vscode/settings.json does. */
    @Test
    void aLocalCopyMappedByTheSettingsInitWrites() throws Exception {
        Scaffold.write(
                workspace,
                new Scaffold.Settings("baseline", "Ekeby kommun", "https://www.ekeby.se", LocalDate.now(), "1"));
        JsonNode settings =
                JSON.readTree(workspace.resolve(".vscode/settings.json").toFile());

        checkTheEditorHelps(settings.get("yaml.schemas"));
    }

    /** The schemas served from an address of their own (an intranet copy, a test server on loopback). */
    @Test
    void aCopyServedFromAnotherAddress() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/intranat/scheman/", exchange -> {
            String name = exchange.getRequestURI().getPath().replaceFirst("^/intranat/scheman/", "");
            Path file = SCHEMAS.resolve(name).normalize();
            if (!name.matches("[a-z-]+\\.schema\\.json") || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", "application/schema+json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        http.start();
        String base = "http://127.0.0.1:" + http.getAddress().getPort() + "/intranat/scheman/";
        ObjectNode schemas = JSON.createObjectNode();
        schemas.put(base + "account.schema.json", "accounts/**/*.yaml");

        checkTheEditorHelps(schemas);
    }

    private void checkTheEditorHelps(JsonNode schemas) throws Exception {
        Path file = workspace.resolve("accounts/kultur/facebook-ekebybibliotek.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, ACCOUNT);
        String uri = file.toUri().toString();

        server.initialize(schemas);
        server.open(uri, ACCOUNT);

        List<JsonNode> diagnostics = server.diagnostics(uri, d -> d.size() >= 2);
        List<String> messages =
                diagnostics.stream().map(d -> d.get("message").asString()).toList();
        assertThat(messages).noneMatch(m -> m.contains("Unable to load") || m.contains("$ref"));
        // from account.schema.json: the platform's enum
        assertThat(diagnostics)
                .anyMatch(d -> d.at("/range/start/line").asInt() == 3
                        && d.get("message").asString().contains("facebook"));
        // from common.schema.json, reached by a relative $ref: a text is never empty
        assertThat(diagnostics).anyMatch(d -> d.at("/range/start/line").asInt() == 4);

        JsonNode hover = server.request("textDocument/hover", position(uri, 6, 1));
        assertThat(hover.at("/contents/value").asString()).contains("responsible unit");

        JsonNode completion = server.request("textDocument/completion", position(uri, 8, 0));
        List<String> labels = new ArrayList<>();
        completion.get("items").forEach(item -> labels.add(item.get("label").asString()));
        assertThat(labels).contains("moderation", "notice", "records");
    }

    private static ObjectNode position(String uri, int line, int character) {
        ObjectNode params = JSON.createObjectNode();
        params.putObject("textDocument").put("uri", uri);
        params.putObject("position").put("line", line).put("character", character);
        return params;
    }

    /** Just enough of an LSP client: Content-Length framing, requests, the server's own requests, diagnostics. */
    private static final class LanguageServer implements AutoCloseable {
        private final Process process;
        private final OutputStream in;
        private final Path root;
        private final AtomicInteger ids = new AtomicInteger();
        private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final Map<String, List<JsonNode>> diagnostics = new ConcurrentHashMap<>();
        private volatile JsonNode yamlSettings = JSON.createObjectNode();

        LanguageServer(Path root) throws IOException {
            this.root = root;
            process = new ProcessBuilder("yaml-language-server", "--stdio")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            in = process.getOutputStream();
            Thread reader = new Thread(this::read, "yaml-language-server");
            reader.setDaemon(true);
            reader.start();
        }

        void initialize(JsonNode schemas) throws Exception {
            ObjectNode yaml = JSON.createObjectNode();
            yaml.set("schemas", schemas);
            yaml.put("validate", true).put("hover", true).put("completion", true);
            yaml.putObject("schemaStore").put("enable", false);
            yamlSettings = yaml;
            ObjectNode params = JSON.createObjectNode();
            params.put("processId", ProcessHandle.current().pid());
            params.put("rootUri", root.toUri().toString());
            params.putArray("workspaceFolders")
                    .addObject()
                    .put("uri", root.toUri().toString())
                    .put("name", "kommun");
            ObjectNode capabilities = params.putObject("capabilities");
            capabilities.putObject("workspace").put("configuration", true);
            ObjectNode text = capabilities.putObject("textDocument");
            text.putObject("hover").putArray("contentFormat").add("markdown").add("plaintext");
            text.putObject("completion").putObject("completionItem").put("snippetSupport", false);
            text.putObject("publishDiagnostics");
            request("initialize", params);
            notify("initialized", JSON.createObjectNode());
            ObjectNode change = JSON.createObjectNode();
            change.putObject("settings").set("yaml", yaml);
            notify("workspace/didChangeConfiguration", change);
        }

        void open(String uri, String text) throws IOException {
            ObjectNode params = JSON.createObjectNode();
            params.putObject("textDocument")
                    .put("uri", uri)
                    .put("languageId", "yaml")
                    .put("version", 1)
                    .put("text", text);
            notify("textDocument/didOpen", params);
        }

        List<JsonNode> diagnostics(String uri, java.util.function.Predicate<List<JsonNode>> enough)
                throws InterruptedException {
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<JsonNode> last = List.of();
            while (System.nanoTime() < end) {
                last = diagnostics.getOrDefault(uri, List.of());
                if (enough.test(last)) {
                    Thread.sleep(300); // a later, fuller publication replaces an early one
                    return diagnostics.getOrDefault(uri, last);
                }
                Thread.sleep(50);
            }
            return last;
        }

        JsonNode request(String method, JsonNode params) throws Exception {
            int id = ids.incrementAndGet();
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(id, answer);
            ObjectNode message = JSON.createObjectNode();
            message.put("jsonrpc", "2.0").put("id", id).put("method", method);
            message.set("params", params);
            send(message);
            JsonNode response = answer.get(30, TimeUnit.SECONDS);
            assertThat(response.has("error")).as(method + ": " + response).isFalse();
            return response.get("result");
        }

        void notify(String method, JsonNode params) throws IOException {
            ObjectNode message = JSON.createObjectNode();
            message.put("jsonrpc", "2.0").put("method", method);
            message.set("params", params);
            send(message);
        }

        private synchronized void send(JsonNode message) throws IOException {
            byte[] body = JSON.writeValueAsBytes(message);
            in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            in.write(body);
            in.flush();
        }

        private void read() {
            try (InputStream out = process.getInputStream()) {
                while (true) {
                    int length = -1;
                    String line;
                    while (!(line = header(out)).isEmpty()) {
                        if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(line.substring(15).strip());
                        }
                    }
                    if (length < 0) {
                        return;
                    }
                    JsonNode message = JSON.readTree(out.readNBytes(length));
                    dispatch(message);
                }
            } catch (IOException | RuntimeException e) {
                pending.values().forEach(p -> p.completeExceptionally(e));
            }
        }

        private void dispatch(JsonNode message) throws IOException {
            if (message.has("method") && message.has("id")) {
                ObjectNode reply = JSON.createObjectNode();
                reply.put("jsonrpc", "2.0").set("id", message.get("id"));
                if (message.get("method").asString().equals("workspace/configuration")) {
                    var result = reply.putArray("result");
                    for (JsonNode item : message.at("/params/items")) {
                        String section = item.path("section").asString("");
                        result.add(section.equals("yaml") ? yamlSettings : JSON.createObjectNode());
                    }
                } else {
                    reply.putNull("result");
                }
                send(reply);
            } else if (message.has("id")) {
                CompletableFuture<JsonNode> answer =
                        pending.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            } else if ("textDocument/publishDiagnostics"
                    .equals(message.path("method").asString(""))) {
                List<JsonNode> list = new ArrayList<>();
                message.at("/params/diagnostics").forEach(list::add);
                diagnostics.put(message.at("/params/uri").asString(), list);
            }
        }

        private static String header(InputStream out) throws IOException {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = out.read()) != -1 && c != '\n') {
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            if (c == -1 && line.length() == 0) {
                throw new IOException("the language server ended");
            }
            return line.toString();
        }

        @Override
        public void close() {
            try {
                request("shutdown", null);
                notify("exit", null);
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // it is stopped below either way
            }
            process.destroy();
        }
    }
}
