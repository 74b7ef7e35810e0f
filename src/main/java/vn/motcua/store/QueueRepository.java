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

    /** Above this many matches a search's count is not exact: {@link #count} says {@code COUNT_CAP + 1}. */
    public static final int COUNT_CAP = 10_000;

    /**
     * How many dossiers match (for a queue's count or its number of pages). With a search text the counting stops at
     * {@link #COUNT_CAP} + 1 (issue 18): the list says "more than 10,000" instead of counting a million matches.
     */
    public int count(Connection c, Criteria criteria, String search) throws SQLException {
        List<Object> params = new ArrayList<>();
        String matching = from(search, params) + where(criteria, search, params);
        String sql = params.isEmpty() || DossierRepository.ftsQuery(search).isEmpty()
                ? "SELECT count(*) FROM " + matching
                : "SELECT count(*) FROM (SELECT 1 FROM " + matching + " LIMIT " + (COUNT_CAP + 1) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlValues.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /**
     * One page, sorted; ties broken by code so paging is stable. The dossiers carry the queue's columns only
     * (code, applicant, procedure, times, status), not their documents: open the dossier for the rest.
     */
    public List<Dossier> page(Connection c, Criteria criteria, String search, Sort sort, boolean ascending,
                              int offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String dir = ascending ? " ASC" : " DESC";
        String sql = "SELECT d.id, d.code, d.procedure_code, d.procedure_name, d.applicant_name, d.applicant_id, "
                + "d.applicant_phone, d.received_at, d.appointment_at, d.rescheduled_at, d.status, d.finished_at, "
                + "d.returned_at, d.interop_agency, d.desk_no, d.version FROM " + from(search, params)
                + where(criteria, search, params)
                + " ORDER BY " + sort.sql + dir + (sort == Sort.CODE ? "" : ", d.code" + dir) + " LIMIT ? OFFSET ?";
        params.add(Math.max(1, Math.min(limit, 500)));
        params.add(Math.max(0, offset));
        List<Dossier> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlValues.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(map(rs));
                }
            }
        }
        return out;
    }

    private static String from(String search, List<Object> params) {
        String match = DossierRepository.ftsQuery(search);
        if (match.isEmpty()) {
            return "dossier d";
        }
        params.add(match);
        return "dossier_search s JOIN dossier d ON d.rowid = s.rowid AND dossier_search MATCH ?";
    }

    private static String where(Criteria criteria, String search, List<Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE d.deleted = 0");
        if (criteria.statuses().size() < DossierStatus.values().length) {
            sb.append(" AND d.status IN (").append(criteria.statuses().stream().map(s -> String.valueOf(s.code()))
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (criteria.effectiveFrom() != null) {
            sb.append(" AND ").append(EFFECTIVE).append(" >= ?");
            params.add(criteria.effectiveFrom());
        }
        if (criteria.effectiveBefore() != null) {
            sb.append(" AND ").append(EFFECTIVE).append(" < ?");
            params.add(criteria.effectiveBefore());
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
