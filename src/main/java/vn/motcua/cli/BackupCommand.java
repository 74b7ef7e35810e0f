package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.service.BackupService;
import vn.motcua.service.DeskContext;
import vn.motcua.store.Database;
import vn.motcua.store.Json;

@Command(name = "backup", description = "Backups of this desk's database (online backup API, integrity-checked).",
        subcommands = {BackupCommand.Create.class, BackupCommand.ListBackups.class, BackupCommand.Restore.class,
            BackupCommand.Check.class})
final class BackupCommand {

    @Command(name = "create", description = "Back up now, into the data folder's backups/ or --to FOLDER (a USB stick).")
    static final class Create extends DeskCommand {
        @Option(names = "--to", paramLabel = "FOLDER")
        Path to;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            BackupService.Made m = ctx.backups().create(to);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("file", m.backup().file().toString());
            out.put("bytes", m.backup().bytes());
            out.put("integrity", m.integrity());
            printJson(out);
            return m.ok() ? 0 : 1;
        }
    }

    @Command(name = "list", description = "List backups, newest first (of the data folder, or --in FOLDER).")
    static final class ListBackups implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--in", paramLabel = "FOLDER")
        Path in;

        /** Does not open the database: it must work when the data file is damaged. */
        @Override
        public Integer call() throws Exception {
            Path dataDir = ((MotCuaCommand) spec.root().userObject()).dataDir();
            var list = BackupService.list(in == null ? dataDir.resolve(BackupService.FOLDER) : in).stream()
                    .map(b -> Map.of("file", b.file().toString(), "takenAt", b.takenAt(), "bytes", b.bytes()))
                    .toList();
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(list));
            return 0;
        }
    }

    @Command(name = "restore", description = {"Replace this desk's database with a backup. The backup is checked "
            + "first (a damaged one is refused); the current file is kept as motcua.db.before-restore-TIME.",
        "Close the desk application first."})
    static final class Restore implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "BACKUP_FILE")
        Path file;

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("no backup file " + file);
            }
            Path dataDir = ((MotCuaCommand) spec.root().userObject()).dataDir();
            BackupService.Restored r = BackupService.restore(dataDir, file, Clock.system(DeskContext.ZONE));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("restoredFrom", r.restoredFrom().toString());
            out.put("previousKeptAs", r.previousKeptAs() == null ? null : r.previousKeptAs().toString());
            out.put("integrity", r.integrityAfter());
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
            return "ok".equals(r.integrityAfter()) ? 0 : 1;
        }
    }

    @Command(name = "check", description = "Full integrity check of the database file (without opening the desk).")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path dataDir = ((MotCuaCommand) spec.root().userObject()).dataDir();
            String result = Database.integrityCheck(dataDir.resolve(DeskContext.DATABASE_FILE));
            spec.commandLine().getOut().println(Json.mapper().writeValueAsString(Map.of("integrity", result)));
            if ("ok".equals(result)) {
                return 0;
            }
            ErrorReporter.damaged(spec.commandLine().getErr(), dataDir.resolve(DeskContext.DATABASE_FILE));
            return ErrorReporter.DATA_DAMAGED;
        }
    }
}
