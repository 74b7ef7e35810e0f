package vn.motcua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.service.DeskContext;
import vn.motcua.store.Json;
import vn.motcua.sync.SyncReport;

@Command(name = "sync", description = "Sync this desk with the central server; quarantine list.",
        subcommands = {SyncCommand.Status.class, SyncCommand.Quarantine.class, SyncCommand.Retry.class,
            SyncCommand.Resolve.class, SyncCommand.Ratings.class,
            SyncCommand.RotateRatingKey.class})
final class SyncCommand extends DeskCommand {
    @Option(names = "--once", description = "Run one sync (push, then pull) and print its summary (the default).")
    boolean once;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        SyncReport r = ctx.sync().syncNow();
        printJson(r);
        if (r.ok()) {
            return 0;
        }
        spec.commandLine().getErr().println("error: sync stopped: " + r.error());
        return r.unreachable() ? ErrorReporter.SERVER_UNREACHABLE : ErrorReporter.ACTION_REFUSED;
    }

    @Command(name = "status", description = "Enrollment, pending events, last success and error, clock difference.")
    static final class Status extends DeskCommand {
        @Override
        Integer execute(DeskContext ctx) throws Exception {
            var s = ctx.sync().status();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("state", s.state());
            out.putAll(Json.mapper().convertValue(s, Map.class));
            out.put("online", s.online());
            printJson(out);
            return 0;
        }
    }

    @Command(name = "quarantine", description = "Events the server refused, with its reasons (supervisor).")
    static final class Quarantine extends DeskCommand {
        @Option(names = "--all", description = "also those already resolved")
        boolean all;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            printJson(ctx.sync().quarantined(all, actor(ctx)));
            return 0;
        }
    }

    @Command(name = "retry", description = "Put a quarantined event back in the queue (by its seq).")
    static final class Retry extends DeskCommand {
        @Parameters(paramLabel = "SEQ")
        long seq;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            if (!ctx.sync().retry(seq, actor(ctx))) {
                throw new UserInputException("no quarantined event #" + seq);
            }
            printJson(Map.of("seq", seq, "state", "PENDING"));
            return 0;
        }
    }

    @Command(name = "rotate-rating-key", description = {"Make a new rating secret for this desk's receipts (admin). "
        + "The server learns it first (when enrolled); receipts printed before keep working for dossiers received "
        + "before now. Use it when a copy of this desk's data may have leaked."})
    static final class RotateRatingKey extends DeskCommand {
        @Override
        Integer execute(DeskContext ctx) throws Exception {
            printJson(Map.of("keyId", ctx.sync().rotateRatingSecret(actor(ctx))));
            return 0;
        }
    }

    @Command(name = "resolve", description = "Mark a quarantined event handled, with a note.")
    static final class Resolve extends DeskCommand {
        @Parameters(paramLabel = "SEQ")
        long seq;
        @Option(names = "--note", required = true)
        String note;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            if (!ctx.sync().resolve(seq, note, actor(ctx))) {
                throw new UserInputException("no quarantined event #" + seq);
            }
            printJson(Map.of("seq", seq, "resolved", true));
            return 0;
        }
    }

    @Command(name = "ratings", description = "Citizens' ratings received from the server.")
    static final class Ratings extends DeskCommand {
        @Option(names = "--limit", defaultValue = "100")
        int limit;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            List<Object> out = new ArrayList<>();
            for (Object rating : ctx.sync().ratings(limit)) {
                out.add(withJsonFieldsAsJson(Json.mapper().convertValue(rating, Map.class)));
            }
            printJson(out);
            return 0;
        }

        /** Fields that hold JSON text (the criteria of a rating) are printed as JSON, not as a quoted string. */
        private static Map<String, Object> withJsonFieldsAsJson(Map<?, ?> fields) {
            Map<String, Object> out = new LinkedHashMap<>();
            fields.forEach((k, v) -> {
                Object value = v;
                if (v instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
                    try {
                        value = Json.mapper().readTree(text);
                    } catch (java.io.IOException notJson) {
                        value = text;
                    }
                }
                out.put(String.valueOf(k), value);
            });
            return out;
        }
    }
}
