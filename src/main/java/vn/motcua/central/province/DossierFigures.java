package vn.motcua.central.province;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.domain.dossier.TimeFlags;
import vn.motcua.domain.rating.RatingLevel;

/**
 * What one dossier contributes to the province figures, derived from the dossier as the server holds it with the
 * desk's own rules ({@link TimeFlags}: §2.4 early / on time / late at date granularity against the statutory
 * appointment, withdrawn on time; the live overdue flag against the effective appointment). Period-independent:
 * once a dossier is finished (7, 8, 9) it stays finished with the same end and appointment (DossierLifecycle), so
 * "its state at the end of any period" (decision 0006) follows from these days alone (decision 0012).
 *
 * @param receivedDay      the day it was received
 * @param closedDay        the day processing ended (7, 8, 9/10), but never before {@code receivedDay}; null while open
 * @param resolvedDay      the day it was resolved in the II.06a sense (9/10 or withdrawn 7); null otherwise
 * @param resolvedKind     1 early, 2 on time (withdrawn included), 3 late, 0 not resolved
 * @param apologyDays      the days of its apology slips
 * @param rating           its latest rating (QR counted, or at the counter), null if none
 * @param dissatisfiedFrom when its latest rating is "Không hài lòng": the later of the rating's day and the received
 *                         day (from then on it lowers the 766 satisfaction of every period it belongs to)
 * @param dueAt            while open (2, 4, 6): the effective appointment (an apology's new date, else the statutory
 *                         one); null otherwise
 */
record DossierFigures(String dossierId, String officeCode, String procedureCode, String fieldCode,
                      LocalDate receivedDay, boolean online, LocalDate closedDay, LocalDate resolvedDay,
                      int resolvedKind, boolean digitised, List<LocalDate> apologyDays, Rating rating,
                      LocalDate dissatisfiedFrom, LocalDateTime dueAt) {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A rating as the desk's SatisfactionReport reads it: level, local time (Vietnam), channel QR or COUNTER. */
    record Rating(RatingLevel level, LocalDateTime ratedAt, String channel) {
    }

    DossierFigures {
        apologyDays = List.copyOf(apologyDays);
    }

    /**
     * The figures of a dossier from its stored JSON (the desk's dossier), whether a scan of it is held, its apology
     * slips' times and its latest rating; empty when the JSON lacks what every dossier has (then it counts nowhere,
     * as at a desk that could not read it).
     */
    static Optional<DossierFigures> of(String dossierId, String officeCode, int statusCode, JsonNode data,
                                       boolean digitised, List<String> apologyTimes, Rating rating) {
        Optional<DossierStatus> status = DossierStatus.fromCode(statusCode);
        LocalDateTime received = localTime(text(data, "receivedAt"));
        String procedure = text(data, "procedureCode");
        if (status.isEmpty() || status.get() == DossierStatus.RECEIVING || status.get() == DossierStatus.DENIED
                || received == null || procedure == null) {
            // 1 and 3 are outside the processing statistics (§2.4); the server never holds them (receipt is 2)
            return Optional.empty();
        }
        Channel channel = "ONLINE".equals(text(data, "channel")) ? Channel.ONLINE : Channel.DIRECT;
        Dossier d = Dossier.builder()
                .id(UUID.nameUUIDFromBytes(dossierId.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .code("-").procedureCode(procedure).channel(channel)
                .applicant(Applicant.builder().fullName("-").build())
                .receivedAt(received).status(status.get())
                .appointmentAt(localTime(text(data, "appointmentAt")))
                .rescheduledAt(localTime(text(data, "rescheduledAt")))
                .finishedAt(localTime(text(data, "finishedAt")))
                .version(1).build();
        LocalDate receivedDay = received.toLocalDate();
        LocalDate closedDay = null;
        LocalDate resolvedDay = null;
        int kind = 0;
        if (d.status().isClosed() && d.finishedAt() != null) {
            LocalDate finished = d.finishedAt().toLocalDate();
            closedDay = finished.isBefore(receivedDay) ? receivedDay : finished;
            TimeFlag flag = TimeFlags.statisticsFlag(d, finished.isBefore(receivedDay) ? receivedDay : finished);
            kind = switch (flag) {
                case EARLY -> 1;
                case ON_TIME -> 2;
                case LATE -> 3;
                default -> 0;
            };
            resolvedDay = kind == 0 ? null : finished;
        }
        LocalDateTime due = switch (d.status()) {
            case NEW, PROCESSING, PAYING -> d.effectiveAppointment();
            default -> null;
        };
        List<LocalDate> apologies = new ArrayList<>();
        for (String t : apologyTimes) {
            LocalDateTime at = localTime(t);
            if (at != null) {
                apologies.add(at.toLocalDate());
            }
        }
        LocalDate dissatisfiedFrom = null;
        if (rating != null && rating.level() == RatingLevel.DISSATISFIED) {
            LocalDate r = rating.ratedAt().toLocalDate();
            dissatisfiedFrom = r.isBefore(receivedDay) ? receivedDay : r;
        }
        return Optional.of(new DossierFigures(dossierId, officeCode, procedure, nonNull(text(data, "fieldCode")),
                receivedDay, channel == Channel.ONLINE, closedDay, resolvedDay, kind, digitised, apologies, rating,
                dissatisfiedFrom, due));
    }

    /** The latest of a QR and a counter rating, QR first on a tie (as the desk's SatisfactionReport merges them). */
    static Rating latest(Rating qr, Rating counter) {
        if (qr == null) {
            return counter;
        }
        if (counter == null) {
            return qr;
        }
        return counter.ratedAt().isAfter(qr.ratedAt()) ? counter : qr;
    }

    /** A rating's level by name; empty for an unknown one (left out, as the desk's report does). */
    static Optional<RatingLevel> level(String name) {
        try {
            return Optional.of(RatingLevel.valueOf(name));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A counter rating's time, read as the desk's report reads it (instant, offset or local time, Vietnam). */
    static LocalDateTime ratingTime(String s) {
        return vn.motcua.report.SatisfactionReport.time(s);
    }

    static LocalDateTime localTime(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        LocalDateTime quick = LocalTimes.quick(s);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
