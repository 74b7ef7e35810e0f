package vn.motcua.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Decision 766 (Bộ chỉ số phục vụ người dân, doanh nghiệp) indicators a commune desk can compute for a period:
 * on-time rate (resolved early or on time, withdrawn counted on time, over all resolved — §2.4, against the statutory
 * appointment), digitisation share (dossiers received in the period with at least one scanned document) and
 * satisfaction ratio (Rất hài lòng + Hài lòng over all ratings). Ratios are 0–1; null when there is nothing to count.
 */
public record Indicators766(Period period, long resolved, long resolvedOnTime, long received, long digitised,
                            int ratings, int satisfied) {

    public Double onTimeRate() {
        return resolved == 0 ? null : resolvedOnTime / (double) resolved;
    }

    public Double digitisationShare() {
        return received == 0 ? null : digitised / (double) received;
    }

    public Double satisfactionRatio() {
        return ratings == 0 ? null : satisfied / (double) ratings;
    }

    public static Indicators766 compute(Connection c, Period p) throws SQLException {
        PeriodReport r = PeriodReport.compute(c, p);
        long received;
        long digitised;
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(digitised_components > 0), 0) "
                + "FROM dossier WHERE deleted = 0 AND status NOT IN (1, 3) AND received_at >= ? AND received_at < ?")) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                received = rs.getLong(1);
                digitised = rs.getLong(2);
            }
        }
        SatisfactionReport s = SatisfactionReport.compute(c, p);
        int satisfied = s.distribution().get(vn.motcua.domain.rating.RatingLevel.VERY_SATISFIED)
                + s.distribution().get(vn.motcua.domain.rating.RatingLevel.SATISFIED);
        return new Indicators766(p, r.total().resolved(), r.total().early() + r.total().onTime(), received, digitised,
                s.total(), satisfied);
    }

    public ReportTable table(String unitName) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", resolvedOnTime + "/" + resolved,
                pct(onTimeRate())));
        rows.add(List.of("Tỷ lệ hồ sơ được số hóa khi tiếp nhận", digitised + "/" + received,
                pct(digitisationShare())));
        rows.add(List.of("Tỷ lệ người dân hài lòng", satisfied + "/" + ratings, pct(satisfactionRatio())));
        return new ReportTable("Chỉ số phục vụ người dân (Quyết định 766/QĐ-TTg)", List.of(unitName,
                "Kỳ báo cáo: " + period.textVi()), List.of("Chỉ số", "Số liệu", "Tỷ lệ (%)"), rows);
    }

    private static Object pct(Double ratio) {
        return ratio == null ? "—" : SatisfactionReport.percent(ratio);
    }
}
