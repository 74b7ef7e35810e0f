package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.Gap;
import vn.motcua.print.Block.Header;
import vn.motcua.print.Block.HeaderLine;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Picture;
import vn.motcua.print.Block.Pictures;
import vn.motcua.print.Block.Signatures;
import vn.motcua.print.Block.Table;

/**
 * Lays a {@link Doc} out on its paper: wraps text to the measured width of the real glyphs, breaks pages between
 * lines and table rows (never through a line), repeats table headers, numbers the pages of a multi-page part. The
 * result is a list of pages of drawing operations in top-down coordinates (points from the page's top-left corner).
 */
final class Layout {
    static final float LINE = 1.34f;
    private static final float ASCENT = 1.07f;

    /** Something to draw. */
    sealed interface Op {
    }

    record TextOp(float x, float baseline, String text, TextStyle style, float size) implements Op {
    }

    record LineOp(float x1, float y1, float x2, float y2, float width) implements Op {
    }

    record ImageOp(BufferedImage image, float x, float y, float w, float h) implements Op {
    }

    record Page(float width, float height, List<Op> ops) {
    }

    private final FontSet fonts;
    private final TextWrap wrap;
    private final PaperFormat paper;
    private float body;
    private final float left;
    private final float width;
    private final List<Page> pages = new ArrayList<>();
    private List<Op> ops;
    private float y;
    private float limit;
    private int partStart;

    Layout(FontSet fonts, PaperFormat paper) {
        this.fonts = fonts;
        this.wrap = new TextWrap(fonts);
        this.paper = paper;
        this.body = paper.bodySize();
        this.left = paper.left();
        this.width = paper.contentWidth();
    }

    static List<Page> layout(FontSet fonts, Doc doc) {
        Layout l = new Layout(fonts, doc.paper());
        for (Doc.Part part : doc.parts()) {
            l.fitted(part);
        }
        return l.pages;
    }

    /** Lays a part out; a one-page part that spills over is laid out again in text 5 % smaller, down to the minimum. */
    private void fitted(Doc.Part part) {
        int start = pages.size();
        float base = paper.bodySize();
        for (float f = 1f; ; f -= 0.05f) {
            body = base * f;
            part(part);
            boolean last = f - 0.05f < Doc.MIN_FIT - 1e-4f;
            if (!part.onePage() || paper.continuous() || pages.size() - start <= 1 || last) {
                break;
            }
            pages.subList(start, pages.size()).clear();
        }
        body = base;
    }

    private float footerHeight() {
        return body * 0.8f * LINE * 1.5f;
    }

    private void part(Doc.Part part) {
        partStart = pages.size();
        newPage();
        for (int i = 0; i < part.blocks().size(); i++) {
            Block b = part.blocks().get(i);
            if (b instanceof Para p) {
                para(p);
            } else if (b instanceof Header h) {
                header(h);
            } else if (b instanceof Table t) {
                table(t);
            } else if (b instanceof Signatures s) {
                signatures(s);
            } else if (b instanceof Pictures p) {
                pictures(p);
            } else if (b instanceof Gap g) {
                y += g.lines() * body * LINE;
            }
        }
        finishPart(part.footer());
    }

    private void newPage() {
        ops = new ArrayList<>();
        float h = paper.continuous() ? 0 : paper.height();
        pages.add(new Page(paper.width(), h, ops));
        y = paper.top();
        limit = paper.continuous() ? Float.MAX_VALUE : paper.height() - paper.bottom() - footerHeight();
    }

    private boolean atTop() {
        return y <= paper.top() + 0.5f;
    }

    /** Starts a new page unless {@code h} fits in what is left (or we are already at the top of a page). */
    private void ensure(float h) {
        if (y + h > limit && !atTop()) {
            newPage();
        }
    }

