package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.motcua.store.Json;

/** {@code card parse}: the JSON a script gets, stdin, and exit 2 with the reason for a damaged payload. */
class CardCommandTest {
    private static final String PAYLOAD = "001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|"
            + "Thôn Đông, Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình|15042021";

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = MotCuaCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void parse_printsTheFieldsItWouldFill() throws Exception {
        Run r = run("card", "parse", PAYLOAD);
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode j = Json.mapper().readTree(r.out());
        assertThat(j.get("idNumber").asText()).isEqualTo("001090123456");
        assertThat(j.get("oldIdNumber").asText()).isEqualTo("012345678");
        assertThat(j.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(j.get("dateOfBirth").asText()).isEqualTo("1990-01-01");
        assertThat(j.get("sex").asText()).isEqualTo("Nam");
        assertThat(j.get("address").asText()).isEqualTo("Thôn Đông, Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình");
        assertThat(j.get("issuedOn").asText()).isEqualTo("2021-04-15");
        assertThat(j.get("warnings")).hasSize(1);
        assertThat(j.get("warnings").get(0).asText()).contains("01/07/2025");
    }

    @Test
    void parse_dash_readsOneLineOfUtf8FromStdin() throws Exception {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream((PAYLOAD.replace("|012345678|", "||") + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        try {
            Run r = run("card", "parse", "-");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode j = Json.mapper().readTree(r.out());
            assertThat(j.get("oldIdNumber").isNull()).isTrue();
            assertThat(j.get("fullName").asText()).isEqualTo("Nguyễn Văn An");
        } finally {
            System.setIn(old);
        }
    }

    @Test
    void parse_damaged_exits2WithTheReason_andPrintsNoJson() {
        Run r = run("card", "parse", "001090123456|012345678|NGUYỄN VĂN AN|01011990");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("damaged card payload").contains("chỉ có 4 trường");
    }
}
