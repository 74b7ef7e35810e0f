package vn.motcua.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layer table in docs/architecture.md is {@link Layers} written out: this test renders the list and fails when
 * the text between the markers differs. {@code -Dlayers.write=true} rewrites the table from the list instead.
 */
class LayerTableTest {
    static final String BEGIN = "<!-- layers:begin — generated from src/test/java/vn/motcua/arch/Layers.java; "
            + "LayerTableTest fails when they differ (-Dlayers.write=true rewrites it) -->";
    static final String END = "<!-- layers:end -->";
    private static final Path DOC = Path.of("docs", "architecture.md");

    @Test
    void theDocumentedTableIsTheEnforcedList() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int b = doc.indexOf(BEGIN);
        int e = doc.indexOf(END);
        assertThat(b).as("docs/architecture.md has the marker %s", BEGIN).isNotNegative();
        assertThat(e).as("docs/architecture.md has the marker %s", END).isGreaterThan(b);
        String expected = render();
        String actual = doc.substring(b + BEGIN.length(), e);
        if (Boolean.getBoolean("layers.write") && !actual.equals(expected)) {
            Files.writeString(DOC, doc.substring(0, b + BEGIN.length()) + expected + doc.substring(e),
                    StandardCharsets.UTF_8);
            actual = expected;
        }
        assertThat(actual).as("the layer table of docs/architecture.md differs from Layers.ALL; run "
                + "mvn -o test -Dtest=LayerTableTest -Dlayers.write=true after changing Layers.java").isEqualTo(expected);
    }

    /** The table and the named exceptions as Markdown, between the markers. */
    static String render() {
        StringBuilder s = new StringBuilder("\n| layer | packages (`vn.motcua.…`) | may use | because |\n|---|---|---|---|\n");
        for (Layers.Layer l : Layers.ALL) {
            String pkgs = l.packages().stream().map(p -> p.isEmpty() ? "`vn.motcua` (the launcher)" : "`" + p + "`")
                    .collect(Collectors.joining(", "))
                    + (l.excluding().isEmpty() ? "" : " without " + l.excluding().stream().map(x -> "`" + x + "`")
                    .collect(Collectors.joining(", ")));
            String may = l.mayUse().isEmpty() ? "— (nothing of ours)" : l.mayUse().stream().map(Layers.Edge::layer)
                    .collect(Collectors.joining(", "));
            String why = l.mayUse().stream().map(x -> x.layer() + ": " + x.because())
                    .collect(Collectors.joining("; "));
            s.append("| ").append(l.name()).append(" | ").append(pkgs).append(" | ").append(may).append(" | ")
                    .append(why).append(" |\n");
        }
        s.append("\nNamed exceptions (a layer may use these classes of a layer it has no edge to):\n\n");
        for (Layers.Exception x : Layers.EXCEPTIONS) {
            s.append("- ").append(x.fromLayer()).append(" → ").append(x.classes().stream()
                    .map(c -> "`" + c.replace("vn.motcua.", "").replace('$', '.') + "`")
                    .collect(Collectors.joining(", "))).append(": ").append(x.because()).append(".\n");
        }
        return s.toString();
    }
}
