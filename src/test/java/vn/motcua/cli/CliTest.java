package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.cli.CliRunner.Run;

/** The command line end to end, in-process, over a temporary data folder. */
class CliTest {
    @TempDir
    Path dir;

    Run run(String... args) {
        return new CliRunner(dir).run(args);
    }

    Run runWithStdin(String stdin, String... args) {
        return new CliRunner(dir).withStdin(stdin, args);
    }

    @BeforeEach
    void setUp() {
        Run r = run("setup", "--office-name", "Xã Quảng Phú", "--agency-code", "000.00.01.H22", "--desk", "1",
                "--admin-user", "admin", "--admin-password", "matkhau123");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    static final String DOSSIER = """
        {"procedureCode":"1.001193","channel":"direct","returnMethod":"counter","receivedAt":"2026-04-29T15:30",
         "applicant":{"fullName":"Nguyễn Văn Đức","idNumber":"038095001234","phone":"0912345678",
                      "address":"Thôn 1, xã Quảng Phú"},
         "documents":[{"name":"Tờ khai đăng ký khai sinh","originals":1,"copies":0}]}
        """;

    @ParameterizedTest(name = "{0} + {1} {2} → {3}")
    @CsvSource({
        "2026-04-29T15:30, 3, working-days, 2026-05-06T15:30",
        "2026-02-13T16:45, 5, working-days, 2026-02-27T16:45",
        "2026-08-21T17:20, 2, working-days, 2026-08-25T07:00",
        "2025-04-25T09:00, 3, working-days, 2025-04-29T09:00"})
    void appointment_givesTheWorkedExamplesOfDomain42(String received, String n, String unit, String expected)
            throws Exception {
        Run r = run("appointment", "--received", received, "--duration", n, "--unit", unit);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.json().get("appointmentAt").asText()).isEqualTo(expected);
    }

    @Test
    void appointment_byProcedure_usesItsTimeAndCutoff() throws Exception {
        Run r = run("appointment", "--received", "2026-04-29T15:30", "--procedure", "1.001193");
        assertThat(r.json().get("appointmentAt").asText()).isEqualTo("2026-05-04T17:00");
        // the same key order in every run (Map.of's order changed from one JVM to the next)
        List<String> keys = new ArrayList<>();
        r.json().get("duration").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("value", "unit", "text");
    }

    @Test
    void register_twice_givesDistinctCodes_andTheDossierIsFoundBySearch() throws Exception {
        Path f = dir.resolve("d.json");
        Files.writeString(f, DOSSIER);
        Run a = run("register", "--json", f.toString());
        Run b = runWithStdin(DOSSIER, "register", "--json", "-");
        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(b.exit()).as(b.err()).isZero();
        assertThat(a.json().get("code").asText()).isEqualTo("000.00.01.H22-260429-0001");
        assertThat(b.json().get("code").asText()).isEqualTo("000.00.01.H22-260429-0002");
        assertThat(a.json().get("status").asText()).isEqualTo("new");
        assertThat(a.json().get("appointmentAt").asText()).isEqualTo("2026-05-04T17:00");

        Run found = run("dossier", "search", "nguyen", "van", "duc");
        assertThat(found.json()).hasSize(2);
        Run shown = run("dossier", "show", "000.00.01.H22-260429-0001");
        assertThat(shown.json().get("dossier").get("applicant").get("fullName").asText()).isEqualTo("Nguyễn Văn Đức");
    }

    @Test
    void transition_throughTheLifecycle_andAnImpossibleOneIsRefused() throws Exception {
        Run reg = runWithStdin(DOSSIER, "register", "--json", "-");
        String code = reg.json().get("code").asText();
        Run refused = run("dossier", "transition", code, "--to", "done");
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("Không thể trả kết quả");
        assertThat(run("dossier", "transition", code, "--to", "4").json().get("status").asText())
                .isEqualTo("processing");
        assertThat(run("dossier", "transition", code, "--to", "releasing").exit()).isZero();
        assertThat(run("dossier", "transition", code, "--to", "10").json().get("statusLabel").asText())
                .isEqualTo("Đã trả kết quả");
        Run unknown = run("dossier", "transition", code, "--to", "overdue");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown status");
    }

