package vn.motcua.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.store.Json;

/**
 * The 11-criterion satisfaction sheet of the provincial systems (DOMAIN.md §5.1, §7.6) for a period: per criterion the
 * standard score, how many citizens answered it and the score they gave on average ("điểm tự chấm"), with a blank
 * column for the appraised score ("điểm thẩm định"). Criteria 1–9 score 2 / 1 / 0 points; 10 and 11 are answered on
 * the three-level scale and show the share satisfied. Only the criteria the rating page asks are filled (1, 3, 6, 7,
 * 10, and 11 = the overall question); the others say they are not collected.
 */
public final class CriteriaSheet {
    private static final Logger LOG = LoggerFactory.getLogger(CriteriaSheet.class);

    /** One criterion: its text and the rating-page key that answers it (null when the page does not ask it). */
    private record Criterion(String text, String key, boolean points) {
    }

    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("Tổng thời gian giải quyết so với thời gian quy định", "time", true),
            new Criterion("Thời gian giải quyết của từng cơ quan tham gia", null, true),
            new Criterion("Số lần liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ", "contacts", true),
            new Criterion("Số cơ quan, đơn vị phải liên hệ", null, true),
            new Criterion("Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa", null, true),
            new Criterion("Công khai thủ tục hành chính", "publicity", true),
            new Criterion("Thái độ của cán bộ, công chức", "attitude", true),
            new Criterion("Tiếp nhận và xử lý phản ánh, kiến nghị", null, true),
            new Criterion("Tiến độ, chất lượng dịch vụ công trực tuyến", null, true),
            new Criterion("Sự thuận tiện khi thực hiện thủ tục", "convenience", false),
            new Criterion("Đánh giá chung (mức độ hài lòng)", "*overall", false));

    /** One row of the sheet. */
    public record Row(int no, String criterion, String standard, int answers, Double selfScore, String note) {
    }

    private CriteriaSheet() {
    }

    /** The sheet over the ratings given from {@code from} to {@code to} (both included). */
    public static List<Row> compute(Connection c, Period p) throws SQLException {
        List<JsonNode> answers = new ArrayList<>();
        List<String> levels = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT level, criteria, rated_at FROM rating");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                LocalDateTime at = SatisfactionReport.time(rs.getString(3));
                if (at == null) {
                    continue;
                }
                LocalDate day = at.toLocalDate();
                if (day.isBefore(p.from()) || day.isAfter(p.to())) {
                    continue;
                }
                levels.add(rs.getString(1));
                answers.add(criteria(rs.getString(2)));
            }
        }
        List<Row> rows = new ArrayList<>();
        int no = 0;
        for (Criterion cr : CRITERIA) {
            no++;
            String standard = cr.points() ? "2" : "Rất hài lòng / Hài lòng / Không hài lòng";
            if (cr.key() == null) {
                rows.add(new Row(no, cr.text(), standard, 0, null, "Trang đánh giá chưa hỏi tiêu chí này"));
                continue;
            }
            int n = 0;
            double sum = 0;
            for (int i = 0; i < answers.size(); i++) {
                String v = cr.key().equals("*overall") ? levels.get(i) : text(answers.get(i), cr.key());
                if (v == null) {
                    continue;
                }
                if (cr.points()) {
                    if (v.matches("[012]")) {
                        n++;
                        sum += Integer.parseInt(v);
                    }
                } else if (v.equals("VERY_SATISFIED") || v.equals("SATISFIED") || v.equals("DISSATISFIED")) {
                    n++;
                    sum += v.equals("DISSATISFIED") ? 0 : 1;
                }
            }
            Double score = n == 0 ? null : cr.points() ? Math.round(sum / n * 100) / 100.0
                    : SatisfactionReport.percent(sum / n);
            rows.add(new Row(no, cr.text(), standard, n, score, cr.points() ? "Điểm bình quân (0–2)"
                    : "Tỷ lệ hài lòng (%)"));
        }
        return rows;
    }

    public static ReportTable table(List<Row> rows, Period p, String unitName) {
        List<List<Object>> body = new ArrayList<>();
        for (Row r : rows) {
            body.add(java.util.Arrays.asList(r.no(), r.criterion(), r.standard(), r.answers(), r.selfScore(), null,
                    r.note()));
        }
        return new ReportTable("Bảng tiêu chí đánh giá mức độ hài lòng", List.of(unitName, "Kỳ báo cáo: "
                + p.textVi()), List.of("STT", "Tiêu chí", "Điểm chuẩn", "Số lượt đánh giá", "Điểm tự chấm",
                "Điểm thẩm định", "Ghi chú"), body);
    }

    private static JsonNode criteria(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            LOG.warn("A rating's criteria are unreadable and left out: {}", e.getOriginalMessage());
            return null;
        }
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n == null ? null : n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
