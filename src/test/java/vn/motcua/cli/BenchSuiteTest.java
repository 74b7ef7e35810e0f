package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.store.Json;

/** {@code motcua bench} runs the whole suite end to end (tiny sizes) and prints every row of the table. */
class BenchSuiteTest {
    @TempDir
    Path dir;

    @Test
    void theTinySuitePrintsEveryFigureMeasuredOrSkippedWithAReason() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path json = dir.resolve("bench.json");
        int exit = BenchMain.newCommandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("bench", "--tiny", "--json", json.toString(), "--pg", "");

        assertThat(exit).as(err.toString()).isZero();
        String table = out.toString();
        List<String> figures = List.of("desk cold start to first frame",
                "desk cold start, class-data sharing", "command line: settings list vs --version", "register a dossier", "receipt PDF (A5)",
                "register --jsonl throughput", "search, full code", "search, ID number", "search, ID prefix",
                "search, phone", "search, one name word", "search, full name", "search, name with diacritics",
                "supervisor dashboard figures",
                "period report, a quarter", "period report, a year", "desk heap under -Xmx256m",
                "desk sync after a week offline", "central ingest vs raw JDBC (SQLite)",
                "central ingest vs raw JDBC (PostgreSQL)", "pull with 20 desks");
        for (String f : figures) {
            assertThat(table).as(table).contains(f);
        }
        JsonNode rows = Json.mapper().readTree(json.toFile()).get("rows");
        List<String> seen = new ArrayList<>();
        for (JsonNode r : rows) {
            seen.add(r.get("figure").asText());
            String value = r.get("value").asText();
            assertThat(value).as(r.toString()).doesNotStartWith("failed");
            if (!value.startsWith("skipped: ")) {
                assertThat(value).as(r.toString()).matches("(?s).*[1-9].*");
            }
        }
        assertThat(seen).containsExactlyElementsOf(figures);
        assertThat(Json.mapper().readTree(json.toFile()).get("machine").get("cpus").asInt()).isPositive();
    }
}
