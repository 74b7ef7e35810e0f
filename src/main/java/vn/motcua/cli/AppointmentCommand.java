package vn.motcua.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.service.DeskContext;

@Command(name = "appointment", description = {"Compute the appointment (return date) for a receipt time, from a "
        + "procedure of the catalogue or from an explicit duration, with this desk's calendar and working hours.",
    "Example: appointment --received 2026-04-29T15:30 --duration 3 --unit working-days"})
final class AppointmentCommand extends DeskCommand {
    @Option(names = "--received", required = true, paramLabel = "YYYY-MM-DDTHH:MM", description = "receipt time (local)")
    String received;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @ArgGroup(exclusive = false)
        ByProcedure procedure;
        @ArgGroup(exclusive = false)
        ByDuration duration;
    }

    static final class ByProcedure {
        @Option(names = "--procedure", required = true, paramLabel = "CODE")
        String code;
        @Option(names = "--channel", defaultValue = "direct", description = "direct|online|post (default: direct)")
        String channel;
    }

    static final class ByDuration {
        @Option(names = "--duration", required = true, paramLabel = "N")
        int value;
        @Option(names = "--unit", required = true, description = "working-days|calendar-days|working-hours|same-day")
        String unit;
        @Option(names = "--cutoff", description = "apply the same-day cut-off (15:00 by default) to this duration")
        boolean cutoff;
    }

    /** Only computes from the catalogue and the calendar: nothing is written (issue 18). */
    @Override
    boolean readsOnly() {
        return true;
    }

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        LocalDateTime at;
        try {
            at = LocalDateTime.parse(received.trim());
        } catch (DateTimeParseException e) {
            throw new UserInputException("--received must look like 2026-04-29T15:30, was '" + received + "'");
        }
        ProcessingTime time;
        boolean cutoff;
        Map<String, Object> out = new LinkedHashMap<>();
        if (source.procedure != null) {
            Procedure p = ctx.catalog().find(source.procedure.code).orElseThrow(() ->
                    new UserInputException("no procedure with code '" + source.procedure.code + "' in the catalogue"));
            Channel channel = Channel.parse(source.procedure.channel).orElseThrow(() ->
                    new UserInputException("--channel must be direct, online or post"));
            time = p.timeFor(channel);
            cutoff = p.sameDayCutoff();
            out.put("procedure", p.code());
            out.put("procedureName", p.name());
            out.put("channel", channel.key());
            if (p.noFixedAppointment()) {
                out.put("receivedAt", at);
                out.put("appointmentAt", null);
                out.put("noFixedAppointment", true);
                out.put("text", "Không có ngày hẹn trả cụ thể theo quy định");
                printJson(out);
                return 0;
            }
        } else {
            TimeUnit unit = TimeUnit.parse(source.duration.unit).orElseThrow(() -> new UserInputException(
                    "--unit must be working-days, calendar-days, working-hours or same-day"));
            if (source.duration.value < 0 || source.duration.value > 3650) {
                throw new UserInputException("--duration must be between 0 and 3650");
            }
            time = new ProcessingTime(source.duration.value, unit);
            cutoff = source.duration.cutoff;
        }
        Appointment a = ctx.calendar().appointment(at, time, cutoff);
        out.put("receivedAt", at);
        out.put("start", a.start());
        out.put("appointmentAt", a.appointmentAt());
        Map<String, Object> duration = new LinkedHashMap<>(); // one key order every run (Map.of's varies by JVM)
        duration.put("value", time.value());
        duration.put("unit", time.unit().key());
        duration.put("text", time.toVietnamese());
        out.put("duration", duration);
        out.put("sameDayCutoff", cutoff);
        out.put("provisionalCalendar", a.provisionalCalendar());
        printJson(out);
        return 0;
    }
}
