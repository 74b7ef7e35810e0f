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

    /** A run of blocks starting on a fresh page. */
    public record Part(String footer, List<Block> blocks) {
        public Part {
            footer = footer == null ? "" : footer;
            blocks = List.copyOf(blocks);
        }
    }
}
