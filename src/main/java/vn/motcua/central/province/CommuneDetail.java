package vn.motcua.central.province;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.report.Period;

/**
 * One commune for a period: its overview row, the weekly trend, per procedure and per field, the dossiers overdue
 * now, the apologies and the dissatisfied ratings of the period. No citizen names anywhere (DOMAIN.md §6.4).
 */
public record CommuneDetail(Period period, CommuneRow summary, List<WeekPoint> weekly, List<GroupRow> perProcedure,
                            List<GroupRow> perField, List<OverdueDossier> overdue, List<ApologyLine> apologies,
                            List<DissatisfiedRating> dissatisfiedRatings) {

    public CommuneDetail {
        weekly = List.copyOf(weekly);
        perProcedure = List.copyOf(perProcedure);
        perField = List.copyOf(perField);
        overdue = List.copyOf(overdue);
        apologies = List.copyOf(apologies);
        dissatisfiedRatings = List.copyOf(dissatisfiedRatings);
    }

    /**
     * One week (Monday to Sunday, cut to the period): received in it, resolved early or on time in it, resolved
     * late in it (withdrawn dossiers count as on time, as in Biểu II.06a).
     */
    public record WeekPoint(LocalDate weekStart, LocalDate weekEnd, long received, long resolvedOnTime,
                            long resolvedLate) {
    }

    /**
     * One procedure (code, name) or field (code, name) for the period; {@code resolvedOnTime} includes early ones.
     */
    public record GroupRow(String code, String name, long received, long resolved, long resolvedOnTime,
                           long resolvedLate, long apologies, long ratings, long ratedDissatisfied, long digitised) {
        public Double onTimeRate() {
            return CommuneRow.ratio(resolvedOnTime, resolved);
        }
    }

    /** A dossier overdue now: code, procedure, the receiving clerk (name, desk), its due time and days late. */
    public record OverdueDossier(String code, String procedureCode, String procedureName, String clerk, int deskNo,
                                 LocalDateTime dueAt, long daysLate) {
    }

    /** An apology slip made in the period. */
    public record ApologyLine(String code, String procedureName, String reason, LocalDateTime previousAppointment,
                              LocalDateTime newAppointment, LocalDateTime createdAt, String createdBy) {
    }

    /** A "Không hài lòng" rating given in the period, with its reason; channel QR or COUNTER. */
    public record DissatisfiedRating(String code, String procedureName, String clerk, LocalDateTime ratedAt,
                                     String channel, String reason) {
    }
}
