package vn.motcua.central.province;

import java.time.Instant;
import java.util.List;

/**
 * One commune's figures for a period (or the province's totals, {@code officeCode} empty), with the definitions of
 * DOMAIN.md §2.4, §5.4 and §7 exactly as the desk's own reports compute them (report.PeriodReport, Indicators766,
 * SatisfactionReport, the apology register, the supervisor's overdue figure); see docs/central-server.md "Province
 * figures". Ratios are 0–1, null when there is nothing to divide by.
 *
 * @param received          new in the period: received from {@code from} to {@code to} (Biểu II.06a (4)+(5))
 * @param receivedOnline    of which online (II.06a (4))
 * @param carriedOver       received before the period and not finished before it (II.06a (6))
 * @param resolved          finished (9/10) or withdrawn (7) in the period (II.06a (7))
 * @param resolvedEarly     II.06a (8)
 * @param resolvedOnTime    II.06a (9), withdrawn included
 * @param resolvedLate      II.06a (10)
 * @param overdueNow        open now (2, 4, 6) with the effective appointment (an apology's new date, else the
 *                          statutory one) already past — the desk supervisor's "Quá hạn"; not period-bound
 * @param apologies         apology slips made in the period (the desk's apology register)
 * @param dossiers          the 766 satisfaction's denominator: received + carried over (II.06a (3))
 * @param dissatisfied      of those, dossiers whose latest rating given by the end of the period is "Không hài lòng"
 * @param ratings           ratings given in the period (one per dossier, the latest of QR and counter; QR ratings
 *                          only when COUNTED)
 * @param ratedVerySatisfied, ratedSatisfied, ratedDissatisfied: those ratings by level
 * @param digitised         of {@code received}, dossiers with at least one scanned document on the server
 * @param desks             the commune's desks (empty on the totals row)
 * @param lastSync          the latest time any of its desks reached the server; null if none ever did
 */
public record CommuneRow(String officeCode, String officeName, long received, long receivedOnline, long carriedOver,
                         long resolved, long resolvedEarly, long resolvedOnTime, long resolvedLate, long overdueNow,
                         long apologies, long dossiers, long dissatisfied, long ratings, long ratedVerySatisfied,
                         long ratedSatisfied, long ratedDissatisfied, long digitised, List<DeskSync> desks,
                         Instant lastSync) {

    public CommuneRow {
        desks = desks == null ? List.of() : List.copyOf(desks);
    }

    /** (early + on time) ÷ resolved (Indicators766 on-time rate). */
    public Double onTimeRate() {
        return ratio(resolvedEarly + resolvedOnTime, resolved);
    }

    /** Decision 766 satisfaction: (dossiers − dissatisfied) ÷ dossiers. */
    public Double satisfaction() {
        return ratio(dossiers - dissatisfied, dossiers);
    }

    /** Digitised ÷ received. */
    public Double digitisationShare() {
        return ratio(digitised, received);
    }

    /** Desks of this commune silent for more than a day. */
    public long silentDesks() {
        return desks.stream().filter(DeskSync::silent).count();
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }
}
