package vn.motcua.print;

import java.util.List;

/**
 * A printable document: a paper and one or more parts (the two copies of a receipt are two parts). Every part starts
 * on a new page; when a part needs more than one page each of its pages gets "footer · Trang i/n" at the bottom.
 */
public record Doc(String title, PaperFormat paper, List<Part> parts) {
    public Doc {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a document needs at least one part");
        }
    }

    /**
     * A run of blocks starting on a fresh page. A part that should stay on one page ({@code onePage}, e.g. a receipt
     * copy) is laid out again in slightly smaller text, down to {@link #MIN_FIT} of the paper's size, while it spills
     * onto a second page; past that it takes the pages it needs.
     */
    public record Part(String footer, List<Block> blocks, boolean onePage) {
        public Part {
            footer = footer == null ? "" : footer;
            blocks = List.copyOf(blocks);
        }

        public Part(String footer, List<Block> blocks) {
            this(footer, blocks, false);
        }
    }

    /** The smallest text a one-page part is shrunk to, as a share of the paper's body size. */
    public static final float MIN_FIT = 0.85f;
}
