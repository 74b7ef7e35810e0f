package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import vn.motcua.store.Json;

/** Runs the command line in process over one data folder, capturing stdout, stderr and the exit code. */
final class CliRunner {
    private final Path dir;

    CliRunner(Path dir) {
        this.dir = dir;
    }

    record Run(int exit, String out, String err) {
        JsonNode json() {
            return CliRunner.json(out);
        }
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A desk set up with the sample catalogue and an administrator "admin". */
    void setUp() {
        Run r = run("setup", "--office-name", "Xã Quảng Phú", "--agency-code", "000.00.01.H22", "--desk", "1",
                "--admin-user", "admin", "--admin-password", "matkhau123");
        assertThat(r.exit()).as(r.err()).isZero();
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = MotCuaCommand.newCommandLine(new PrintWriter(out), new PrintWriter(err)).execute(all);
        return new Run(exit, out.toString(), err.toString());
    }

    Run withStdin(String stdin, String... args) {
        InputStream old = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return run(args);
        } finally {
            System.setIn(old);
        }
    }
}
