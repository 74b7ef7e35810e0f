package vn.motcua.domain.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A procedure of the catalogue (thủ tục hành chính).
 *
 * @param code            national code {@code d.dddddd}
 * @param times           processing time per channel; a channel without its own time uses the direct one
 * @param sameDayCutoff   papers received after the cut-off (15:00 by default) count from the next working day
 * @param noFixedAppointment the procedure has no fixed return date (KhongCoNgayHenTra)
 * @param supplementDays  days the applicant has to supplement (ThoiHanBoSung), 0 = not set
 * @param sample          part of the shipped sample catalogue, to be replaced by the province's
 */
public record Procedure(
        String code,
        String name,
        Field field,
        ProcedureLevel level,
        Map<Channel, ProcessingTime> times,
        boolean sameDayCutoff,
        boolean noFixedAppointment,
        List<Fee> fees,
        List<DocumentComponent> documents,
        boolean active,
        int version,
        SupplementClockPolicy supplementPolicy,
        int supplementDays,
        boolean sample,
        String processingUnit,
        List<ProcedureStep> steps) {

    private static final Pattern CODE = Pattern.compile("^[1-3]\\.\\d{6}$");

    public Procedure {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("procedure code must look like 1.001193, was " + code);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("procedure name is required");
        }
        if (field == null) {
            throw new IllegalArgumentException("procedure field is required");
        }
        if (times == null || !times.containsKey(Channel.DIRECT)) {
            throw new IllegalArgumentException("a processing time for the direct channel is required");
        }
        level = level == null ? ProcedureLevel.COMMUNE : level;
        times = Map.copyOf(new EnumMap<>(times));
        fees = fees == null ? List.of() : List.copyOf(fees);
        documents = documents == null ? List.of() : List.copyOf(documents);
        processingUnit = processingUnit == null || processingUnit.isBlank() ? null : processingUnit.strip();
        steps = steps == null ? List.of() : List.copyOf(steps);
        supplementPolicy = supplementPolicy == null ? SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION : supplementPolicy;
        if (version < 1) {
            version = 1;
        }
    }

    /** A procedure whose catalogue entry names no processing unit and no steps. */
    public Procedure(String code, String name, Field field, ProcedureLevel level, Map<Channel, ProcessingTime> times,
                     boolean sameDayCutoff, boolean noFixedAppointment, List<Fee> fees,
                     List<DocumentComponent> documents, boolean active, int version,
                     SupplementClockPolicy supplementPolicy, int supplementDays, boolean sample) {
        this(code, name, field, level, times, sameDayCutoff, noFixedAppointment, fees, documents, active, version,
                supplementPolicy, supplementDays, sample, null, List.of());
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** Processing time for a channel; falls back to the direct channel's time. */
    public ProcessingTime timeFor(Channel channel) {
        ProcessingTime t = times.get(channel);
        return t != null ? t : times.get(Channel.DIRECT);
    }

    public long totalFeeVnd() {
        return fees.stream().mapToLong(Fee::amountVnd).sum();
    }
}
