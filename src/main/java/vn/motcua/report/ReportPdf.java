package vn.motcua.report;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.print.Align;
import vn.motcua.print.Block;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Doc;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfRenderer;
import vn.motcua.print.Span;

/**
 * Any {@link ReportTable} as a PDF through the print package: A4 landscape, the title and header lines centred, the
 * table ruled with its heading repeated on every page. A heading "Parent|Child" is grouped under a spanning parent
 * cell (two heading rows); the other headings span both rows, and a third row numbers the columns (1)…(n) as the
 * official tables print them. Text columns get more room than number columns.
 */
public final class ReportPdf {
    private ReportPdf() {
    }

    public static byte[] render(ReportTable t) {
        return PdfRenderer.render(doc(t));
    }

    public static Doc doc(ReportTable t) {
        List<Block> b = new ArrayList<>();
        for (String line : t.headerLines()) {
            b.add(Para.centered(0.95f, Span.italic(line)));
        }
        b.add(new Block.Gap(0.3f));
        b.add(Para.centered(1.25f, Span.bold(t.title().toUpperCase(java.util.Locale.forLanguageTag("vi")))));
        b.add(new Block.Gap(0.4f));
        int n = t.columns().size();
        boolean[] textual = new boolean[n];
        for (List<Object> row : t.rows()) {
            for (int i = 0; i < n && i < row.size(); i++) {
                if (row.get(i) instanceof String s && s.length() > 6) {
                    textual[i] = true;
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            columns.add(new Column(textual[i] ? 3f : 1f, textual[i] ? Align.LEFT : Align.CENTER));
        }
        boolean grouped = t.columns().stream().anyMatch(c -> c.contains("|"));
        List<List<HeadCell>> head = new ArrayList<>();
        if (grouped) {
            List<HeadCell> top = new ArrayList<>();
            List<HeadCell> sub = new ArrayList<>();
            int i = 0;
            while (i < n) {
                String c = t.columns().get(i);
                int bar = c.indexOf('|');
                if (bar < 0) {
                    top.add(new HeadCell(c, 1, 2));
                    i++;
                    continue;
                }
                String parent = c.substring(0, bar);
                int span = 0;
                while (i + span < n && t.columns().get(i + span).startsWith(parent + "|")) {
                    sub.add(HeadCell.of(t.columns().get(i + span).substring(bar + 1)));
                    span++;
                }
                top.add(new HeadCell(parent, span, 1));
                i += span;
            }
            head.add(top);
            head.add(sub);
            // Grouped tables are the official ones (Biểu II.06a, the logbook): they number their columns (1)…(n).
            List<HeadCell> numbers = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                numbers.add(HeadCell.of("(" + k + ")"));
            }
            head.add(numbers);
        } else {
            head.add(t.columns().stream().map(HeadCell::of).toList());
        }
        List<List<List<Span>>> body = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            List<List<Span>> cells = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object v = i < row.size() ? row.get(i) : null;
                cells.add(v == null ? List.of() : List.of(Span.regular(String.valueOf(v))));
            }
            body.add(cells);
        }
        if (body.isEmpty()) {
            List<List<Span>> empty = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                empty.add(i == 0 ? List.of(Span.italic("Không có số liệu")) : List.of());
            }
            body.add(empty);
        }
        b.add(new Block.Table(columns, head, body, n > 12 ? 0.85f : 0.95f));
        return new Doc(t.title(), PaperFormat.A4_LANDSCAPE, List.of(new Doc.Part(t.title(), b)));
    }
}
