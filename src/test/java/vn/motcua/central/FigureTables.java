package vn.motcua.central;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.central.store.CentralDatabase;

/** The figure tables' rows as text (zero-sum rows left out), to compare what ingest kept with a rebuild. */
final class FigureTables {
    private FigureTables() {
    }

    static Map<String, List<String>> snapshot(CentralDatabase db) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String counters = "received, received_online, closed, resolved_early, resolved_on_time, resolved_late, "
                + "digitised, apologies, rated_very, rated_satisfied, rated_dissatisfied";
        String anyNonZero = " WHERE NOT (" + String.join(" = 0 AND ", counters.split(", ")) + " = 0)";
        out.put("figure_dossier", rows(db, "SELECT * FROM figure_dossier ORDER BY dossier_id"));
        out.put("figure_day", rows(db, "SELECT office_code, day, procedure_code, field_code, " + counters
                + " FROM figure_day" + anyNonZero + " ORDER BY 1, 2, 3, 4"));
        out.put("figure_office_day", rows(db, "SELECT office_code, day, " + counters + " FROM figure_office_day"
                + anyNonZero + " ORDER BY 1, 2"));
        out.put("figure_office_month", rows(db, "SELECT office_code, month, " + counters
                + " FROM figure_office_month" + anyNonZero + " ORDER BY 1, 2"));
        out.put("figure_open_due", rows(db, "SELECT office_code, due_day, dossiers FROM figure_open_due ORDER BY 1, 2"));
        out.put("figure_dissatisfied", rows(db, "SELECT office_code, from_day, closed_day, dossiers "
                + "FROM figure_dissatisfied ORDER BY 1, 2, 3"));
        out.put("figure_name", rows(db, "SELECT kind, code, name FROM figure_name ORDER BY 1, 2"));
        return out;
    }

    /**
     * The counters of decision 0021 recounted from the per-dossier figures and the per-day sums, beside the ones
     * kept (each pair must be equal): month sums, open dossiers per due day (no zero rows kept), dissatisfied
     * dossiers per day pair.
     */
    static Map<String, List<List<String>>> recount(CentralDatabase db) {
        String counters = "received, received_online, closed, resolved_early, resolved_on_time, resolved_late, "
                + "digitised, apologies, rated_very, rated_satisfied, rated_dissatisfied";
        String sums = counters.replaceAll("(\\w+)", "sum($1) AS $1");
        String anyNonZero = " NOT (" + String.join(" = 0 AND ", counters.split(", ")) + " = 0)";
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        out.put("figure_office_month", List.of(
                rows(db, "SELECT office_code, month, " + counters + " FROM figure_office_month WHERE" + anyNonZero
                        + " ORDER BY 1, 2"),
                rows(db, "SELECT * FROM (SELECT office_code, substr(day, 1, 7) AS month, " + sums
                        + " FROM figure_office_day GROUP BY office_code, substr(day, 1, 7)) x WHERE" + anyNonZero + " ORDER BY 1, 2")));
        out.put("figure_open_due", List.of(
                rows(db, "SELECT office_code, due_day, dossiers FROM figure_open_due ORDER BY 1, 2"),
                rows(db, "SELECT office_code, substr(due_at, 1, 10), count(*) FROM figure_dossier WHERE due_at IS NOT "
                        + "NULL GROUP BY office_code, substr(due_at, 1, 10) ORDER BY 1, 2")));
        out.put("figure_dissatisfied", List.of(
                rows(db, "SELECT office_code, from_day, closed_day, dossiers FROM figure_dissatisfied ORDER BY 1, 2, 3"),
                rows(db, "SELECT office_code, dissatisfied_from, COALESCE(closed_day, '9999-12-31'), count(*) FROM "
                        + "figure_dossier WHERE dissatisfied_from IS NOT NULL GROUP BY office_code, dissatisfied_from, "
                        + "COALESCE(closed_day, '9999-12-31') ORDER BY 1, 2, 3")));
        return out;
    }

    /**
     * The counters kept at ingest equal a recount ({@link #recount}), and rebuilding every figure from the data held
     * changes no table ({@link #snapshot} before and after {@code FigureUpdates.rebuild}).
     */
    static void assertKeptEqualsRecountAndRebuild(CentralDatabase db) {
        recount(db).forEach((table, pair) -> org.assertj.core.api.Assertions.assertThat(pair.get(0))
                .as(table + " kept vs recounted").isEqualTo(pair.get(1)));
        Map<String, List<String>> kept = snapshot(db);
        db.write(vn.motcua.central.province.FigureUpdates::rebuild);
        org.assertj.core.api.Assertions.assertThat(snapshot(db)).isEqualTo(kept);
    }

    private static List<String> rows(CentralDatabase db, String sql) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(rs.getString(i)).append('|');
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        });
    }
}