    private void finishPart(String footer) {
        if (paper.continuous()) {
            Page last = pages.get(pages.size() - 1);
            pages.set(pages.size() - 1, new Page(last.width(), y + paper.bottom(), last.ops()));
            return;
        }
        int n = pages.size() - partStart;
        if (n < 2) {
            return;
        }
        float size = body * 0.8f;
        for (int i = 0; i < n; i++) {
            Page p = pages.get(partStart + i);
            String text = fonts.clean((footer.isBlank() ? "" : footer + " · ") + "Trang " + (i + 1) + "/" + n);
            float w = fonts.width(text, TextStyle.ITALIC, size);
            float top = paper.height() - paper.bottom() - footerHeight() * 0.6f;
            p.ops().add(new TextOp(left + (width - w) / 2, top + size * ASCENT, text, TextStyle.ITALIC, size));
        }
    }

    private void drawLine(TextWrap.Line line, float x0, float boxWidth, Align align, float top, float size) {
        drawLine(ops, line, x0, boxWidth, align, top, size);
    }

    /** Adds one wrapped line's text, aligned in its box, to {@code ops}. */
    static void drawLine(List<Op> ops, TextWrap.Line line, float x0, float boxWidth, Align align, float top,
                         float size) {
        float dx = switch (align) {
            case LEFT -> 0;
            case CENTER -> (boxWidth - line.width()) / 2;
            case RIGHT -> boxWidth - line.width();
        };
        for (TextWrap.Frag f : line.frags()) {
            ops.add(new TextOp(x0 + Math.max(0, dx) + f.dx(), top + size * ASCENT, f.text(), f.style(), size));
        }
    }

    // ---- blocks ----------------------------------------------------------------------------------------------------

    private void para(Para p) {
        float size = body * p.scale();
        float lh = size * LINE;
        float indent = p.indent() * body;
        float hanging = p.hanging() * body;
        float pad = p.boxed() ? size * 0.5f : 0;
        float w0 = width - indent - 2 * pad;
        List<TextWrap.Line> lines = wrap.lines(p.spans(), size, w0, w0 - hanging);
        if (p.align() == Align.CENTER && hanging == 0) {
            // Balance centred titles over their lines instead of leaving one word alone on the last.
            for (float bw = w0 * 0.95f; lines.size() > 1 && bw > w0 * 0.5f; bw -= w0 * 0.05f) {
                List<TextWrap.Line> narrower = wrap.lines(p.spans(), size, bw, bw);
                if (narrower.size() != lines.size()) {
                    break;
                }
                lines = narrower;
            }
        }
        y += p.spaceBefore() * body * LINE;
        float total = lines.size() * lh + 2 * pad;
        if (p.keepWithNext()) {
            ensure(total + 2.5f * body * LINE);
        } else if (p.boxed()) {
            ensure(total);
        }
        if (p.boxed()) {
            float top = y;
            y += pad;
            for (TextWrap.Line line : lines) {
                drawLine(line, left + indent + pad, width - indent - 2 * pad, p.align(), y, size);
                y += lh;
            }
            y += pad;
            rect(left + indent, top, width - indent, y - top, 0.8f);
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (y + lh > limit) {
                newPage();
            }
            float x = left + indent + (i == 0 ? 0 : hanging);
            float w = width - indent - (i == 0 ? 0 : hanging);
            drawLine(lines.get(i), x, w, p.align(), y, size);
            y += lh;
        }
    }

    private void rect(float x, float top, float w, float h, float lw) {
        rect(ops, x, top, w, h, lw);
    }

    static void rect(List<Op> ops, float x, float top, float w, float h, float lw) {
        ops.add(new LineOp(x, top, x + w, top, lw));
        ops.add(new LineOp(x, top + h, x + w, top + h, lw));
        ops.add(new LineOp(x, top, x, top + h, lw));
        ops.add(new LineOp(x + w, top, x + w, top + h, lw));
    }

