package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.copy;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObligationsCalendarTest {

    @TempDir
    Path out;

    @TempDir
    Path config;

    private static Calendar parse(Path file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file)));
        assertThat(calendar.validate().hasErrors())
                .as(calendar.validate().toString())
                .isFalse();
        return calendar;
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        List<VEvent> events = calendar.getComponents("VEVENT");
        return events.stream()
                .collect(Collectors.toMap(
                        e -> e.getProperty(Property.UID).orElseThrow().getValue(), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void parsesAsValidICalendarWithFoldedLinesOfAtMost75Octets() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        Path ics = out.resolve("records/obligations.ics");
        Calendar calendar = parse(ics);

        assertThat(calendar.getComponents("VEVENT")).isNotEmpty();
        String text = Files.readString(ics);
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void namesTheAccountAndTheRuleOfEveryObligation() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        Map<String, VEvent> events = byUid(parse(out.resolve("records/obligations.ics")));

        assertThat(events.values()).allSatisfy(e -> {
            assertThat(value(e, "X-SOMEPOLICY-RULE")).isNotBlank();
            assertThat(value(e, "DESCRIPTION")).contains(value(e, "X-SOMEPOLICY-TARGET"));
            assertThat(value(e, "DTSTAMP")).isEqualTo("20261123T000000Z");
        });
        VEvent waiver = events.values().stream()
                .filter(e -> value(e, "X-SOMEPOLICY-RULE").equals("waiver-expiring"))
                .findFirst()
                .orElseThrow();
        assertThat(value(waiver, "DTSTART")).isEqualTo("20270331");
        assertThat(value(waiver, "SUMMARY")).contains("archive-snapshot-overdue");
        assertThat(events.values())
                .anyMatch(e -> value(e, "X-SOMEPOLICY-RULE").equals("archive-snapshot-overdue")
                        && value(e, "X-SOMEPOLICY-TARGET").equals("accounts/kommunikation/facebook-ekebykommun.yaml")
                        && value(e, "DTSTART").equals("20270415"));
    }

    @Test
    void keepsTheUidOfAnObligationWhenItsDateMoves() throws Exception {
        copy(exampleConfig(), config);
        new RegisterGenerator().generate(request(config, out.resolve("before"), SWEDISH));
        Path account = config.resolve("accounts/kommunikation/facebook-ekebykommun.yaml");
        Files.writeString(
                account, Files.readString(account).replace("lastSnapshot: 2026-10-15", "lastSnapshot: 2026-11-20"));
        new RegisterGenerator().generate(request(config, out.resolve("after"), SWEDISH));

        Map<String, VEvent> before = byUid(parse(out.resolve("before/records/obligations.ics")));
        Map<String, VEvent> after = byUid(parse(out.resolve("after/records/obligations.ics")));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        String uid = before.entrySet().stream()
                .filter(e -> value(e.getValue(), "X-SOMEPOLICY-RULE").equals("archive-snapshot-overdue")
                        && value(e.getValue(), "X-SOMEPOLICY-TARGET").endsWith("facebook-ekebykommun.yaml"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        assertThat(value(before.get(uid), "DTSTART")).isEqualTo("20270415");
        assertThat(value(after.get(uid), "DTSTART")).isEqualTo("20270520");
    }

    @Test
    void reportsDaysOnWhichEveryModeratorIsAwayWithoutNamingThem() throws Exception {
        copy(exampleConfig(), config);
        Path account = config.resolve("accounts/kommunikation/facebook-ekebykommun.yaml");
        Files.writeString(
                account,
                Files.readString(account)
                        .replace(
                                "from: 2027-07-05\n          to: 2027-08-01",
                                "from: 2027-06-10\n          to: 2027-08-01")
                        .replace(
                                "from: 2026-12-21\n          to: 2027-01-06",
                                "from: 2027-06-01\n          to: 2027-06-20"));
        new RegisterGenerator().generate(RegisterFixtures.allowingErrors(request(config, out, SWEDISH)));

        Map<String, VEvent> events = byUid(parse(out.resolve("records/obligations.ics")));
        VEvent gap = events.values().stream()
                .filter(e -> value(e, "X-SOMEPOLICY-RULE").equals("moderation-coverage"))
                .findFirst()
                .orElseThrow();
        // Sara Lund is away 2027-06-14..07-02, Anna from 06-10, Bo 06-01..06-20: all three 06-14..06-20.
        assertThat(value(gap, "DTSTART")).isEqualTo("20270614");
        assertThat(value(gap, "DTEND")).isEqualTo("20270621");
        assertThat(value(gap, "DESCRIPTION")).doesNotContain("Anna", "Sara", "Bo Ek");
    }

    @Test
    void showsAnOverdueObligationAsDueTodayWithTheDayItWasDue() throws Exception {
        copy(exampleConfig(), config);
        Path account = config.resolve("accounts/kommunikation/facebook-ekebykommun.yaml");
        Files.writeString(
                account, Files.readString(account).replace("lastSnapshot: 2026-10-15", "lastSnapshot: 2025-01-10"));
        new RegisterGenerator().generate(RegisterFixtures.allowingErrors(request(config, out, Locale.ENGLISH)));

        Map<String, VEvent> events = byUid(parse(out.resolve("records/obligations.ics")));
        VEvent snapshot = events.values().stream()
                .filter(e -> value(e, "X-SOMEPOLICY-RULE").equals("archive-snapshot-overdue")
                        && value(e, "X-SOMEPOLICY-TARGET").endsWith("facebook-ekebykommun.yaml"))
                .findFirst()
                .orElseThrow();
        assertThat(value(snapshot, "DTSTART")).isEqualTo("20261123");
        assertThat(value(snapshot, "DTEND")).isEqualTo("20261124");
        assertThat(value(snapshot, "SUMMARY")).startsWith("Overdue since 2025-");
        assertThat(events.values())
                .as("nothing lies before the build date")
                .allSatisfy(e -> assertThat(value(e, "DTSTART")).isGreaterThanOrEqualTo("20261123"));
    }

    @Test
    void remindsBeforeEveryObligationAsManyDaysAsAsked() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        Calendar calendar = parse(out.resolve("records/obligations.ics"));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            List<VAlarm> alarms = event.getAlarms();
            assertThat(alarms).hasSize(1);
            assertThat(java.time.Period.parse(alarms.get(0)
                            .getProperty(Property.TRIGGER)
                            .orElseThrow()
                            .getValue()))
                    .as("seven days before the start")
                    .isEqualTo(java.time.Period.ofDays(-7));
            assertThat(alarms.get(0).getProperty(Property.ACTION).orElseThrow().getValue())
                    .isEqualTo("DISPLAY");
        });
        RegisterRequest defaults = request(exampleConfig(), out.resolve("none"), SWEDISH);
        RegisterRequest none = new RegisterRequest(
                defaults.directory(),
                defaults.outputDirectory(),
                defaults.recordsDirectory(),
                defaults.today(),
                defaults.locale(),
                false,
                defaults.recentlyClosedDays(),
                defaults.templateDirectory(),
                defaults.limits(),
                defaults.toolVersion(),
                0);
        new RegisterGenerator().generate(none);
        assertThat(Files.readString(out.resolve("none/records/obligations.ics")))
                .doesNotContain("VALARM");
    }

    @Test
    void namesAFileThatCouldNotBeReadInsteadOfDroppingIt() throws Exception {
        copy(exampleConfig(), config);
        Files.writeString(
                config.resolve("accounts/kommunikation/linkedin-ekeby-kommun.yaml"),
                "kind: account\nname: [oavslutad\n");
        new RegisterGenerator().generate(RegisterFixtures.allowingErrors(request(config, out, SWEDISH)));

        Map<String, VEvent> events = byUid(parse(out.resolve("records/obligations.ics")));
        VEvent missing = events.values().stream()
                .filter(e ->
                        value(e, "X-SOMEPOLICY-TARGET").equals("accounts/kommunikation/linkedin-ekeby-kommun.yaml"))
                .findFirst()
                .orElseThrow();
        assertThat(value(missing, "SUMMARY"))
                .isEqualTo(
                        "Saknas i kalendern, filen kunde inte läsas: accounts/kommunikation/linkedin-ekeby-kommun.yaml");
        assertThat(value(missing, "X-SOMEPOLICY-RULE")).isEqualTo("yaml-syntax");
        assertThat(value(missing, "DTSTART")).isEqualTo("20261123");
    }

    @Test
    void makesReadableUidsWithoutCuttingAWord() {
        String uid = ICalendar.uid("archive-snapshot/accounts/räddningstjänst/x-ekebyräddning.yaml", "ekeby.se");
        assertThat(uid)
                .matches(
                        "archive-snapshot\\.accounts\\.raddningstjanst\\.x-ekebyraddning\\.yaml-[0-9a-f]{12}@ekeby\\.se");
        String longKey = "moderation-coverage/accounts/kultur-och-fritid/instagram-ekebybiblioteket-barn-och-unga-"
                + "sommarlov/2027-06-14";
        String readable = ICalendar.uid(longKey, "ekeby.se").replaceAll("-[0-9a-f]{12}@ekeby\\.se$", "");
        assertThat(readable.length()).isLessThanOrEqualTo(80);
        assertThat(longKey.replace('/', '.')).startsWith(readable + ".");
        assertThat(ICalendar.uid(longKey, "ekeby.se")).isEqualTo(ICalendar.uid(longKey, "ekeby.se"));
        assertThat(ICalendar.uid(longKey + "x", "ekeby.se")).isNotEqualTo(ICalendar.uid(longKey, "ekeby.se"));
    }

    @Test
    void escapesTextValuesAndFoldsWithoutSplittingCharacters() {
        StringBuilder out = new StringBuilder();
        ICalendar.line(out, "SUMMARY:" + ICalendar.text("a,b;c\\d\ne") + "ö".repeat(60));
        String folded = out.toString();
        assertThat(folded).startsWith("SUMMARY:a\\,b\\;c\\\\d\\ne");
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .doesNotContain("\uFFFD");
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo("SUMMARY:a\\,b\\;c\\\\d\\ne" + "ö".repeat(60) + "\r\n");
        assertThat(LocalDate.parse("2027-01-01")).isNotNull();
    }
}
