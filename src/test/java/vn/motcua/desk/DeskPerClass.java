package vn.motcua.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.motcua.service.DeskFixture;

/**
 * One set-up desk and its window driver for a whole test class, in a folder of its own that is deleted afterwards:
 * the set-up every TestFX class used to repeat (a {@code @TempDir}, a {@code @BeforeAll} making the desk, an
 * {@code @AfterAll} closing it). Register it as {@code @RegisterExtension static final DeskPerClass DESK = …} and
 * start the window with {@code DESK.ui().start(stage)} in the class's {@code @Start} method.
 */
public final class DeskPerClass implements BeforeAllCallback, AfterAllCallback {
    /** The office most UI tests use: desk 1, the clock at 2026-04-29 09:00 (a working Wednesday). */
    public static final LocalDateTime WORKING_MORNING = LocalDateTime.of(2026, 4, 29, 9, 0);

    private final Function<Path, DeskFixture> make;
    private Path dir;
    private DeskUi ui;

    private DeskPerClass(Function<Path, DeskFixture> make) {
        this.make = make;
    }

    /** A desk made by {@code make} in the class's folder. */
    public static DeskPerClass of(Function<Path, DeskFixture> make) {
        return new DeskPerClass(make);
    }

    /** Desk 1 of the standard fixture office, its clock at {@link #WORKING_MORNING}. */
    public static DeskPerClass standard() {
        return of(dir -> DeskFixture.create(dir, 1, WORKING_MORNING));
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("motcua-ui-");
        ui = DeskUi.over(make.apply(dir));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (ui != null) {
                ui.close();
            }
        } finally {
            ui = null;
            deleteQuietly(dir);
        }
    }

    /** The window driver over this class's desk. */
    public DeskUi ui() {
        if (ui == null) {
            throw new IllegalStateException("DeskPerClass is used outside its test class's life");
        }
        return ui;
    }

    /** The class's folder (the desk's data folder is inside it). */
    public Path dir() {
        return dir;
    }

    private static void deleteQuietly(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a file still held by a closing thread: the temporary folder is left for the system to clean
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // as above
        }
    }
}
