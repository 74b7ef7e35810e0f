package vn.motcua.central.province;

import java.util.Objects;
import vn.motcua.report.Period;

/**
 * What the overview is asked for: the period, the column to sort by and its direction, and filters.
 *
 * @param text           keep communes whose name or agency code contains this text (accents and case ignored);
 *                       null or blank keeps every commune
 * @param onlySilent     keep communes with at least one desk silent for more than a day
 * @param onlyOverdue    keep communes with at least one dossier overdue now
 * @param maxOnTimeRate  keep communes whose on-time rate is at most this (0–1; communes with nothing resolved are
 *                       dropped when set); null keeps every commune
 */
public record OverviewQuery(Period period, Sort sort, boolean descending, String text, boolean onlySilent,
                            boolean onlyOverdue, Double maxOnTimeRate) {

    /** The overview's sortable columns. Ties are broken by commune name. */
    public enum Sort {
        NAME, CODE, RECEIVED, RESOLVED, ON_TIME_RATE, OVERDUE_NOW, APOLOGIES, SATISFACTION, RATINGS, DIGITISATION,
        LAST_SYNC
    }

    public OverviewQuery {
        Objects.requireNonNull(period, "period");
        sort = sort == null ? Sort.NAME : sort;
    }

    /** Every commune of {@code period}, by name. */
    public static OverviewQuery of(Period period) {
        return new OverviewQuery(period, Sort.NAME, false, null, false, false, null);
    }

    public OverviewQuery sortedBy(Sort s, boolean desc) {
        return new OverviewQuery(period, s, desc, text, onlySilent, onlyOverdue, maxOnTimeRate);
    }

    public OverviewQuery filtered(String text, boolean onlySilent, boolean onlyOverdue, Double maxOnTimeRate) {
        return new OverviewQuery(period, sort, descending, text, onlySilent, onlyOverdue, maxOnTimeRate);
    }
}
