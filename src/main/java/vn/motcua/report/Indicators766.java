package vn.motcua.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.domain.rating.RatingLevel;

/**
 * The Decision 766 (Bộ chỉ số phục vụ người dân, doanh nghiệp) indicators a commune desk can compute for a period,
 * as DOMAIN.md §5.4 and §7.3 define them, over the dossiers of Biểu II.06a in their state at the end of the period
 * (so a closed period's indicators never change either). Ratios are 0–1; null when there is nothing to count.
 * <ol>
 *   <li>on-time rate: resolved early or on time (withdrawn counted on time) ÷ resolved in the period, against the
 *       statutory appointment (II.06a columns (8)+(9) ÷ (7));</li>
 *   <li>online share: received online ÷ received in the period (II.06a (4) ÷ ((4)+(5)));</li>
 *   <li>online-payment share: dossiers whose fee was paid online ÷ dossiers with a fee — this desk records no online
 *       payment yet, so it is shown as "no data", never as 0 %;</li>
 *   <li>digitisation share: dossiers received in the period with at least one scanned document ÷ received in the
 *       period;</li>
 *   <li>satisfaction with the handling of procedures (§5.4): (dossiers − dossiers rated "Không hài lòng") ÷
 *       dossiers, over the II.06a dossiers of the period (column (3): received in it or carried into it), a dossier
 *       counting as dissatisfied when its latest rating (QR or counter) given by the end of the period is
 *       "Không hài lòng". Complaints (phản ánh, kiến nghị) are not recorded at the desk, so only ratings lower it;</li>
 *   <li>and, labelled as what it is, the share of the period's raters who were satisfied ("Rất hài lòng" + "Hài
 *       lòng" ÷ ratings given in the period) — not the 766 indicator.</li>
 * </ol>
 */
