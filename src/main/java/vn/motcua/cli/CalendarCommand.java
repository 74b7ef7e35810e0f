package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.motcua.service.CalendarService;
import vn.motcua.service.DeskContext;

@Command(name = "calendar", description = "The working calendar (days off and make-up working days).",
        subcommands = {CalendarCommand.Import.class})
final class CalendarCommand {

    @Command(name = "import", description = {"Import a calendar JSON file (format: docs/formats/calendar.md).",
        "All or nothing: a file with any problem imports nothing. Each year in the file replaces that year."})
    static final class Import extends DeskCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException("cannot read calendar file " + file);
            }
            CalendarService.ImportResult r = ctx.calendar().importFile(file, actor(ctx));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("applied", r.applied());
            out.put("years", r.years());
            out.put("problems", r.problems());
            printJson(out);
            if (!r.applied()) {
                var err = spec.commandLine().getErr();
                err.println("error: the calendar was NOT imported" + (r.problems().isEmpty()
                        ? ": the file holds no year" : "; fix these problems:"));
                FileProblems.calendar(err, r.problems());
                return ErrorReporter.INPUT_REFUSED;
            }
            return 0;
        }
    }
}
