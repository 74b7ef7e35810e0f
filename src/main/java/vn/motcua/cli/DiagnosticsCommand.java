package vn.motcua.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.service.DeskContext;

@Command(name = "diagnostics", description = "Write a diagnostics zip for support: masked logs, versions, settings "
        + "without secrets, integrity check, table counts (no dossier content).")
final class DiagnosticsCommand extends DeskCommand {
    @Option(names = "--out", required = true, paramLabel = "FILE.zip")
    Path out;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        Path written = ctx.diagnostics().write(out);
        printJson(Map.of("file", written.toAbsolutePath().toString()));
        return 0;
    }
}
