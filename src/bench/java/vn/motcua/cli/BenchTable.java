package vn.motcua.cli;

import java.util.ArrayList;
import java.util.List;

/** The bench suite's one table: figure, value, target or ratio, note; rendered as aligned text. */
final class BenchTable {
    /** One line; {@code value} is "skipped: …" or "failed: …" when the figure could not be measured. */
    record Row(String figure, String value, String target, String note) {
        boolean failed() {
            return value.startsWith("failed");
        }
    }

    private final List<Row> rows = new ArrayList<>();

    void add(String figure, String value, String target, String note) {
        rows.add(new Row(figure, value, target == null ? "" : target, note == null ? "" : note));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    boolean anyFailed() {
        return rows.stream().anyMatch(Row::failed);
    }

    /** The rows as aligned columns under a header, one line each. */
    String render() {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"figure", "value", "target / ratio", "note"});
        for (Row r : rows) {
            lines.add(new String[] {r.figure(), r.value(), r.target(), r.note()});
        }
        int[] width = new int[4];
        for (String[] l : lines) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String[] l = lines.get(n);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                line.append(i == 3 ? l[i] : String.format("%-" + width[i] + "s  ", l[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            if (n == 0) {
                sb.append("-".repeat(width[0] + width[1] + width[2] + width[3] + 6)).append('\n');
            }
        }
        return sb.toString();
    }
}
