package vn.motcua.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.motcua.service.DeskContext;

@Command(name = "settings", description = "This desk's settings (working hours, cut-off, code block size, …).",
        subcommands = {SettingsCommand.ListSettings.class, SettingsCommand.Set.class})
final class SettingsCommand {

    @Command(name = "list", description = "Print every setting with its value in force.")
    static final class ListSettings extends DeskCommand {
        @Override
        boolean readsOnly() {
            return true;
        }

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            printJson(ctx.calendar().settings().toMap());
            return 0;
        }
    }

    @Command(name = "set", description = "Change one setting (administrators only); the value is checked first.")
    static final class Set extends DeskCommand {
        @Parameters(index = "0", paramLabel = "KEY")
        String key;
        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            ctx.calendar().putSetting(key, value, actor(ctx));
            printJson(ctx.calendar().settings().toMap());
            return 0;
        }
    }
}
