package io.github.somepolicy.register;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Globs;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.rule.privacy.Redaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The documents of a configuration as the register reads them: the organisation, the accounts and the
 * policy. Files that do not load are left out (the validator has already reported them) and listed by
 * path, so that the calendar can name what it is missing.
 */
record Configuration(
        Path root,
        Optional<Document> organisation,
        List<Document> accounts,
        Optional<Document> policy,
        List<String> unreadable) {
    Configuration {
        accounts = List.copyOf(accounts);
        unreadable = List.copyOf(unreadable);
    }

    static Configuration read(Path root, Limits limits) throws IOException {
        YamlLoader loader = new YamlLoader(limits);
        Optional<Document> policy = Optional.empty();
        for (String name : List.of("somepolicy.yaml", "somepolicy.yml")) {
            Path candidate = root.resolve(name);
            if (Files.isRegularFile(candidate, LinkOption.NOFOLLOW_LINKS)) {
                policy = load(loader, new FileScanner.SourceFile(name, candidate, 0), limits)
                        .filter(d -> d.kind() == FileKind.POLICY);
                break;
            }
        }
        List<String> excludes = new ArrayList<>();
        policy.flatMap(d -> d.root().get("exclude")).ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                list.items().forEach(item -> item.text().ifPresent(excludes::add));
            }
        });
        FileScanner.Scan scan =
                FileScanner.scan(root, file -> excludes.stream().anyMatch(g -> Globs.matches(g, file)), limits);
        Optional<Document> organisation = Optional.empty();
        List<Document> accounts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (FileScanner.SourceFile file : scan.files()) {
            Optional<Document> document = load(loader, file, limits);
            if (document.isEmpty()) {
                unreadable.add(file.file());
                continue;
            }
            if (document.get().kind() == FileKind.ACCOUNT) {
                accounts.add(document.get());
            } else if (document.get().kind() == FileKind.ORGANISATION && organisation.isEmpty()) {
                organisation = document;
            }
        }
        accounts.sort(Comparator.comparing(Document::file));
        unreadable.sort(null);
        return new Configuration(root, organisation, accounts, policy, unreadable);
    }

    private static Optional<Document> load(YamlLoader loader, FileScanner.SourceFile file, Limits limits) {
        byte[] bytes;
        try {
            bytes = FileScanner.readBounded(file.path(), limits.maxFileBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
        LoadResult loaded = loader.load(file.file(), bytes);
        if (loaded.root().isEmpty()) {
            return Optional.empty();
        }
        // Nothing a detector flags is ever published, waived or not, with or without allowErrors.
        Node.Mapping mapping = Redaction.publishable(loaded.root().get());
        return mapping.get("kind")
                .flatMap(Node::text)
                .flatMap(FileKind::fromId)
                .map(kind -> new Document(Redaction.redact(file.file()), kind, mapping));
    }

    /** The text at a pointer of a document, stripped, when it is present and not blank. */
    static Optional<String> text(Document document, String pointer) {
        return text(document.root(), pointer);
    }

    /** The text of an account's field, stripped, when it is present and not blank. */
    static Optional<String> text(Document account, Account.Field field) {
        return text(account.root(), field.pointer());
    }

    /** The text of the organisation's field, stripped, when it is present and not blank. */
    static Optional<String> text(Node organisation, Organisation.Field field) {
        return text(organisation, field.pointer());
    }

    /** The text at a pointer below a node, stripped, when it is present and not blank. */
    static Optional<String> text(Node node, String pointer) {
        return node.at(pointer).flatMap(Node::text).map(String::strip).filter(s -> !s.isEmpty());
    }
}
