package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.text.Text;

/**
 * How a search finds its first page without ranking every match (issue 18, decision 0014). Each kind of query is
 * answered by the cheapest pass that can fill the page; results come newest first (the order dossiers were stored on
 * this desk, {@code rowid} descending), which both the table and the full-text index can walk backwards and stop
 * after the page:
 * <ol>
 * <li>a whole dossier code: the unique index on {@code code};</li>
 * <li>an ID number (9 or 12 digits) or a phone (10–11 digits from 0): the exact term in its full-text column;</li>
 * <li>other digits (an ID or phone prefix such as "038"): the newest {@value #SCAN} dossiers are scanned for an ID,
 * other ID, phone, or code part after a hyphen (date, number) starting with them — a common prefix fills the page
 * there; a rarer one falls through to the full-text prefix query, which is cheap exactly when the prefix is rare
 * (between the two, a prefix matching about 1–3 % of the dossiers costs the most: the scan and then the index);</li>
 * <li>words: the words as whole terms first (the index walks lazily and stops at the page), then the last word as a
 * prefix, then every word as a prefix (the old meaning: each word starts a word of the dossier) — later passes only
 * run while the page is not full, and add what earlier ones did not find.</li>
 * </ol>
 * The pages are the same dossiers the old query matched (every word starts a word of the code, name, ID numbers,
 * phone or procedure); what changed is the order: whole-word matches before prefix-only ones, newest first, instead
 * of bm25 over every match.
 */
final class DossierSearch {
    /** How many of the newest dossiers a digits-prefix scan looks at before handing over to the full-text index. */
    static final int SCAN = 2_000;

    private DossierSearch() {
    }

    /** The kind of query, as the bench rows name them. */
    enum Kind { CODE, ID_NUMBER, PHONE, DIGITS_PREFIX, WORDS }

    static Kind kind(String query) {
        String q = query == null ? "" : query.strip();
        if (DossierCode.tryParse(q).isPresent()) {
            return Kind.CODE;
        }
        String folded = Text.fold(q).strip();
        if (!folded.isEmpty() && folded.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int n = folded.length();
            if (n == 9 || n == 12) {
                return Kind.ID_NUMBER;
            }
            if ((n == 10 || n == 11) && folded.charAt(0) == '0') {
                return Kind.PHONE;
            }
            return Kind.DIGITS_PREFIX;
        }
        return Kind.WORDS;
    }

    /** The rowids of the first {@code limit} matches, in page order. */
    static List<Long> rowids(Connection c, String query, int limit) throws SQLException {
        return rowids(c, query, limit, "");
    }

    /**
     * The rowids of the first {@code limit} matches that also satisfy {@code filter}, in page order: an SQL
     * condition over the dossier (alias {@code d}) written with literals only (a work queue's statuses and
     * appointment window), so every pass applies it while it walks and a queue's page is not emptied by matches of
     * other queues.
     */
    static List<Long> rowids(Connection c, String query, int limit, String filter) throws SQLException {
        String and = filter == null || filter.isBlank() ? "" : " AND (" + filter + ")";
        Set<Long> found = new LinkedHashSet<>();
        String folded = Text.fold(query).strip();
        if (folded.isEmpty()) {
            return List.of();
        }
        switch (kind(query)) {
            case CODE -> {
                String code = DossierCode.tryParse(query.strip()).orElseThrow().toString();
                collect(c, "SELECT d.rowid FROM dossier d WHERE d.code = ? AND d.deleted = 0" + and, found, limit, code);
            }
            case ID_NUMBER -> fts(c, "id_number : \"" + folded + "\"", found, limit, and);
            case PHONE -> fts(c, "phone : \"" + folded + "\"", found, limit, and);
            case DIGITS_PREFIX -> {
                String like = folded + "%";
                String dash = "%-" + folded + "%";
                collect(c, "SELECT d.rowid FROM dossier d WHERE d.rowid > (SELECT max(rowid) FROM dossier) - "
                        + SCAN + " AND d.deleted = 0 AND (d.applicant_id LIKE ?1 OR d.applicant_other_id LIKE ?1 "
                        + "OR d.applicant_phone LIKE ?1 OR d.code LIKE ?1 OR d.code LIKE ?2)" + and
                        + " ORDER BY d.rowid DESC LIMIT ?3", found, limit, like, dash);
                if (found.size() < limit) {
                    // rare among the newest: the prefix has few terms, so the index answers it cheaply
                    found.clear();
                    fts(c, DossierRepository.ftsQuery(folded), found, limit, and);
                }
            }
            case WORDS -> {
                String[] words = folded.split(" ");
                fts(c, terms(words, false, false), found, limit, and);
                if (found.size() < limit) {
                    fts(c, terms(words, false, true), found, limit, and);
                }
                if (found.size() < limit && words.length > 1) {
                    fts(c, terms(words, true, true), found, limit, and);
                }
            }
            default -> throw new IllegalStateException();
        }
        return new ArrayList<>(found);
    }

    /** The words as quoted FTS5 terms: prefixes all, or only the last one. */
    private static String terms(String[] words, boolean allPrefix, boolean lastPrefix) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            boolean prefix = allPrefix || (lastPrefix && i == words.length - 1);
            sb.append(sb.length() == 0 ? "" : " ").append('"').append(words[i].replace("\"", "\"\"")).append('"')
                    .append(prefix ? "*" : "");
        }
        return sb.toString();
    }

    private static void fts(Connection c, String match, Set<Long> found, int limit, String and)
            throws SQLException {
        if (match.isEmpty()) {
            return;
        }
        // over-fetch by what is already on the page, so the rows found before do not use up this pass's page
        collect(c, "SELECT s.rowid FROM dossier_search s JOIN dossier d ON d.rowid = s.rowid "
                + "WHERE dossier_search MATCH ?1 AND d.deleted = 0" + and + " ORDER BY s.rowid DESC LIMIT ?2", found,
                limit, match);
    }

    /** Adds the rowids the query returns (its last parameter is the row limit) until the page is full. */
    private static void collect(Connection c, String sql, Set<Long> found, int limit, Object... params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlValues.bind(ps, params);
            if (sql.contains("?")) {
                int n = ps.getParameterMetaData().getParameterCount();
                if (n > params.length) {
                    ps.setInt(n, limit + found.size());
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && found.size() < limit) {
                    found.add(rs.getLong(1));
                }
            }
        }
    }
}
