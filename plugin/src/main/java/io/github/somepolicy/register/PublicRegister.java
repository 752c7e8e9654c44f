package io.github.somepolicy.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The public register of a municipality's accounts: only what the public may read. It is built by
 * picking named public fields from the configuration (an allow-list), so moderators, absences,
 * credentials and internal routines never reach it.
 *
 * @param municipality the municipality and where it publishes
 * @param branding how the pages look
 * @param units the units with at least one listed account, in display order
 * @param active the active accounts, in display order
 * @param recentlyClosed the accounts closed within the chosen number of days, newest first
 * @param date the date the register describes
 */
public record PublicRegister(
        Municipality municipality,
        Branding branding,
        List<Unit> units,
        List<Account> active,
        List<Account> recentlyClosed,
        LocalDate date) {
    public PublicRegister {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(branding, "branding");
        units = List.copyOf(units);
        active = List.copyOf(active);
        recentlyClosed = List.copyOf(recentlyClosed);
        Objects.requireNonNull(date, "date");
    }

    /** The listed accounts of one unit. */
    public List<Account> activeOf(Unit unit) {
        return active.stream().filter(a -> a.unit().id().equals(unit.id())).toList();
    }

    /** The recently closed accounts of one unit. */
    public List<Account> closedOf(Unit unit) {
        return recentlyClosed.stream()
                .filter(a -> a.unit().id().equals(unit.id()))
                .toList();
    }

    /**
     * The municipality.
     *
     * @param name its name
     * @param website its website
     * @param socialMediaPage the page about its social media
     * @param registerUrl where the register is published
     */
    public record Municipality(
            String name, Optional<String> website, Optional<String> socialMediaPage, Optional<String> registerUrl) {
        public Municipality {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * How the pages look.
     *
     * @param name the name in the page header
     * @param primaryColor the header's background, {@code #rrggbb}
     * @param linkColor the colour of links on white, {@code #rrggbb}
     * @param logoUrl the address of the logo, when it is on the web
     * @param logoFile the logo's file in the configuration, copied next to the pages
     */
    public record Branding(
            String name, String primaryColor, String linkColor, Optional<String> logoUrl, Optional<String> logoFile) {
        public Branding {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(primaryColor, "primaryColor");
            Objects.requireNonNull(linkColor, "linkColor");
        }
    }

    /**
     * A unit and how the public reaches it.
     *
     * @param id the unit id, also the name of its page
     * @param name the name the public knows
     * @param website its page on the website
     * @param contact how to contact it
     */
    public record Unit(String id, String name, Optional<String> website, Contact contact) {
        public Unit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contact, "contact");
        }
    }

    /**
     * Public contact details; any of them may be missing.
     *
     * @param email a functional mailbox
     * @param phone a public phone number
     * @param url a contact page
     */
    public record Contact(Optional<String> email, Optional<String> phone, Optional<String> url) {
        /** No contact details. */
        public static final Contact NONE = new Contact(Optional.empty(), Optional.empty(), Optional.empty());

        /** Whether there is nothing to show. */
        public boolean isEmpty() {
            return email.isEmpty() && phone.isEmpty() && url.isEmpty();
        }
    }

    /**
     * A listed account.
     *
     * @param id a stable id: the file name without its extension
     * @param name the account's name
     * @param platform the platform id, such as {@code facebook}
     * @param platformName the platform's name as people write it
     * @param handle the account's handle
     * @param url the account's address
     * @param unit the responsible unit
     * @param purpose why the account exists
     * @param activated since when it is active
     * @param closed when it was closed
     */
    public record Account(
            String id,
            String name,
            String platform,
            String platformName,
            Optional<String> handle,
            Optional<String> url,
            Unit unit,
            Optional<String> purpose,
            Optional<LocalDate> activated,
            Optional<LocalDate> closed) {
        public Account {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(platformName, "platformName");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
