package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.text.Text;

/**
 * The desk's work queues as paged SQL: one page of the dossiers matching a criteria (statuses, optionally a window of
 * the effective appointment, optionally a search text), sorted on an indexed column. Never loads a whole queue.
 */
public final class QueueRepository {
    /** The effective appointment: an apology's new date when there is one, else the statutory one. */
    static final String EFFECTIVE = "coalesce(d.rescheduled_at, d.appointment_at)";

    /**
     * Which dossiers a queue holds.
     *
     * @param statuses        the statuses (never empty)
     * @param effectiveFrom   when not null: effective appointment at or after this time
     * @param effectiveBefore when not null: effective appointment strictly before this time
     */
    public record Criteria(List<DossierStatus> statuses, LocalDateTime effectiveFrom, LocalDateTime effectiveBefore) {
        public Criteria {
            if (statuses == null || statuses.isEmpty()) {
                throw new IllegalArgumentException("a queue needs at least one status");
            }
            statuses = List.copyOf(statuses);
        }
    }

    /** Sortable columns; each maps to an SQL expression, never to user text. */
    public enum Sort {
        CODE("d.code"),
        APPLICANT("d.applicant_name"),
        PROCEDURE("d.procedure_name"),
        RECEIVED("d.received_at"),
        APPOINTMENT(EFFECTIVE),
        STATUS("d.status");

        private final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /** Dossiers per status, one indexed scan. */
    public Map<DossierStatus, Integer> countByStatus(Connection c) throws SQLException {
        Map<DossierStatus, Integer> out = new EnumMap<>(DossierStatus.class);
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT status, count(*) FROM dossier WHERE deleted = 0 GROUP BY status")) {
            while (rs.next()) {
                var status = DossierStatus.fromCode(rs.getInt(1));
                if (status.isPresent()) {
                    out.put(status.get(), rs.getInt(2));
                }
            }
        }
        return out;
    }

    /** Above this many matches a search's count is not exact: {@link #search} says {@code COUNT_CAP + 1}. */
    public static final int COUNT_CAP = 10_000;

    /** One page of a queue and how many dossiers it holds ({@code COUNT_CAP + 1} = more than the cap). */
    public record Found(List<Dossier> rows, int total, int offset) {
    }

    /** How many dossiers a queue holds (no search text: an exact count over the indexed status). */
    public int count(Connection c, Criteria criteria) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM dossier d" + where(criteria))) {
            SqlValues.bind(ps, windowParams(criteria).toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * One page of a queue, sorted; ties broken by code so paging is stable. The dossiers carry the queue's columns
     * only (code, applicant, procedure, times, status), not their documents: open the dossier for the rest.
     *
     * <p>With a search text the matches come from {@link DossierSearch} (exact code, ID number and phone by index,
     * whole words before prefixes, newest first), the queue's criteria applied inside each pass, and stop at
     * {@link #COUNT_CAP} + 1 (issue 18): the list says "hơn 10.000" instead of counting a million matches, and the
     * page is sorted among those candidates. An {@code offset} past the end shows the last page.
     */
    public Found page(Connection c, Criteria criteria, String search, Sort sort, boolean ascending, int offset,
                      int limit) throws SQLException {
        int size = Math.max(1, Math.min(limit, 500));
        String dir = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + sort.sql + dir + (sort == Sort.CODE ? "" : ", d.code" + dir) + " LIMIT ? OFFSET ?";
        String sql;
        String candidates = null;
        int total;
        if (search == null || Text.fold(search).isBlank()) {
            total = count(c, criteria);
            sql = SELECT + " FROM dossier d" + where(criteria) + order;
        } else {
            List<Long> rowids = DossierSearch.rowids(c, search, COUNT_CAP + 1, literalFilter(criteria));
            total = rowids.size();
            candidates = rowids.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
            sql = SELECT + " FROM dossier d WHERE d.rowid IN (SELECT value FROM json_each(?))" + order;
        }
        int from = Math.max(0, Math.min(offset, Math.max(0, total - 1)));
        List<Dossier> out = new ArrayList<>();
        if (total == 0) {
            return new Found(out, 0, 0);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            List<Object> params = new ArrayList<>();
            if (candidates != null) {
                params.add(candidates);
            } else {
                params.addAll(windowParams(criteria));
            }
            params.add(size);
            params.add(from);
            SqlValues.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return new Found(out, total, from);
    }

    private static final String SELECT = "SELECT d.id, d.code, d.procedure_code, d.procedure_name, d.applicant_name, "
            + "d.applicant_id, d.applicant_phone, d.received_at, d.appointment_at, d.rescheduled_at, d.status, "
            + "d.finished_at, d.returned_at, d.interop_agency, d.desk_no, d.version";

    /** The queue's criteria as an SQL condition with literals only (statuses are numbers, times ISO text). */
    static String literalFilter(Criteria criteria) {
        StringBuilder sb = new StringBuilder(statusFilter(criteria));
        if (criteria.effectiveFrom() != null) {
            sb.append(sb.length() == 0 ? "" : " AND ").append(EFFECTIVE).append(" >= '")
                    .append(SqlValues.ts(criteria.effectiveFrom())).append('\'');
        }
        if (criteria.effectiveBefore() != null) {
            sb.append(sb.length() == 0 ? "" : " AND ").append(EFFECTIVE).append(" < '")
                    .append(SqlValues.ts(criteria.effectiveBefore())).append('\'');
        }
        return sb.toString();
    }

    private static String statusFilter(Criteria criteria) {
        if (criteria.statuses().size() >= DossierStatus.values().length) {
            return "";
        }
        return "d.status IN (" + criteria.statuses().stream().map(s -> String.valueOf(s.code()))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static List<Object> windowParams(Criteria criteria) {
        List<Object> params = new ArrayList<>();
        if (criteria.effectiveFrom() != null) {
            params.add(criteria.effectiveFrom());
        }
        if (criteria.effectiveBefore() != null) {
            params.add(criteria.effectiveBefore());
        }
        return params;
    }

    private static String where(Criteria criteria) {
        StringBuilder sb = new StringBuilder(" WHERE d.deleted = 0");
        String statuses = statusFilter(criteria);
        if (!statuses.isEmpty()) {
            sb.append(" AND ").append(statuses);
        }
        if (criteria.effectiveFrom() != null) {
            sb.append(" AND ").append(EFFECTIVE).append(" >= ?");
        }
        if (criteria.effectiveBefore() != null) {
            sb.append(" AND ").append(EFFECTIVE).append(" < ?");
        }
        return sb.toString();
    }

    private static Dossier map(ResultSet rs) throws SQLException {
        return Dossier.builder()
                .id(UUID.fromString(rs.getString("id")))
                .code(rs.getString("code"))
                .procedureCode(rs.getString("procedure_code"))
                .procedureName(rs.getString("procedure_name"))
                .applicant(Applicant.builder().fullName(rs.getString("applicant_name"))
                        .idNumber(rs.getString("applicant_id")).phone(rs.getString("applicant_phone")).build())
                .receivedAt(SqlValues.ts(rs, "received_at"))
                .appointmentAt(SqlValues.ts(rs, "appointment_at"))
                .rescheduledAt(SqlValues.ts(rs, "rescheduled_at"))
                .status(DossierStatus.fromCode(rs.getInt("status")).orElseThrow())
                .finishedAt(SqlValues.ts(rs, "finished_at"))
                .returnedAt(SqlValues.ts(rs, "returned_at"))
                .interopAgency(rs.getString("interop_agency"))
                .deskNo(rs.getInt("desk_no"))
                .version(rs.getLong("version"))
                .build();
    }
}
