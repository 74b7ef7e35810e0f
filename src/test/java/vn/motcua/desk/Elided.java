package vn.motcua.desk;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Finds labels, buttons and check boxes whose shown text was cut ("Quá hạn 67 …"): the skin's text node shows
 * something other than the control's text. Only visible controls count. Call on the JavaFX thread after a layout.
 */
public final class Elided {
    private Elided() {
    }

    /** "id or class: «full text» shown as «cut text»" for every cut label under {@code root}. */
    public static List<String> under(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out, false);
        return out;
    }

    /**
     * As {@link #under}, without the cells of tables and lists: a long procedure name or address may end in "…" in
     * a table column (the dossier shows it whole); the column headers and the queue side bar's names still count.
     */
    public static List<String> underExceptCells(Node root) {
        List<String> out = new ArrayList<>();
        walk(root, out, true);
        return out;
    }

    private static void walk(Node n, List<String> out, boolean skipCells) {
        if (!n.isVisible() || (skipCells && n instanceof javafx.scene.control.IndexedCell<?> && !sideBar(n))) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && l.getGraphic() != n) {
            String shown = shownText(l);
            if (shown != null && !normalise(shown).equals(normalise(l.getText()))) {
                out.add((l.getId() != null ? "#" + l.getId() : l.getClass().getSimpleName() + l.getStyleClass())
                        + ": «" + l.getText() + "» shown as «" + shown + "»");
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, out, skipCells);
            }
        }
    }

    /** The queue side bar's cells count: a queue's name is never cut (it wraps). */
    private static boolean sideBar(Node cell) {
        return cell instanceof javafx.scene.control.ListCell<?> c && c.getListView() != null
                && c.getListView().getStyleClass().contains("nav-list");
    }

    private static String shownText(Labeled l) {
        for (Node c : l.getChildrenUnmodifiable()) {
            if (c instanceof Text t && c.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    /** Wrapping puts line breaks where spaces were; mnemonics drop their underscore. */
    private static String normalise(String s) {
        return s.replace('\n', ' ').replace("_", "").strip();
    }
}
