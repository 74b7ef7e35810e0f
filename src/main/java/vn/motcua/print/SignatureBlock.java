package vn.motcua.print;

import java.util.List;
import vn.motcua.print.Block.Signatures;
import vn.motcua.print.Block.Signer;

/**
 * The signature row of a form: one column per signer, each centred — the line above (place and date), the title, the
 * hint ("ký, ghi rõ họ tên"), the space to sign, the name.
 */
final class SignatureBlock {
    private final TextWrap wrap;
    private final float body;
    private final float signingSpace;

    SignatureBlock(TextWrap wrap, float body, float signingSpace) {
        this.wrap = wrap;
        this.body = body;
        this.signingSpace = signingSpace;
    }

    /** The height of the tallest signer's column when the row is {@code width} wide. */
    float height(Signatures s, float width) {
        float cw = width / Math.max(1, s.signers().size());
        float maxH = 0;
        for (Signer sg : s.signers()) {
            maxH = Math.max(maxH, colHeight(sg, cw));
        }
        return maxH;
    }

    /** Draws the row with its top at {@code y}. */
    void draw(List<Layout.Op> ops, Signatures s, float left, float width, float y) {
        float cw = width / Math.max(1, s.signers().size());
        for (int i = 0; i < s.signers().size(); i++) {
            Signer sg = s.signers().get(i);
            float x = left + i * cw;
            float yy = y;
            yy = centred(ops, sg.above(), TextStyle.ITALIC, x, cw, yy);
            yy = centred(ops, sg.title(), TextStyle.BOLD, x, cw, yy);
            yy = centred(ops, sg.hint(), TextStyle.ITALIC, x, cw, yy);
            yy += signingSpace;
            centred(ops, sg.name(), TextStyle.BOLD, x, cw, yy);
        }
    }

    private float colHeight(Signer sg, float cw) {
        float lh = body * Layout.LINE;
        int lines = 0;
        for (String t : new String[] {sg.above(), sg.title(), sg.hint(), sg.name()}) {
            if (t != null && !t.isBlank()) {
                lines += wrap.lines(List.of(Span.regular(t)), body, cw - 4, cw - 4).size();
            }
        }
        return lines * lh + signingSpace;
    }

    private float centred(List<Layout.Op> ops, String text, TextStyle style, float x, float w, float top) {
        if (text == null || text.isBlank()) {
            return top;
        }
        float lh = body * Layout.LINE;
        for (TextWrap.Line line : wrap.lines(List.of(new Span(text, style)), body, w - 4, w - 4)) {
            Layout.drawLine(ops, line, x + 2, w - 4, Align.CENTER, top, body);
            top += lh;
        }
        return top;
    }
}