    private float column(List<HeaderLine> lines, float x, float w, float top, float size, boolean draw) {
        float lh = size * LINE;
        float yy = top;
        for (HeaderLine hl : lines) {
            List<Span> spans = List.of(new Span(hl.text(), hl.style()));
            List<TextWrap.Line> wrapped = wrap.lines(spans, size, w, w);
            // Balance a wrapped header line ("TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", not a lone last word).
            for (float bw = w * 0.95f; wrapped.size() > 1 && bw > w * 0.5f; bw -= w * 0.05f) {
                List<TextWrap.Line> narrower = wrap.lines(spans, size, bw, bw);
                if (narrower.size() != wrapped.size()) {
                    break;
                }
                wrapped = narrower;
            }
            for (int i = 0; i < wrapped.size(); i++) {
                TextWrap.Line line = wrapped.get(i);
                if (draw) {
                    float save = y;
                    drawLine(line, x, w, Align.CENTER, yy, size);
                    y = save;
                }
                yy += lh;
                if (hl.rule() > 0 && i == wrapped.size() - 1) {
                    float widest = 0;
                    for (TextWrap.Line l2 : wrapped) {
                        widest = Math.max(widest, l2.width());
                    }
                    float rl = Math.min(widest, w) * hl.rule();
                    if (draw) {
                        ops.add(new LineOp(x + (w - rl) / 2, yy + size * 0.05f, x + (w + rl) / 2, yy + size * 0.05f,
                                0.6f));
                    }
                    yy += size * 0.4f;
                }
            }
        }
        return yy - top;
    }

    private void header(Header h) {
        float size = body * h.scale();
        if (paper.narrow()) {
            float hl = column(h.left(), left, width, y, size, false);
            float hr = column(h.right(), left, width, y, size, false);
            ensure(hl + hr + size * 0.5f);
            column(h.left(), left, width, y, size, true);
            y += hl + size * 0.5f;
            column(h.right(), left, width, y, size, true);
            y += hr;
            return;
        }
        float lw = width * h.leftFraction();
        float rw = width - lw;
        float hl = column(h.left(), left, lw, y, size, false);
        float hr = column(h.right(), left + lw, rw, y, size, false);
        ensure(Math.max(hl, hr));
        column(h.left(), left, lw, y, size, true);
        column(h.right(), left + lw, rw, y, size, true);
        y += Math.max(hl, hr);
    }

    // ---- tables ----------------------------------------------------------------------------------------------------

