package vn.motcua.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Biểu II.06a as a table: 13 columns, one row per field, then the total. */
public final class PeriodReportTable {
    /**
     * The body the commune reports to under the two-tier government (DOMAIN.md §7.2 "receiving unit"; [I]: the
     * provincial People's Committee's office, which compiles the province's II.06a).
     */
    public static final String RECIPIENT = "Văn phòng Ủy ban nhân dân tỉnh";

    private PeriodReportTable() {
    }

    /** The table with a last header line on the fees collected in the period (paid at the counters, VietQR share). */
    public static ReportTable of(PeriodReport r, String reportingUnit, String receivingUnit, FeeSummary fees) {
        ReportTable t = of(r, reportingUnit, receivingUnit);
        if (fees == null) {
            return t;
        }
        List<String> lines = new ArrayList<>(t.headerLines());
        lines.add(fees.lineVi());
        return new ReportTable(t.title(), lines, t.columns(), t.rows());
    }

    public static ReportTable of(PeriodReport r, String reportingUnit, String receivingUnit) {
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (PeriodRow row : r.rows()) {
            rows.add(cells(String.valueOf(++no), row.fieldName().isEmpty() ? "(chưa phân lĩnh vực)" : row.fieldName(),
                    row));
        }
        rows.add(cells("", "Tổng cộng", r.total()));
        return new ReportTable("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI " + receivingUnit.toUpperCase(
                new java.util.Locale("vi")),
                List.of("Biểu II.06a/VPCP/KSTT", "Đơn vị báo cáo: " + reportingUnit,
                        "Đơn vị nhận báo cáo: " + RECIPIENT,
                        "Kỳ báo cáo: " + r.period().textVi(), "Đơn vị tính: số hồ sơ TTHC"),
                List.of("STT", "Lĩnh vực giải quyết", "Số hồ sơ nhận giải quyết|Tổng số",
                        "Số hồ sơ nhận giải quyết|Trực tuyến", "Số hồ sơ nhận giải quyết|Trực tiếp, bưu chính",
                        "Số hồ sơ nhận giải quyết|Từ kỳ trước", "Số hồ sơ đã giải quyết|Tổng số",
                        "Số hồ sơ đã giải quyết|Trước hạn", "Số hồ sơ đã giải quyết|Đúng hạn",
                        "Số hồ sơ đã giải quyết|Quá hạn", "Số hồ sơ đang giải quyết|Tổng số",
                        "Số hồ sơ đang giải quyết|Trong hạn", "Số hồ sơ đang giải quyết|Quá hạn"), rows);
    }

    private static List<Object> cells(String no, String name, PeriodRow r) {
        return Arrays.asList(no, name, r.received(), r.newOnline(), r.newDirectOrPost(), r.carriedOver(),
                r.resolved(), r.early(), r.onTime(), r.late(), r.inProgress(), r.withinTime(), r.overdue());
    }
}
