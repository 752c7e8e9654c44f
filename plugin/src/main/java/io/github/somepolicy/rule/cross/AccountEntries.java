package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.rule.cross.AccountEntry.Absence;
import io.github.somepolicy.rule.cross.AccountEntry.PersonEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the index entry of an account from its tree. */
public final class AccountEntries {

    private static final List<String> POSITIONS =
            List.of("/url", "/handle", "/platform", "/moderation/moderators", "/credentials/holders");

    private AccountEntries() {}

    /**
     * The index entry of an account document; empty for other kinds of file. Values that are missing or
     * of the wrong type become empty (the schema reports them); absences whose dates are not real dates,
     * or that end before they start, are left out (the per-file rules report them).
     */
    public static Optional<AccountEntry> of(Document document) {
        if (document.kind() != FileKind.ACCOUNT) {
            return Optional.empty();
        }
        Node root = document.root();
        Map<String, Location> positions = new LinkedHashMap<>();
        positions.put("", root.location());
        for (String pointer : POSITIONS) {
            root.at(pointer).ifPresent(node -> positions.put(pointer, node.location()));
        }
        List<PersonEntry> people = new ArrayList<>();
        root.at("/moderation/moderators").ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                for (Node item : list.items()) {
                    if (item instanceof Node.Mapping) {
                        people.add(new PersonEntry(
                                text(item, "/name"),
                                text(item, "/email"),
                                text(item, "/role").equals(PersonEntry.BACKUP)
                                        ? PersonEntry.BACKUP
                                        : PersonEntry.MODERATOR,
                                item.location(),
                                absences(item)));
                    }
                }
            }
        });
        root.at("/credentials/holders").ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                for (Node item : list.items()) {
                    String name = item.text().map(String::strip).orElse("");
                    if (!name.isEmpty()) {
                        people.add(new PersonEntry(name, "", PersonEntry.CREDENTIALS, item.location(), List.of()));
                    }
                }
            }
        });
        String url = text(root, "/url");
        String status = text(root, "/status");
        return Optional.of(new AccountEntry(
                document.file(),
                text(root, "/name"),
                text(root, "/platform"),
                text(root, "/handle"),
                AccountAddress.normalise(url).orElse(""),
                text(root, "/unit"),
                status.isEmpty() ? "active" : status,
                text(root, "/accountType"),
                text(root, "/moderation/absencePolicy"),
                positions,
                people));
    }

    private static List<Absence> absences(Node person) {
        List<Absence> absences = new ArrayList<>();
        Optional<Node> node = person.at("/absences");
        if (node.isPresent() && node.get() instanceof Node.Sequence list) {
            for (Node absence : list.items()) {
                Optional<LocalDate> from =
                        absence.at("/from").flatMap(Node::text).flatMap(Scalars::date);
                Optional<LocalDate> to = absence.at("/to").flatMap(Node::text).flatMap(Scalars::date);
                if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                    absences.add(new Absence(from.get(), to.get(), text(absence, "/note"), absence.location()));
                }
            }
        }
        return absences;
    }

    private static String text(Node node, String pointer) {
        return node.at(pointer).flatMap(Node::text).map(String::strip).orElse("");
    }
}
