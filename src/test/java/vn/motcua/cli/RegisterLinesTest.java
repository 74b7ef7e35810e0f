package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code register --json} takes exactly one object; {@code register --jsonl} registers one per line. */
class RegisterLinesTest {
    @TempDir
    Path dir;
    CliRunner cli;

    static final String ONE = "{\"procedureCode\":\"1.001193\",\"receivedAt\":\"2026-04-29T15:30\",\"applicant\":"
            + "{\"fullName\":\"Nguyễn Văn Đức\",\"idNumber\":\"038095001234\",\"phone\":\"0912345678\","
            + "\"address\":\"Thôn 1\"}}";

    @BeforeEach
    void setUp() {
        cli = new CliRunner(dir);
        cli.setUp();
    }

    @Test
    void json_withTwoObjects_isRefusedAndStoresNothing() throws Exception {
        CliRunner.Run r = cli.withStdin(ONE + "\n" + ONE.replace("Đức", "Đạt"), "register", "--json", "-");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("more after its first object").contains("--jsonl");
        assertThat(r.out()).isEmpty();
        assertThat(cli.run("dossier", "search", "nguyen").json()).isEmpty();

        CliRunner.Run junk = cli.withStdin(ONE + " trailing", "register", "--json", "-");
        assertThat(junk.exit()).isEqualTo(2);
        assertThat(cli.run("dossier", "search", "nguyen").json()).isEmpty();

        CliRunner.Run single = cli.withStdin(ONE + "\n\n", "register", "--json", "-");
        assertThat(single.exit()).as(single.err()).isZero();
    }

    @Test
    void jsonl_registersEveryGoodLine_andReportsBadOnesByLineNumber_storingNothingOfThem() throws Exception {
        String input = String.join("\n",
                ONE,
                ONE.replace("Nguyễn Văn Đức", "Trần Thị Hoa").replace("038095001234", "038195001235"),
                "",
                ONE.replace("038095001234", "0380950012"),          // line 4: invalid ID
                "{\"procedureCode\": \"1.001193\", oops}",         // line 5: malformed
                ONE + ONE,                                            // line 6: two objects on one line
                ONE.replace("Nguyễn Văn Đức", "Lê Minh Tuấn").replace("038095001234", "038095001236")) + "\n";
        Path f = dir.resolve("many.jsonl");
        Files.writeString(f, input);
        CliRunner.Run r = cli.run("register", "--jsonl", f.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("3 registered, 3 refused");
        List<JsonNode> lines = r.out().lines().map(CliRunner::json).toList();
        assertThat(lines).extracting(l -> l.get("line").asInt()).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(lines).extracting(l -> l.get("ok").asBoolean())
                .containsExactly(true, true, false, false, false, true);
        assertThat(lines.get(0).get("code").asText()).isEqualTo("000.00.01.H22-260429-0001");
        assertThat(lines.get(1).get("code").asText()).isEqualTo("000.00.01.H22-260429-0002");
        assertThat(lines.get(5).get("code").asText()).isEqualTo("000.00.01.H22-260429-0003");
        assertThat(lines.get(2).get("problems").get(0).get("field").asText()).isEqualTo("applicant.idNumber");
        assertThat(lines.get(2).get("problems").get(0).get("message").asText()).isNotBlank();
        assertThat(lines.get(3).get("problems").get(0).get("message").asText()).contains("malformed");
        assertThat(lines.get(4).get("problems").get(0).get("message").asText()).contains("more after");

        // exactly the three good lines are stored, nothing of the bad ones
        assertThat(cli.run("dossier", "search", "nguyen van duc").json()).hasSize(1);
        assertThat(cli.run("dossier", "search", "tran thi hoa").json()).hasSize(1);
        assertThat(cli.run("dossier", "search", "le minh tuan").json()).hasSize(1);
        assertThat(cli.run("dossier", "search", "038").json()).hasSize(3);
    }

    @Test
    void jsonl_fromStdin_oneTransactionPerLine_givesTheSameCodes() throws Exception {
        String input = ONE + "\n" + ONE.replace("038095001234", "038095001299") + "\n";
        CliRunner.Run r = cli.withStdin(input, "register", "--jsonl", "-", "--group", "1");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().map(CliRunner::json).map(l -> l.get("code").asText()).toList())
                .containsExactly("000.00.01.H22-260429-0001", "000.00.01.H22-260429-0002");
    }

    @Test
    void jsonl_whenTheDesksDailyCodesRunOut_refusesTheRestAndKeepsTheOthers() throws Exception {
        assertThat(cli.run("settings", "set", "codes.blockSize", "2").exit()).isZero();
        String input = ONE + "\n" + ONE + "\n" + ONE + "\n";
        CliRunner.Run r = cli.withStdin(input, "register", "--jsonl", "-");
        assertThat(r.exit()).isEqualTo(2);
        List<JsonNode> lines = r.out().lines().map(CliRunner::json).toList();
        assertThat(lines).extracting(l -> l.get("ok").asBoolean()).containsExactly(true, true, false);
        assertThat(lines.get(2).get("problems").get(0).get("message").asText()).contains("đã dùng hết");
        assertThat(cli.run("dossier", "search", "nguyen van duc").json()).hasSize(2);
    }

    @Test
    void jsonl_generatedLinesAllRegister() throws Exception {
        Path f = dir.resolve("gen.jsonl");
        Files.writeString(f, SampleDossiers.registrationLines(7, List.of("1.001193", "1.004873"), 1200));
        CliRunner.Run r = cli.run("register", "--jsonl", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(1200);
        assertThat(r.out().lines().map(CliRunner::json).filter(l -> l.get("ok").asBoolean()).count()).isEqualTo(1200);
    }
}