    private void table(Table t) {
        float size = body * t.scale();
        float lh = size * LINE;
        float pad = size * 0.3f;
        int n = t.columns().size();
        float total = 0;
        for (Column c : t.columns()) {
            total += c.weight();
        }
        float[] xs = new float[n + 1];
        xs[0] = left;
        for (int i = 0; i < n; i++) {
            xs[i + 1] = xs[i] + width * t.columns().get(i).weight() / total;
        }
        xs[n] = left + width;

        TableHead head = TableHead.measure(t, xs, size, pad, wrap);
        int rowsN = t.head().size();
        float headH = head.height();
        Runnable drawHead = () -> y = head.draw(ops, y, size, pad);

        ensure(headH + lh + 2 * pad);
        if (rowsN > 0) {
            drawHead.run();
        }
        for (List<List<Span>> row : t.rows()) {
            List<List<TextWrap.Line>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                float w = xs[c + 1] - xs[c] - 2 * pad;
                cells.add(wrap.lines(row.get(c), size, w, w));
            }
            int[] from = new int[n];
            while (true) {
                int remaining = 0;
                for (int c = 0; c < n; c++) {
                    remaining = Math.max(remaining, cells.get(c).size() - from[c]);
                }
                if (remaining == 0) {
                    remaining = 1; // an empty row still shows as one line
                }
                float need = remaining * lh + 2 * pad;
                int fit = remaining;
                if (y + need > limit) {
                    float fresh = (paper.continuous() ? Float.MAX_VALUE : limit - paper.top() - headH);
                    if (need <= fresh || (int) ((limit - y - 2 * pad) / lh) < 2) {
                        newPage();
                        if (rowsN > 0) {
                            drawHead.run();
                        }
                        if (y + need > limit) {
                            fit = Math.max(1, (int) ((limit - y - 2 * pad) / lh));
                        }
                    } else {
                        fit = Math.max(1, (int) ((limit - y - 2 * pad) / lh));
                    }
                }
                float h = fit * lh + 2 * pad;
                ops.add(new LineOp(xs[0], y, xs[n], y, 0.6f));
                ops.add(new LineOp(xs[0], y + h, xs[n], y + h, 0.6f));
                for (int c = 0; c <= n; c++) {
                    ops.add(new LineOp(xs[c], y, xs[c], y + h, 0.6f));
                }
                boolean more = false;
                for (int c = 0; c < n; c++) {
                    List<TextWrap.Line> ls = cells.get(c);
                    float ty = y + pad;
                    int end = Math.min(ls.size(), from[c] + fit);
                    for (int i = from[c]; i < end; i++) {
                        drawLine(ls.get(i), xs[c] + pad, xs[c + 1] - xs[c] - 2 * pad, t.columns().get(c).align(), ty,
                                size);
                        ty += lh;
                    }
                    from[c] = end;
                    more |= end < ls.size();
                }
                y += h;
                if (!more) {
                    break;
                }
            }
        }
    }

    // ---- signatures and pictures ---------------------------------------------------------------------------------

    private void signatures(Signatures s) {
        float lh = body * LINE;
        SignatureBlock block = new SignatureBlock(wrap, body, lh * (paper.continuous() ? 2.4f : 2.6f));
        float maxH = block.height(s, width);
        ensure(maxH + lh * 0.5f);
        y += lh * 0.5f;
        block.draw(ops, s, left, width, y);
        y += maxH;
    }

    private void pictures(Pictures p) {
        int n = Math.max(1, p.pictures().size());
        float size = body * p.scale();
        float lh = size * LINE;
        // Each picture gets a cell as wide as itself plus an equal share of the room left over.
        float[] pw = new float[n];
        float sum = 0;
        for (int i = 0; i < n; i++) {
            pw[i] = Math.min(PaperFormat.mm(p.pictures().get(i).widthMm()), width / n * (n == 1 ? 1 : 1.8f));
            sum += pw[i];
        }
        if (sum > width) {
            for (int i = 0; i < n; i++) {
                pw[i] *= width / sum * 0.95f;
            }
            sum = width * 0.95f;
        }
        float spare = Math.max(0, width - sum) / n;
        float[] cx = new float[n + 1];
        cx[0] = left;
        for (int i = 0; i < n; i++) {
            cx[i + 1] = cx[i] + pw[i] + spare;
        }
        float maxH = 0;
        List<List<TextWrap.Line>> captions = new ArrayList<>();
        float[] ph = new float[n];
        for (int i = 0; i < n; i++) {
            Picture pic = p.pictures().get(i);
            float cw = cx[i + 1] - cx[i];
            List<TextWrap.Line> cap = wrap.lines(pic.caption(), size, cw - 6, cw - 6);
            captions.add(cap);
            ph[i] = PaperFormat.mm(pic.heightMm()) * pw[i] / PaperFormat.mm(pic.widthMm());
            maxH = Math.max(maxH, ph[i] + (cap.isEmpty() ? 0 : size * 0.3f + cap.size() * lh));
        }
        ensure(maxH);
        for (int i = 0; i < n; i++) {
            Picture pic = p.pictures().get(i);
            float cw = cx[i + 1] - cx[i];
            float x = cx[i] + (cw - pw[i]) / 2;
            ops.add(new ImageOp(pic.image(), x, y, pw[i], ph[i]));
            float ty = y + ph[i] + size * 0.3f;
            for (TextWrap.Line line : captions.get(i)) {
                drawLine(line, cx[i] + 3, cw - 6, Align.CENTER, ty, size);
                ty += lh;
            }
        }
        y += maxH;
    }
}
