package vn.motcua.print;

/** The three faces of the bundled Noto Sans. */
public enum TextStyle {
    REGULAR("NotoSans-Regular.ttf"),
    BOLD("NotoSans-Bold.ttf"),
    ITALIC("NotoSans-Italic.ttf");

    private final String file;

    TextStyle(String file) {
        this.file = file;
    }

    String resource() {
        return "/vn/motcua/fonts/" + file;
    }
}
