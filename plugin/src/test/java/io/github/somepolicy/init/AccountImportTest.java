package io.github.somepolicy.init;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountImportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The register's own CSV (as register.csv is written), read back: one account per row. */
    @Test
    void readsTheRegistersOwnColumns() {
        String csv = "status,name,platform,platform_name,handle,url,unit_id,unit,purpose,contact_email,contact_phone,"
                + "contact_url,activated,closed\n"
                + "active,Ekeby bibliotek,instagram,Instagram,ekebybibliotek,https://www.instagram.com/ekebybibliotek,"
                + "kultur-och-fritid,Kultur- och fritidsförvaltningen,\"Boktips, evenemang och öppettider\","
                + "kultur@ekeby.se,0150-48 12 00,https://www.ekeby.se/kontakt,2021-05-01,\n"
                + "closed,Ekeby sommarscen,facebook,Facebook,ekebysommarscen,https://www.facebook.com/ekebysommarscen,"
                + "kultur-och-fritid,Kultur- och fritidsförvaltningen,Sommarens konserter,,,,2020-06-01,2026-09-30\n";

        AccountImport.Result result = AccountImport.read(csv.getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(result.problems()).isEmpty();
        assertThat(result.unread()).isEmpty();
        assertThat(result.accounts())
                .extracting(AccountImport.Account::path)
                .containsExactly(
                        "accounts/kultur-och-fritid/instagram-ekebybibliotek.yaml",
                        "accounts/kultur-och-fritid/facebook-ekebysommarscen.yaml");
        assertThat(result.accounts().get(0).fields())
                .containsEntry("purpose", "Boktips, evenemang och öppettider")
                .containsEntry("activated", "2021-05-01")
                .containsEntry("status", "active");
        assertThat(result.accounts().get(1).fields())
                .containsEntry("status", "closed")
                .containsEntry("closed", "2026-09-30");
    }

    /** Excel's "CSV (semikolonavgränsad)" in Swedish Windows: semicolons, Windows-1252, Swedish headers. */
    @Test
    void readsAnExcelExportInWindows1252WithSemicolons() {
        String csv = "Namn;Plattform;Användarnamn;Adress;Förvaltning;Syfte;Startdatum;Status\r\n"
                + "Räddningstjänsten Ekeby;X;ekebyraddning;https://x.com/ekebyraddning;Räddningstjänsten;Varningar;2018-02-01;Aktiv\r\n"
                + "Ekeby kommun;Facebook;ekebykommun;https://www.facebook.com/ekebykommun;Kommunikation;;;\r\n";

        AccountImport.Result result = AccountImport.read(csv.getBytes(WINDOWS_1252), Optional.empty());

        assertThat(result.charset()).isEqualTo(WINDOWS_1252);
        assertThat(result.delimiter()).isEqualTo(';');
        assertThat(result.problems()).isEmpty();
        assertThat(result.accounts().get(0).fields())
                .containsEntry("name", "Räddningstjänsten Ekeby")
                .containsEntry("platform", "x")
                .containsEntry("unit", "raddningstjansten");
        assertThat(result.accounts().get(1).path()).isEqualTo("accounts/kommunikation/facebook-ekebykommun.yaml");
    }

    /** UTF-8 with a byte-order mark (Excel's "CSV UTF-8"): the mark is not part of the first header. */
    @Test
    void readsUtf8WithAByteOrderMark() {
        byte[] body = "name;platform;url;enhet\nÖppet hus;youtube;https://www.youtube.com/@ekeby;Kultur\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xef;
        bytes[1] = (byte) 0xbb;
        bytes[2] = (byte) 0xbf;
        System.arraycopy(body, 0, bytes, 3, body.length);

        AccountImport.Result result = AccountImport.read(bytes, Optional.empty());

        assertThat(result.problems()).isEmpty();
        assertThat(result.accounts()).singleElement().satisfies(a -> {
            assertThat(a.fields()).containsEntry("name", "Öppet hus");
            assertThat(a.path()).isEqualTo("accounts/kultur/youtube-oppet-hus.yaml");
        });
    }

    /** Each bad value is a problem at its CSV line and column, after a quoted field over two lines too. */
    @Test
    void aBadRowIsAProblemAtItsLineAndColumn() {
        String csv = "name,platform,url,unit_id,activated,moderator_email\n"
                + "Biblioteket,instagram,https://www.instagram.com/bib,kultur,2021-05-01,a@ekeby.se\n"
                + "\"Två\nrader\",facebook,https://www.facebook.com/tva,kultur,,\n"
                + "Fel,myspace,www.example.se,Kultur och fritid,1/5 2021,nej\n"
                + "Biblioteket,instagram,https://www.instagram.com/bib,kultur,,\n";

        AccountImport.Result result = AccountImport.read(csv.getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(result.accounts()).isEmpty();
        assertThat(result.problems())
                .extracting(p -> p.line() + ":" + p.column() + " " + p.message().key())
                .containsExactly(
                        "5:2 mojo.import.platform",
                        "5:3 mojo.import.url",
                        "5:4 mojo.import.unit-id",
                        "5:5 mojo.import.date",
                        "5:6 mojo.import.email",
                        "6:1 mojo.import.duplicate");
        Messages english = Messages.of(Locale.ENGLISH);
        assertThat(english.render(result.problems().get(0).message()))
                .contains("myspace")
                .contains("facebook");
        assertThat(english.render(result.problems().get(2).message())).contains("'kultur-och-fritid'");
    }

    /** A header without the columns an account needs says which and how to name them. */
    @Test
    void aMissingColumnIsNamed() {
        AccountImport.Result result =
                AccountImport.read("namn;adress\nA;https://a.se\n".getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(result.problems())
                .extracting(p -> p.line() + " " + p.message().args().get(0))
                .containsExactly("1 platform", "1 unit_id");
    }

    /** The files written from a list are valid: what the list does not say is a placeholder. */
    @Test
    void writtenAccountsAreValidWithPlaceholdersForTheRest(@TempDir Path root) throws Exception {
        Scaffold.write(root, new Scaffold.Settings("malmo", "Ekeby kommun", "https://www.ekeby.se", TODAY, "9"));
        String csv = "name,platform,handle,url,unit_id,moderator,moderator_email,backup,backup_email\n"
                + "Ekebys nyheter,linkedin,ekeby,https://www.linkedin.com/company/ekeby,kommunikation,"
                + "Anna Andersson,anna.andersson@ekeby.se,Bo Ek,bo.ek@ekeby.se\n";
        AccountImport.Result result = AccountImport.read(csv.getBytes(StandardCharsets.UTF_8), Optional.empty());
        AccountImport.Account account = result.accounts().get(0);
        Path file = root.resolve(account.path());
        Files.write(file, Scaffold.account(account.fields(), TODAY, "malmo"));

        Report report = new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "t"));

        List<Finding> onImported = report.findings().stream()
                .filter(f -> f.location().file().equals(account.path()))
                .toList();
        assertThat(onImported).noneMatch(f -> f.ruleId().equals("schema"));
        for (Finding finding : onImported) {
            String line =
                    Files.readAllLines(file).get(finding.location().start().line() - 1);
            assertThat(line)
                    .as(finding.ruleId() + " " + finding.message())
                    .containsAnyOf("FYLL I:", "fyll-i.example.com");
        }
        assertThat(Files.readString(file))
                .contains("name: \"Ekebys nyheter\"")
                .contains("platform: \"linkedin\"")
                .contains("- name: \"Anna Andersson\"");
    }
}
