package vn.motcua.print;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Table;

/**
 * A table's header as laid out once and drawn on every page the table crosses: its cells placed on the column grid
 * (column and row spans), their wrapped text, and the height of each header row (a cell spanning rows grows the last
 * of them when its text needs more).
 */
final class TableHead {
    private record Placed(String text, int col, int row, int colspan, int rowspan) {
    }

    private final List<Placed> placed;
    private final List<List<TextWrap.Line>> lines;
    private final float[] rowH;
    private final float[] xs;
    private final float lh;

    private TableHead(List<Placed> placed, List<List<TextWrap.Line>> lines, float[] rowH, float[] xs, float lh) {
        this.placed = placed;
        this.lines = lines;
        this.rowH = rowH;
        this.xs = xs;
        this.lh = lh;
    }

    /** Places the header cells of {@code t} on the column edges {@code xs} and wraps their text. */
    static TableHead measure(Table t, float[] xs, float size, float pad, TextWrap wrap) {
        int n = xs.length - 1;
        float lh = size * Layout.LINE;
        int rowsN = t.head().size();
        boolean[][] taken = new boolean[rowsN][n];
        List<Placed> placed = new ArrayList<>();
        for (int r = 0; r < rowsN; r++) {
            int c = 0;
            for (HeadCell hc : t.head().get(r)) {
                while (c < n && taken[r][c]) {
                    c++;
                }
                if (c >= n) {
                    throw new IllegalArgumentException("table header row " + r + " has too many cells");
                }
                int cs = Math.min(hc.colspan(), n - c);
                int rs = Math.min(hc.rowspan(), rowsN - r);
                for (int rr = r; rr < r + rs; rr++) {
                    for (int cc = c; cc < c + cs; cc++) {
                        taken[rr][cc] = true;
                    }
                }
                placed.add(new Placed(hc.text(), c, r, cs, rs));
                c += cs;
            }
        }
        float[] rowH = new float[rowsN];
        List<List<TextWrap.Line>> headLines = new ArrayList<>();
        for (Placed hp : placed) {
            float w = xs[hp.col() + hp.colspan()] - xs[hp.col()] - 2 * pad;
            List<TextWrap.Line> ls = wrap.lines(List.of(Span.bold(hp.text())), size, w, w);
            headLines.add(ls);
            if (hp.rowspan() == 1) {
                rowH[hp.row()] = Math.max(rowH[hp.row()], ls.size() * lh + 2 * pad);
            }
        }
        for (int i = 0; i < placed.size(); i++) {
            Placed hp = placed.get(i);
            if (hp.rowspan() > 1) {
                float need = headLines.get(i).size() * lh + 2 * pad;
                float have = 0;
                for (int r = hp.row(); r < hp.row() + hp.rowspan(); r++) {
                    have += rowH[r];
                }
                if (need > have) {
                    rowH[hp.row() + hp.rowspan() - 1] += need - have;
                }
            }
        }
        return new TableHead(placed, headLines, rowH, xs, lh);
    }

    /** The header's total height. */
    float height() {
        float h = 0;
        for (float r : rowH) {
            h += r;
        }
        return h;
    }

    /** Draws the header with its top at {@code y}; returns the y under it. */
    float draw(List<Layout.Op> ops, float y, float size, float pad) {
        int rowsN = rowH.length;
        float[] rowTop = new float[rowsN + 1];
        rowTop[0] = y;
        for (int r = 0; r < rowsN; r++) {
            rowTop[r + 1] = rowTop[r] + rowH[r];
        }
        for (int i = 0; i < placed.size(); i++) {
            Placed hp = placed.get(i);
            float x0 = xs[hp.col()];
            float x1 = xs[hp.col() + hp.colspan()];
            float top = rowTop[hp.row()];
            float bottom = rowTop[hp.row() + hp.rowspan()];
            Layout.rect(ops, x0, top, x1 - x0, bottom - top, 0.6f);
            List<TextWrap.Line> ls = lines.get(i);
            float ty = top + (bottom - top - ls.size() * lh) / 2;
            for (TextWrap.Line line : ls) {
                Layout.drawLine(ops, line, x0 + pad, x1 - x0 - 2 * pad, Align.CENTER, ty, size);
                ty += lh;
            }
        }
        return y + height();
    }
}