    @Test
    void secondSetup_isRefusedUnlessForced() {
        Run again = run("setup", "--office-name", "Xã Khác", "--agency-code", "000.00.02.H22", "--desk", "2",
                "--admin-user", "admin", "--admin-password", "matkhau123");
        assertThat(again.exit()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        Run forced = run("setup", "--office-name", "Xã Khác", "--agency-code", "000.00.02.H22", "--desk", "2",
                "--admin-user", "admin", "--admin-password", "matkhau456", "--force");
        assertThat(forced.exit()).as(forced.err()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        invalid ID          | "idNumber":"038095001234"     | "idNumber":"0380950012"
        unknown procedure   | "procedureCode":"1.001193"    | "procedureCode":"1.123456"
        malformed JSON      | "channel":"direct",           | "channel":"direct"
        wrong type          | "originals":1                 | "originals":"một"
        bad phone           | "phone":"0912345678"          | "phone":"0112345678"
        """)
    void badDossierInput_givesAClearErrorAndChangesNothing(String label, String from, String to) throws Exception {
        Run r = runWithStdin(DOSSIER.replace(from, to), "register", "--json", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("error:");
        assertThat(r.out()).isEmpty();
        assertThat(run("dossier", "search", "nguyen").json()).isEmpty();
    }

    @Test
    void catalogImport_isAllOrNothing_unlessPartial() throws Exception {
        Path f = dir.resolve("catalog.json");
        Files.writeString(f, """
            {"formatVersion":1,"procedures":[
              {"code":"1.111111","name":"Thủ tục thử","field":{"code":"HT","name":"Hộ tịch"},
               "times":{"direct":{"value":2,"unit":"working-days"}}},
              {"code":"9.9","name":"","field":{"code":"HT","name":"Hộ tịch"},
               "times":{"direct":{"value":2,"unit":"weeks"}}}]}
            """);
        Run strict = run("catalog", "import", f.toString());
        assertThat(strict.exit()).isEqualTo(2);
        assertThat(strict.err()).contains("entry 2").contains("NOT imported");
        assertThat(run("appointment", "--received", "2026-04-29T09:00", "--procedure", "1.111111").exit())
                .isEqualTo(2);
        Run partial = run("catalog", "import", f.toString(), "--partial");
        assertThat(partial.exit()).as(partial.err()).isZero();
        assertThat(partial.json().get("imported").asInt()).isEqualTo(1);
        // the problems' JSON keeps its English message (the key is for the desk) and no Msg object
        var problem = partial.json().get("problems").get(0);
        assertThat(problem.get("message").asText()).startsWith("expected ");
        assertThat(problem.has("msg")).isFalse();
        assertThat(problem.get("path").asText()).startsWith("procedures[1]");
        assertThat(run("appointment", "--received", "2026-04-29T09:00", "--procedure", "1.111111")
                .json().get("appointmentAt").asText()).isEqualTo("2026-05-05T09:00");
    }

    @Test
    void settings_refuseBadValues_andChangeTheCutoff() throws Exception {
        assertThat(run("settings", "set", "appointment.sameDayCutoff", "25:00").exit()).isEqualTo(2);
        assertThat(run("settings", "set", "no.such.key", "1").exit()).isEqualTo(2);
        assertThat(run("settings", "set", "appointment.sameDayCutoff", "16:00").exit()).isZero();
        Run r = run("appointment", "--received", "2026-04-29T15:30", "--procedure", "1.001193");
        assertThat(r.json().get("appointmentAt").asText()).isEqualTo("2026-04-29T17:00");
    }

    @Test
    void catalogList_showsTheSampleCatalogue() throws Exception {
        JsonNode list = run("catalog", "list").json();
        assertThat(list.size()).isGreaterThanOrEqualTo(25);
        assertThat(list.findValuesAsText("code")).contains("1.001193", "1.000894", "1.000656", "2.000815",
                "1.004873");
    }
}
