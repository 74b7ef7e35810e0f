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
        out.put("figure_name", rows(db, "SELECT kind, code, name FROM figure_name ORDER BY 1, 2"));
        return out;
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
