package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * The pieces a form is made of, independent of any output: the PDF renderer lays them out on a {@link PaperFormat}
 * (wrapping, page breaks), and everything else (preview, OS printing, ESC/POS raster) works from that PDF. Sizes are
 * given as a {@code scale} of the paper's body text size, so one form reads well on A5, A4 and an 80 mm roll.
 */
public sealed interface Block {

    /**
     * A wrapped paragraph.
     *
     * @param indent       left indent of every line, in body-size ems
     * @param hanging      extra indent of the continuation lines, in ems
     * @param spaceBefore  gap before, in lines
     * @param keepWithNext move to the next page rather than be the last thing on a page
     * @param boxed        draw a frame around it (used for "Bản in lại")
     */
    record Para(List<Span> spans, Align align, float scale, float indent, float hanging, float spaceBefore,
                boolean keepWithNext, boolean boxed) implements Block {
        public Para {
            spans = List.copyOf(spans);
            align = align == null ? Align.LEFT : align;
            scale = scale <= 0 ? 1f : scale;
        }

        public static Para of(Span... spans) {
            return new Para(List.of(spans), Align.LEFT, 1f, 0, 0, 0, false, false);
        }

        /** "Label: value" with the value in regular text, continuation lines hanging under the value. */
        public static Para field(String label, String value) {
            return new Para(List.of(Span.regular(label + ": "), Span.bold(value == null ? "" : value)), Align.LEFT, 1f,
                    0, 1.5f, 0, false, false);
        }

        public static Para centered(float scale, Span... spans) {
            return new Para(List.of(spans), Align.CENTER, scale, 0, 0, 0, false, false);
        }

        public Para aligned(Align a) {
            return new Para(spans, a, scale, indent, hanging, spaceBefore, keepWithNext, boxed);
        }

        public Para scaled(float s) {
            return new Para(spans, align, s, indent, hanging, spaceBefore, keepWithNext, boxed);
        }

        public Para indented(float ems, float hangingEms) {
            return new Para(spans, align, scale, ems, hangingEms, spaceBefore, keepWithNext, boxed);
        }

        public Para before(float lines) {
            return new Para(spans, align, scale, indent, hanging, lines, keepWithNext, boxed);
        }

        public Para keepingWithNext() {
            return new Para(spans, align, scale, indent, hanging, spaceBefore, true, boxed);
        }

        public Para inBox() {
            return new Para(spans, align, scale, indent, hanging, spaceBefore, keepWithNext, true);
        }
    }

    /** One line of a header column; {@code rule} = length of a short rule under it as a fraction of its width. */
    record HeaderLine(String text, TextStyle style, float rule) {
        public HeaderLine {
            text = text == null ? "" : text;
            style = style == null ? TextStyle.REGULAR : style;
        }
    }

    /**
     * The national header: left the governing body and the unit, right the national motto; each centred in its own
     * column (stacked on narrow paper).
     */
    record Header(List<HeaderLine> left, List<HeaderLine> right, float leftFraction, float scale) implements Block {
        public Header {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }

    /** A table column: relative width and how its body cells align. */
    record Column(float weight, Align align) {
    }

    /** A header cell spanning {@code colspan} columns and {@code rowspan} header rows. */
    record HeadCell(String text, int colspan, int rowspan) {
        public HeadCell {
            text = text == null ? "" : text;
            colspan = Math.max(1, colspan);
            rowspan = Math.max(1, rowspan);
        }

        public static HeadCell of(String text) {
            return new HeadCell(text, 1, 1);
        }
    }

    /** A ruled table; its header repeats on every page; a row too tall for a page continues on the next. */
    record Table(List<Column> columns, List<List<HeadCell>> head, List<List<List<Span>>> rows, float scale)
            implements Block {
        public Table {
            columns = List.copyOf(columns);
            head = head.stream().map(List::copyOf).toList();
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
            for (List<List<Span>> r : rows) {
                if (r.size() != columns.size()) {
                    throw new IllegalArgumentException("table row has " + r.size() + " cells for "
                            + columns.size() + " columns");
                }
            }
        }
    }

    /** A signature column: title (bold), hint (italic), space to sign, then the printed name. */
    record Signer(String above, String title, String hint, String name) {
    }

    /** Signature columns side by side, kept together on one page. */
    record Signatures(List<Signer> signers) implements Block {
        public Signatures {
            signers = List.copyOf(signers);
        }
    }

    /** An image (QR code, barcode) with its size in millimetres on the paper and a caption under it. */
    record Picture(BufferedImage image, float widthMm, float heightMm, List<Span> caption) {
        public Picture {
            Objects.requireNonNull(image, "image");
            caption = caption == null ? List.of() : List.copyOf(caption);
        }
    }

    /** Pictures side by side, kept together. */
    record Pictures(List<Picture> pictures, float scale) implements Block {
        public Pictures {
            pictures = List.copyOf(pictures);
        }
    }

    /** Vertical space, in lines of body text. */
    record Gap(float lines) implements Block {
    }
}
