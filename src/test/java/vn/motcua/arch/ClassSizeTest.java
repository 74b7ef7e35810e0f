package vn.motcua.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No production source file is over {@value #MAX_LINES} lines (issue 19: a class that grows past it does more than
 * one job; split it by concern, as {@code central.portal.mock} and {@code desk.main} were). Test rigs in
 * {@code src/bench/java} and tests are not held to it.
 */
class ClassSizeTest {
    static final int MAX_LINES = 450;
    private static final Path MAIN = Path.of("src", "main", "java");

    @Test
    void noProductionClassIsOverTheLimit() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(MAIN)) {
            over = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > MAX_LINES)
                    .map(p -> MAIN.relativize(p) + " (" + lines(p) + " lines)").sorted().toList();
        }
        assertThat(over).as("production classes over %d lines: split them by concern", MAX_LINES).isEmpty();
    }

    @Test
    void theCountSeesTheSources() throws IOException {
        // guards the test above against walking an empty or wrong folder
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertThat(files.filter(p -> p.toString().endsWith(".java")).count()).isGreaterThan(300);
        }
        assertThat(lines(MAIN.resolve(Path.of("vn", "motcua", "Main.java")))).isPositive();
    }

    private static long lines(Path p) {
        try (Stream<String> s = Files.lines(p, StandardCharsets.UTF_8)) {
            return s.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
