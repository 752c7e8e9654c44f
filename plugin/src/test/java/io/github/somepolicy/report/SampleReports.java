package io.github.somepolicy.report;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Hand-built reports for writer tests: Swedish text, quotes, line breaks, spaces in paths, waivers. */
public final class SampleReports {

    private SampleReports() {}

    public static Report empty() {
        return new Report(new RunInfo("1.0", LocalDate.of(2026, 11, 23), "baseline", 0, 0), rules(), List.of());
    }

    public static Report tricky() {
        Location account = new Location(
                "accounts/kultur och fritid/instagram-bibliotek.yaml",
                new SourcePosition(14, 5),
                new SourcePosition(16, 1),
                "/moderation/moderators");
        Location unit = new Location(
                "accounts/kultur och fritid/instagram-bibliotek.yaml",
                new SourcePosition(6, 7),
                new SourcePosition(6, 14),
                "/unit");
        Location organisation =
                new Location("organisation.yaml", new SourcePosition(11, 3), new SourcePosition(11, 3), "/units");
        Location waiverAt =
                new Location("somepolicy.yaml", new SourcePosition(9, 5), new SourcePosition(9, 5), "/waivers/0");
        Finding backup = new Finding(
                "moderation-backup",
                Severity.ERROR,
                account,
                List.of(),
                Message.of("rule.moderation-backup.message"),
                Optional.empty());
        Finding unknownUnit = new Finding(
                "account-unit-exists",
                Severity.ERROR,
                unit,
                List.of(organisation),
                Message.of(
                        "rule.account-unit-exists.message",
                        "kultur\"<b>&</b>\n::error::forged",
                        "kommunikation, kultur-och-fritid"),
                Optional.empty());
        Finding waived = new Finding(
                "archive-snapshot-overdue",
                Severity.ERROR,
                new Location(
                        "accounts/räddning/x-åäö.yaml",
                        new SourcePosition(3, 19),
                        new SourcePosition(3, 29),
                        "/records/archive/lastSnapshot"),
                List.of(),
                Message.of("rule.archive-snapshot-overdue.message", "2026-03-01", "P6M", "2026-09-01"),
                Optional.of(new WaiverRef(
                        waiverAt,
                        "Ny exporttjänst i januari; \"citat\" & <tag>",
                        "Karin Berg, kommunikationschef",
                        "KS 2026/311",
                        LocalDate.of(2027, 3, 31))));
        Finding warning = new Finding(
                "file-skipped",
                Severity.WARNING,
                Location.ofFile("länk.yaml"),
                List.of(),
                Message.of("scan.symlink"),
                Optional.empty());
        return new Report(
                new RunInfo("1.0", LocalDate.of(2026, 11, 23), "göteborg", 12, 10),
                rules(),
                List.of(backup, unknownUnit, waived, warning));
    }

    private static List<Report.RuleInForce> rules() {
        return Catalogue.builtIn().rules().stream()
                .map(r -> new Report.RuleInForce(r, r.defaultSeverity()))
                .toList();
    }
}
