package vn.motcua.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.domain.account.Actor;
import vn.motcua.service.DeskContext;
import vn.motcua.service.logging.LogFiles;
import vn.motcua.store.Json;

/** Base of the commands that work on a desk's data folder: open the context, print JSON. */
abstract class DeskCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    MotCuaCommand root() {
        return (MotCuaCommand) spec.root().userObject();
    }

    @Override
    public Integer call() throws Exception {
        LogFiles.install(root().dataDir(), false);
        try (DeskContext ctx = readsOnly() ? DeskContext.openForReading(root().dataDir())
                : DeskContext.open(root().dataDir())) {
            return execute(ctx);
        }
    }

    /** True for a command that only reads: its start skips the rating secret's check (issue 18). */
    boolean readsOnly() {
        return false;
    }

    abstract Integer execute(DeskContext ctx) throws Exception;

    /** The account the command acts as: {@code --as USER}, else the first administrator. */
    Actor actor(DeskContext ctx) {
        String as = root().actAs;
        if (as != null) {
            return ctx.accounts().actor(as).orElseThrow(() ->
                    new UserInputException("no active account named '" + as + "'"));
        }
        return ctx.accounts().firstAdmin().orElseThrow(() ->
                new UserInputException("this desk is not set up yet: run 'motcua setup' first"));
    }

    void printJson(Object value) throws JsonProcessingException {
        String flat = FlatJson.pretty(value);
        spec.commandLine().getOut().println(flat != null ? flat
                : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value));
        spec.commandLine().getOut().flush();
    }
}
