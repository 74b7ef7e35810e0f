package vn.motcua.report;

import java.util.List;

/**
 * A report as a titled table, the common form every export (XLSX, CSV, PDF) renders.
 *
 * @param headerLines lines above the table (unit, period, "Đơn vị tính: …")
 * @param columns     column headings; a heading may contain "|" to group it under a parent heading
 *                    (e.g. "Đã giải quyết|Trước hạn")
 * @param rows        cells: String, Number, or null
 */
public record ReportTable(String title, List<String> headerLines, List<String> columns, List<List<Object>> rows) {
    public ReportTable {
        headerLines = List.copyOf(headerLines);
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
