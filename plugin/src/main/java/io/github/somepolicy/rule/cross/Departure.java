package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Scalars;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who leaves the municipality's service, as {@code organisation.yaml} records it under
 * {@code departures}.
 *
 * @param name the name, {@code ""} when not given
 * @param email the work e-mail address, {@code ""} when not given
 * @param lastDay the last working day
 * @param location where the departure is written
 */
public record Departure(String name, String email, LocalDate lastDay, Location location) {

    public Departure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(location, "location");
    }

    /** The departures an organisation document records; entries without a real last day are left out. */
    public static List<Departure> of(Optional<Document> organisation) {
        List<Departure> departures = new ArrayList<>();
        Optional<Node> node = organisation.flatMap(o -> o.root().at("/departures"));
        if (node.isPresent() && node.get() instanceof Node.Sequence list) {
            for (Node item : list.items()) {
                Optional<LocalDate> lastDay =
                        item.at("/lastDay").flatMap(Node::text).flatMap(Scalars::date);
                String name =
                        item.at("/name").flatMap(Node::text).map(String::strip).orElse("");
                String email =
                        item.at("/email").flatMap(Node::text).map(String::strip).orElse("");
                if (lastDay.isPresent() && !(name.isEmpty() && email.isEmpty())) {
                    departures.add(new Departure(name, email, lastDay.get(), item.location()));
                }
            }
        }
        return departures;
    }
}
