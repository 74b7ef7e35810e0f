package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.print.PdfText;

/** receipt, form and logbook from the command line: a PDF file, JSON on stdout, clear refusals. */
class PrintCommandsTest {
    @TempDir
    Path dir;
    String code;
    StringWriter out;
    StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return MotCuaCommand.newCommandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    }

    @BeforeEach
    void setUp() throws Exception {
        assertThat(run("setup", "--office-name", "Xã Quảng Phú", "--agency-code", "000.00.01.H22", "--desk", "1",
                "--admin-user", "admin", "--admin-password", "doi-mat-khau-ngay")).isZero();
        Path json = dir.resolve("d.json");
        Files.writeString(json, "{\"procedureCode\":\"1.004873\",\"receivedAt\":\"2026-04-29T15:30\","
                + "\"applicant\":{\"fullName\":\"Nguyễn Văn Đức\",\"idNumber\":\"038095001234\","
                + "\"phone\":\"0912345678\",\"address\":\"Thôn 1, xã Quảng Phú\"}}");
        assertThat(run("register", "--json", json.toString())).isZero();
        code = out.toString().replaceAll("(?s).*\"code\" : \"([^\"]+)\".*", "$1");
    }

    @Test
    void receipt_writesThePdf_andPrintsJson() throws Exception {
        Path pdf = dir.resolve("r.pdf");
        assertThat(run("receipt", code, "--pdf", pdf.toString(), "--format", "80mm", "--reprint")).isZero();
        assertThat(out.toString()).contains("\"pages\" : 2", "\"format\" : \"80mm\"", "\"reprint\" : true");
        assertThat(PdfText.flat(Files.readAllBytes(pdf))).contains(code, "Nguyễn Văn Đức", "BẢN IN LẠI");
    }

    @Test
    void form_andLogbook_writeTheirPdfs() throws Exception {
        Path a = dir.resolve("a.pdf");
        assertThat(run("form", "apology", code, "--pdf", a.toString(), "--reason", "Chờ xác minh",
                "--new-appointment", "2026-05-12T09:00")).isZero();
        assertThat(PdfText.flat(Files.readAllBytes(a))).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Chờ xác minh");
        Path l = dir.resolve("l.pdf");
        assertThat(run("logbook", "--from", "2026-04-01", "--to", "2026-04-30", "--pdf", l.toString())).isZero();
        assertThat(PdfText.flat(Files.readAllBytes(l))).contains("SỔ THEO DÕI HỒ SƠ", code);
    }

    @Test
    void badInput_isRefusedWithExit2_andWritesNoFile() {
        Path pdf = dir.resolve("x.pdf");
        assertThat(run("receipt", code, "--pdf", pdf.toString(), "--format", "a3")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --format 'a3'");
        assertThat(run("form", "nonsense", code, "--pdf", pdf.toString())).isEqualTo(2);
        assertThat(run("receipt", "000.00.01.H22-260429-9999", "--pdf", pdf.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Không tìm thấy hồ sơ");
        assertThat(run("receipt", code, "--pdf", dir.resolve("no/such/dir/x.pdf").toString())).isEqualTo(2);
        assertThat(run("logbook", "--from", "hôm qua", "--to", "2026-04-30", "--pdf", pdf.toString())).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }
}
