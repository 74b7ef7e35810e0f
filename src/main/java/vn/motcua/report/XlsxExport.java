package vn.motcua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX with a title, header lines, grouped column headings, borders and sensible widths. */
public final class XlsxExport {
    private XlsxExport() {
    }

    public static void write(ReportTable t, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Quay Mot Cua", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(t.title()));
        int cols = t.columns().size();
        int r = 0;
        ws.value(r, 0, t.title());
        ws.range(r, 0, r, cols - 1).merge();
        ws.range(r, 0, r, cols - 1).style().bold().fontSize(14).horizontalAlignment("center").set();
        r++;
        for (String line : t.headerLines()) {
            ws.value(r, 0, line);
            ws.range(r, 0, r, cols - 1).merge();
            ws.range(r, 0, r, cols - 1).style().horizontalAlignment("center").set();
            r++;
        }
        r++;
        boolean grouped = t.columns().stream().anyMatch(c -> c.contains("|"));
        int headTop = r;
        for (int c = 0; c < cols; c++) {
            String h = t.columns().get(c);
            if (grouped && h.contains("|")) {
                ws.value(r, c, h.substring(0, h.indexOf('|')));
                ws.value(r + 1, c, h.substring(h.indexOf('|') + 1));
            } else {
                ws.value(r, c, h);
                if (grouped) {
                    ws.range(r, c, r + 1, c).merge();
                }
            }
        }
        if (grouped) {
            mergeGroups(ws, t.columns(), r);
            r++;
        }
        ws.range(headTop, 0, r, cols - 1).style().bold().wrapText(true).horizontalAlignment("center")
                .verticalAlignment("center").fillColor("DDEBF7").borderStyle(BorderStyle.THIN).set();
        r++;
        int firstData = r;
        for (List<Object> row : t.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null) {
                    ws.value(r, c, v.toString());
                }
            }
            r++;
        }
        if (r > firstData) {
            ws.range(firstData, 0, r - 1, cols - 1).style().borderStyle(BorderStyle.THIN).wrapText(true)
                    .verticalAlignment("top").set();
        }
        for (int c = 0; c < cols; c++) {
            int width = t.columns().get(c).length();
            for (List<Object> row : t.rows()) {
                Object v = c < row.size() ? row.get(c) : null;
                width = Math.max(width, v == null ? 0 : Math.min(60, v.toString().length()));
            }
            ws.width(c, Math.max(6, Math.min(60, width + 2)));
        }
        ws.freezePane(0, firstData);
        wb.finish();
    }

    private static void mergeGroups(Worksheet ws, List<String> columns, int row) {
        int start = -1;
        String group = null;
        for (int c = 0; c <= columns.size(); c++) {
            String h = c < columns.size() ? columns.get(c) : null;
            String g = h != null && h.contains("|") ? h.substring(0, h.indexOf('|')) : null;
            if (g == null || !g.equals(group)) {
                if (group != null && c - 1 > start) {
                    ws.range(row, start, row, c - 1).merge();
                }
                group = g;
                start = c;
            }
        }
    }

    private static String sheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
