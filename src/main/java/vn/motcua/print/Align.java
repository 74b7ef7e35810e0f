package vn.motcua.print;

/** Horizontal alignment of a paragraph or a table cell. */
public enum Align {
    LEFT, CENTER, RIGHT
}
