package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.desk.DeskUi;
import vn.motcua.service.DeskFixture;

/**
 * Issue 15, "focus is invisible": Tab through the whole registration form (fields, the submitter check box, every
 * document's tick, "Thêm giấy tờ khác", the counts, the buttons) and every stop draws differently while it holds the
 * focus: a border or background the stylesheet applies for {@code :focused}, read from the drawn regions (borders and
 * backgrounds of the node and what is inside it), not {@code isFocused()}. The side bar's queue shows its focus too.
 */
@ExtendWith(ApplicationExtension.class)
class FocusVisibleUiTest {
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private Stage stage;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức");
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui.start(stage);
    }

    @Test
    void everyTabStopOfTheForm_andTheSideBar_drawTheirFocus(FxRobot robot) throws Exception {
        signIn(robot, "admin", DeskFixture.PASSWORD);

        // the side bar: its selected queue draws differently with the focus in the list than without
        waitFor(() -> robot.lookup("#nav-PROCESSING").tryQuery().isPresent());
        robot.clickOn("#nav-PROCESSING");
        waitFor(() -> robot.lookup("#nav-queues").query().isFocused());
        Node cell = robot.lookup("#nav-PROCESSING").query();
        List<Object> navFocused = looks(cell);
        robot.interact(() -> robot.lookup("#queue-search").query().requestFocus());
        assertThat(looks(cell)).as("the side bar's queue with and without the focus").isNotEqualTo(navFocused);

        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("khai sinh").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#register-id").query().isFocused());

        // Tab round the form once, back to where it started
        Map<Node, List<Object>> focusedLook = new LinkedHashMap<>();
        Node first = robot.lookup("#register-id").query();
        List<String> invisible = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Node now = focusOwner();
            if (i > 0 && now == first) {
                break;
            }
            List<Object> focused = looks(now);
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(focusOwner()).as("Tab leaves " + name(now)).isNotSameAs(now);
            if (!looks(now).equals(focused)) {
                focusedLook.put(now, focused);
            } else {
                invisible.add(name(now));
            }
        }
        assertThat(invisible).as("tab stops that draw no focus").isEmpty();
        List<String> visited = focusedLook.keySet().stream().map(FocusVisibleUiTest::name).toList();
        assertThat(visited).as("the form's tab stops").contains("#register-id", "#register-name",
                "#register-add-document");
        assertThat(focusedLook.keySet().stream().filter(n -> n instanceof CheckBox).count())
                .as("check boxes reached by Tab: the submitter's and the documents' ticks").isGreaterThanOrEqualTo(3);
    }

    private Node focusOwner() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> stage.getScene().getFocusOwner()).get();
    }

    /**
     * How the node draws: the border and background of it and of every region inside it (the text field's own
     * background, the check box's box), after CSS is applied. A caret or selected text is not a region: not counted.
     */
    private List<Object> looks(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            stage.getScene().getRoot().applyCss();
            List<Object> out = new ArrayList<>();
            collect(node, out);
            return out;
        }).get();
    }

    private static void collect(Node n, List<Object> out) {
        if (n instanceof Region r) {
            out.add(r.getBorder());
            out.add(r.getBackground());
            out.add(r.getEffect());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static String name(Node n) {
        if (n == null) {
            return "null";
        }
        if (n.getId() != null) {
            return "#" + n.getId();
        }
        String text = n instanceof javafx.scene.control.Labeled l ? " «" + l.getText() + "»"
                : n instanceof TextInputControl t ? " «" + t.getText() + "»" : "";
        return n.getClass().getSimpleName() + text + " in " + name(n.getParent());
    }
}