public record Indicators766(Period period, long resolved, long resolvedOnTime, long receivedOnline, long received,
                            long digitised, long dossiers, long dissatisfiedDossiers, int ratings, int satisfied) {

    /** Each figure's definition, printed under it in every export and on the desk screen. */
    public static final String DEF_ON_TIME = "Cách tính: số hồ sơ giải quyết trước hạn và đúng hạn (kể cả hồ sơ "
            + "rút) chia cho tổng số hồ sơ đã giải quyết trong kỳ, so với ngày hẹn trả theo quy định; trạng thái hồ "
            + "sơ tính tại thời điểm kết thúc kỳ (Biểu II.06a: (8)+(9) / (7)).";
    public static final String DEF_ONLINE = "Cách tính: số hồ sơ tiếp nhận trực tuyến chia cho tổng số hồ sơ tiếp "
            + "nhận mới trong kỳ (Biểu II.06a: (4) / ((4)+(5))).";
    public static final String DEF_PAYMENT = "Cách tính: số hồ sơ nộp phí, lệ phí trực tuyến chia cho số hồ sơ có "
            + "phí, lệ phí. Máy này chưa ghi nhận thanh toán trực tuyến nên chưa có số liệu (không tính là 0%).";
    public static final String DEF_DIGITISED = "Cách tính: số hồ sơ tiếp nhận mới trong kỳ có ít nhất một thành "
            + "phần được số hóa chia cho tổng số hồ sơ tiếp nhận mới trong kỳ.";
    public static final String DEF_SATISFACTION = "Cách tính (QĐ 766, nhóm Mức độ hài lòng): (tổng số hồ sơ − số hồ "
            + "sơ bị đánh giá «Không hài lòng») chia cho tổng số hồ sơ; tổng số hồ sơ là hồ sơ của Biểu II.06a trong "
            + "kỳ (tiếp nhận mới và từ kỳ trước), đánh giá tính theo lần đánh giá mới nhất đến hết kỳ (mã QR và tại "
            + "quầy). Máy không ghi nhận phản ánh, kiến nghị nên chỉ đánh giá làm giảm chỉ số.";
    public static final String DEF_RATERS = "Không phải chỉ số QĐ 766: tỷ lệ lượt đánh giá «Rất hài lòng» và «Hài "
            + "lòng» trên tổng số lượt đánh giá được gửi trong kỳ (chỉ tính người đã đánh giá).";

    public Double onTimeRate() {
        return ratio(resolvedOnTime, resolved);
    }

    public Double onlineShare() {
        return ratio(receivedOnline, received);
    }

    /** Online-payment share: no data at this desk (see the class comment). */
    public Double onlinePaymentShare() {
        return null;
    }

    public Double digitisationShare() {
        return ratio(digitised, received);
    }

    /** §5.4: (dossiers − dissatisfied dossiers) ÷ dossiers. */
    public Double satisfactionIndex() {
        return ratio(dossiers - dissatisfiedDossiers, dossiers);
    }

    /** The share of raters who were satisfied (not the 766 indicator). */
    public Double satisfiedRatersShare() {
        return ratio(satisfied, ratings);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : part / (double) whole;
    }

    public static Indicators766 compute(Connection c, Period p) throws SQLException {
        PeriodReport r = PeriodReport.compute(c, p);
        PeriodRow t = r.total();
        long digitised;
        String sql = PeriodReport.bindable("SELECT coalesce(sum(rec >= :from AND dig > 0), 0) FROM ("
                + PeriodReport.population("d.digitised_components AS dig", "d.received_at >= :from") + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            PeriodReport.bind(ps, p);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                digitised = rs.getLong(1);
            }
        }
        LocalDateTime end = p.to().plusDays(1).atStartOfDay();
        List<SatisfactionReport.Rated> all = SatisfactionReport.read(c);
        List<String> dissatisfiedCodes = all.stream()
                .filter(x -> x.level() == RatingLevel.DISSATISFIED && x.ratedAt().isBefore(end))
                .map(SatisfactionReport.Rated::code).toList();
        long dissatisfied = 0;
        if (!dissatisfiedCodes.isEmpty()) {
            String q = PeriodReport.bindable("SELECT count(*) FROM (" + PeriodReport.population(null,
                    "d.code IN (SELECT value FROM json_each(?4))") + ")");
            try (PreparedStatement ps = c.prepareStatement(q)) {
                PeriodReport.bind(ps, p);
                ps.setString(4, vn.motcua.store.Json.mapper().writeValueAsString(dissatisfiedCodes));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    dissatisfied = rs.getLong(1);
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        SatisfactionReport s = SatisfactionReport.of(p, all);
        int satisfied = s.distribution().get(RatingLevel.VERY_SATISFIED) + s.distribution().get(RatingLevel.SATISFIED);
        return new Indicators766(p, t.resolved(), t.early() + t.onTime(), t.newOnline(),
                t.newOnline() + t.newDirectOrPost(), digitised, t.received(), dissatisfied, s.total(), satisfied);
    }

    /** One indicator: its name, the counts behind it, the ratio and its definition. */
    public record Line(String name, String counts, Double ratio, String definition) {
    }

    /** The indicators in print order, each with its definition. */
    public List<Line> lines() {
        return List.of(
                new Line("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", resolvedOnTime + "/" + resolved, onTimeRate(),
                        DEF_ON_TIME),
                new Line("Tỷ lệ hồ sơ tiếp nhận trực tuyến", receivedOnline + "/" + received, onlineShare(),
                        DEF_ONLINE),
                new Line("Tỷ lệ hồ sơ thanh toán trực tuyến", "chưa có số liệu", onlinePaymentShare(), DEF_PAYMENT),
                new Line("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", digitised + "/" + received, digitisationShare(),
                        DEF_DIGITISED),
                new Line("Mức độ hài lòng trong tiếp nhận, giải quyết TTHC",
                        (dossiers - dissatisfiedDossiers) + "/" + dossiers, satisfactionIndex(), DEF_SATISFACTION),
                new Line("Tỷ lệ người đánh giá hài lòng (trong số người đã đánh giá)", satisfied + "/" + ratings,
                        satisfiedRatersShare(), DEF_RATERS));
    }

    /** As a table for the exports: each indicator's row, then its definition on the row under it. */
    public ReportTable table(String unitName) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines()) {
            rows.add(List.of(l.name(), l.counts(), pct(l.ratio())));
            rows.add(Arrays.asList(l.definition(), null, null));
        }
        return new ReportTable("Chỉ số phục vụ người dân (Quyết định 766/QĐ-TTg)", List.of(unitName,
                "Kỳ báo cáo: " + period.textVi()), List.of("Chỉ số", "Số liệu", "Tỷ lệ (%)"), rows);
    }

    private static Object pct(Double ratio) {
        return ratio == null ? "—" : SatisfactionReport.percent(ratio);
    }
}
