package vn.motcua.desk.main;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.desk.DeskUi.signIn;
import static vn.motcua.desk.DeskUi.waitFor;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskFixture;

/**
 * Issue 15, "the English UI mixes Vietnamese" (timeline actions, role names, "Trong ngày", "1 originals"): on an
 * English desk, every word shown on the queue, the registration form with a same-day procedure chosen, a dossier with
 * a timeline, the status bar and the user menu is English, but for the data (names, addresses, procedures, documents,
 * the office: whatever the database holds). A word with a Vietnamese letter that is not in the data fails.
 */
@ExtendWith(ApplicationExtension.class)
class EnglishDeskUiTest {
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýõĩũã]");
    /**
     * Shown in Vietnamese on purpose: the product's name in the title. And one known leftover, listed so that it is
     * seen: {@code FeeService}'s VietQR problem is a plain Vietnamese sentence, not a message code (service messages
     * become codes under issue 15's message work, msgs3); drop it from here when it is a code.
     */
    private static final List<String> KNOWN = List.of("Quầy Một Cửa");
    @TempDir
    static Path dir;
    private static DeskUi ui;
    private static String code;
    private Stage stage;

    @BeforeAll
    static void createDesk() {
        DeskFixture desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
        desk.ctx().dossiers().apply(code, DossierAction.TRANSFER, desk.admin(), null, null, null);
        ui = DeskUi.over(desk);
    }

    @AfterAll
    static void close() {
        ui.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ui.start(stage, "en", 100);
    }

    @Test
    void anEnglishDesk_showsVietnameseOnlyInTheData(FxRobot robot) throws Exception {
        Set<String> data = dataWords();
        List<String> found = new ArrayList<>();
        signIn(robot, "admin", DeskFixture.PASSWORD);
        Thread.sleep(500);
        found.addAll(vietnamese("queue", data));

        robot.type(KeyCode.F2);
        waitFor(() -> robot.lookup("#register-procedure").tryQuery().map(Node::isFocused).orElse(false));
        robot.write("ket hon").type(KeyCode.ENTER); // a same-day procedure: "Trong ngày" was shown in English
        waitFor(() -> robot.lookup("#register-id").query().isFocused());
        Thread.sleep(400);
        found.addAll(vietnamese("registration", data));

        robot.interact(() -> ui.app().mainView().showDossier(code));
        waitFor(() -> DeskUi.text(robot, "#dossier-code").equals(code));
        Thread.sleep(500);
        found.addAll(vietnamese("dossier", data));

        robot.clickOn("#user-menu");
        Thread.sleep(400);
        found.addAll(vietnamese("user menu", data));
        robot.type(KeyCode.ESCAPE);
        assertThat(found).as("Vietnamese words outside the data on an English desk").isEmpty();
    }

    /** The words with a Vietnamese letter shown in every window now that the data does not hold. */
    private List<String> vietnamese(String where, Set<String> data) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> out = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w.isShowing() && w.getScene() != null) {
                    walk(w.getScene().getRoot(), where, data, out);
                }
            }
            return out;
        }).get();
    }

    private static void walk(Node n, String where, Set<String> data, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null) {
            String text = l.getText();
            for (String known : KNOWN) {
                text = text.replace(known, "");
            }
            for (String word : text.split("[^\\p{L}]+")) {
                String w = word.toLowerCase(Locale.ROOT);
                if (VIETNAMESE.matcher(w).find() && !data.contains(w)) {
                    out.add(where + ": «" + word + "» in «" + l.getText() + "»");
                }
            }
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, where, data, out));
        }
    }

    /** Every word of every text the database holds (dossiers, procedures, accounts, office, settings, progress). */
    private static Set<String> dataWords() {
        return ui.desk().ctx().database().read(c -> {
            Set<String> words = new TreeSet<>();
            for (String table : new String[] {"dossier", "procedure", "app_user", "office", "setting", "progress",
                "calendar_day"}) {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            if (v instanceof String s) {
                                for (String word : s.split("[^\\p{L}]+")) {
                                    words.add(word.toLowerCase(Locale.ROOT));
                                }
                            }
                        }
                    }
                }
            }
            return words;
        });
    }
}
