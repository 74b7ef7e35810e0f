package vn.motcua.central.province;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.report.CsvExport;
import vn.motcua.report.ReportTable;
import vn.motcua.report.XlsxExport;

/**
 * The overview as a spreadsheet: XLSX (fastexcel) and CSV (UTF-8 with BOM so Excel shows the diacritics), through
 * the desk's own exporters ({@link XlsxExport}, {@link CsvExport}). Ratios are percentages with one decimal, "—"
 * when there is nothing to divide by; the totals row comes last.
 */
public final class OverviewExport {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private OverviewExport() {
    }

    public static void xlsx(Overview o, OutputStream out) throws IOException {
        XlsxExport.write(table(o), out);
    }

    public static void csv(Overview o, OutputStream out) throws IOException {
        CsvExport.write(table(o), out);
    }

    /** The overview as the exporters' table: one row per commune, then the province's totals. */
    public static ReportTable table(Overview o) {
        List<List<Object>> rows = new ArrayList<>();
        for (CommuneRow r : o.rows()) {
            rows.add(row(r));
        }
        rows.add(row(o.total()));
        return new ReportTable("Tình hình giải quyết TTHC các xã", List.of("Kỳ báo cáo: " + o.period().textVi(),
                "Số liệu lúc " + VN.format(LocalDateTime.ofInstant(o.asOf(), DossierFigures.VN))
                        + " (quá hạn hiện tại và đồng bộ tính tại thời điểm này)"),
                List.of("Mã đơn vị", "Xã", "Tiếp nhận mới", "Từ kỳ trước", "Đã giải quyết",
                        "Đã giải quyết|Trước hạn", "Đã giải quyết|Đúng hạn", "Đã giải quyết|Quá hạn",
                        "Tỷ lệ đúng hạn (%)", "Quá hạn hiện tại", "Phiếu xin lỗi", "Hài lòng QĐ 766 (%)",
                        "Số đánh giá", "Đánh giá không hài lòng", "Số hóa (%)", "Số quầy", "Quầy mất kết nối > 1 ngày",
                        "Đồng bộ gần nhất"), rows);
    }

    private static List<Object> row(CommuneRow r) {
        return Arrays.asList(r.officeCode(), r.officeName(), r.received(), r.carriedOver(), r.resolved(),
                r.resolvedEarly(), r.resolvedOnTime(), r.resolvedLate(), pct(r.onTimeRate()), r.overdueNow(),
                r.apologies(), pct(r.satisfaction()), r.ratings(), r.ratedDissatisfied(), pct(r.digitisationShare()),
                r.officeCode().isEmpty() ? null : (long) r.desks().size(),
                r.officeCode().isEmpty() ? null : r.silentDesks(),
                r.lastSync() == null ? "" : VN.format(LocalDateTime.ofInstant(r.lastSync(), DossierFigures.VN)));
    }

    /** A ratio as a percentage with one decimal, or "—". */
    public static Object pct(Double ratio) {
        return ratio == null ? "—" : Math.round(ratio * 1000) / 10.0;
    }
}
