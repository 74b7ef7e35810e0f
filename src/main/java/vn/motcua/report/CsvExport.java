package vn.motcua.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** CSV (RFC 4180, UTF-8 with BOM so Excel shows Vietnamese correctly); formula-like cells are neutralised. */
public final class CsvExport {
    private CsvExport() {
    }

    public static void write(ReportTable t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, t.columns().stream().map(c -> (Object) c.replace('|', ' ')).toList());
        for (var row : t.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, java.util.List<Object> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        w.write(sb.append("\r\n").toString());
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        if (!(v instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s; // CSV injection: a spreadsheet must not run a cell as a formula
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
