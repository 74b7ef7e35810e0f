package vn.motcua.central.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.ApiException;
import vn.motcua.central.CentralConfig;
import vn.motcua.central.CentralContext;
import vn.motcua.central.bench.SyntheticDossiers;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.TrustRepository;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * Decision 0042: a batch judged before the write lock (against a read connection) must answer and store exactly what
 * the judgement under the lock does — the same answers and refusals, the same rows in every table the push writes —
 * also when another write changed the batch's dossiers between the early judgement and the lock.
 */
class PushJudgeAheadTest {
    private static final String OFFICE = "000.00.01.H22";
    private static final String[] TABLES = {"sync_event", "dossier", "progress", "portal_outbox", "apology",
        "correction", "counter_rating", "rating", "figure_dossier", "figure_day", "figure_office_day",
        "figure_office_month", "figure_open_due", "figure_dissatisfied", "figure_name", "office"};

    @TempDir
    Path dir;

    /** One central database with its own push service, judging ahead or not. */
    private final class Side implements AutoCloseable {
        final CentralContext ctx;
        final PushService push;
        final Device device;

        Side(String name, boolean judgeAhead) {
            Clock clock = Clock.fixed(Instant.parse("2026-04-29T08:30:00Z"), ZoneOffset.UTC);
            ctx = CentralContext.open(CentralConfig.defaults("jdbc:sqlite:" + dir.resolve(name + ".db"))
                    .withDatabase("jdbc:sqlite:" + dir.resolve(name + ".db"), null, null, 4), clock);
            ctx.admin().addOffice(OFFICE, "Xã Quảng Phú", false);
            var code = ctx.enrollment().issue(OFFICE, 1, Duration.ofHours(1));
            EnrollResponse r = ctx.enrollment().enroll(new EnrollRequest(WireJson.PROTOCOL, code.enrollmentCode(),
                    Secrets.randomToken(32), "desk", "test"));
            device = ctx.auth().authenticate("Bearer " + r.deviceToken());
            push = new PushService(ctx.database(), new DossierRepository(), new TrustRepository(), ctx.ratings(),
                    clock, judgeAhead);
        }

        /** The answer (JSON) or the refusal (status, code, message) of one batch. */
        String send(String batchJson) throws Exception {
            try {
                return WireJson.mapper().writeValueAsString(push.push(device,
                        WireJson.mapper().readValue(batchJson, PushBatch.class)));
            } catch (ApiException e) {
                return "refused " + e.status() + " " + WireJson.mapper().writeValueAsString(e.body());
            }
        }

        /** Every row of the tables the push writes, the device id replaced (it is random per database). */
        List<String> rows() {
            return ctx.database().read(c -> {
                List<String> out = new ArrayList<>();
                for (String t : TABLES) {
                    List<String> rows = new ArrayList<>();
                    List<String> columns = new ArrayList<>();
                    try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + t
                            + " LIMIT 0")) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            columns.add(rs.getMetaData().getColumnName(i));
                        }
                    }
                    StringBuilder sql = new StringBuilder("SELECT ");
                    for (String col : columns) {
                        sql.append("typeof(").append(col).append("), quote(").append(col).append("), ");
                    }
                    sql.setLength(sql.length() - 2);
                    try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql + " FROM " + t)) {
                        while (rs.next()) {
                            StringBuilder b = new StringBuilder(t).append(':');
                            for (int i = 0; i < columns.size(); i++) {
                                b.append(columns.get(i)).append('=').append(rs.getString(2 * i + 2)).append(" (")
                                        .append(rs.getString(2 * i + 1)).append("); ");
                            }
                            rows.add(b.toString().replace(device.id(), "<device>"));
                        }
                    }
                    rows.sort(null);
                    out.addAll(rows);
                }
                return out;
            });
        }

        @Override
        public void close() {
            ctx.close();
        }
    }

    private static String json(List<PushEvent> events) throws Exception {
        return WireJson.mapper().writeValueAsString(new PushBatch(WireJson.PROTOCOL, events));
    }

    @Test
    void judgedAheadOrUnderTheLock_sameAnswersAndSameRows() throws Exception {
        SyntheticDossiers g = new SyntheticDossiers(42, OFFICE, 1, LocalDate.of(2026, 4, 20));
        List<SyntheticDossiers.Made> d = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            d.add(g.dossier(i));
        }
        List<String> batches = new ArrayList<>();
        // receipts, transfers, an event twice, a refused transition, an unknown dossier
        List<PushEvent> b1 = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            b1.add(g.received(d.get(i)));
        }
        for (int i = 0; i < 5; i++) {
            b1.add(g.transition(d.get(i), DossierAction.TRANSFER, null));
        }
        b1.add(b1.get(3));
        b1.add(g.transition(d.get(6), DossierAction.RETURN_RESULT, null));
        b1.add(g.transition(d.get(11), DossierAction.TRANSFER, null));
        batches.add(json(b1));
        batches.add(json(b1)); // all duplicates now
        // transitions of dossiers stored by an earlier batch (judged against their stored JSON)
        List<PushEvent> b3 = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            b3.add(g.transition(d.get(i), DossierAction.FINISH, "Đã xử lý xong"));
        }
        for (int i = 0; i < 3; i++) {
            b3.add(g.transition(d.get(i), DossierAction.RETURN_RESULT, null));
        }
        // text the driver encodes itself: Vietnamese, a character outside the BMP, a lone surrogate
        b3.add(g.transition(d.get(5), DossierAction.TRANSFER, "Chuyển xử lý \uD83D\uDE00 \uD800 ghi chú"));
        batches.add(json(b3));
        // a fact changed by a transition: the whole batch is refused
        PushEvent changed = g.transition(d.get(7), DossierAction.TRANSFER, null);
        ((ObjectNode) changed.payload().get("dossier")).put("procedureName", "Thủ tục khác");
        batches.add(json(List.of(g.transition(d.get(8), DossierAction.TRANSFER, null), changed)));
        // a receipt of another dossier under a code already held
        SyntheticDossiers.Made copy = new SyntheticDossiers.Made(UUID.randomUUID(), d.get(9).code(),
                d.get(9).json().deepCopy().put("id", "00000000-0000-4000-8000-000000000001"),
                d.get(9).idNumber(), d.get(9).phone());
        PushEvent taken = g.received(copy);
        taken = new PushEvent(taken.eventId(), taken.deviceSeq(), taken.type(),
                UUID.fromString("00000000-0000-4000-8000-000000000001"), taken.occurredAt(), taken.payload());
        batches.add(json(List.of(taken, g.transition(d.get(9), DossierAction.TRANSFER, null))));

        try (Side under = new Side("under", false); Side ahead = new Side("ahead", true)) {
            List<String> answersUnder = new ArrayList<>();
            List<String> answersAhead = new ArrayList<>();
            for (String b : batches) {
                answersUnder.add(under.send(b));
                answersAhead.add(ahead.send(b));
            }
            assertThat(answersAhead).isEqualTo(answersUnder);
            assertThat(answersUnder).anyMatch(a -> a.contains("\"duplicate\"") || a.contains("DUPLICATE"));
            assertThat(answersUnder).anyMatch(a -> a.startsWith("refused 422") && a.contains("FACTS_CHANGED"));
            assertThat(answersUnder).anyMatch(a -> a.contains("CODE_TAKEN"));
            assertThat(answersUnder).anyMatch(a -> a.contains("UNKNOWN_DOSSIER"));
            List<String> rows = under.rows();
            assertThat(rows).anyMatch(r -> r.startsWith("portal_outbox:")).anyMatch(r -> r.startsWith("figure_day:"));
            assertThat(ahead.rows()).isEqualTo(rows);
        }
    }

    /**
     * Another push changes the batch's dossiers after the early judgement and before the lock: the early judgement
     * (which would accept the transfers) must not be used — the answers are those of judging under the lock.
     */
    @Test
    void aWriteBetweenTheEarlyJudgementAndTheLock_isSeen() throws Exception {
        SyntheticDossiers g = new SyntheticDossiers(7, OFFICE, 1, LocalDate.of(2026, 4, 20));
        List<SyntheticDossiers.Made> d = new ArrayList<>();
        List<PushEvent> receipts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            d.add(g.dossier(i));
            receipts.add(g.received(d.get(i)));
        }
        // the other desk's push (made while this one waits) transfers and finishes them; this one then transfers them
        SyntheticDossiers other = new SyntheticDossiers(7, OFFICE, 1, LocalDate.of(2026, 4, 20));
        List<PushEvent> meanwhile = new ArrayList<>();
        List<PushEvent> late = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SyntheticDossiers.Made m = other.dossier(i);
            meanwhile.add(other.transition(m, DossierAction.TRANSFER, null));
            meanwhile.add(other.transition(m, DossierAction.FINISH, null));
            late.add(g.transition(d.get(i), DossierAction.TRANSFER, null));
        }
        String first = json(receipts);
        String between = json(meanwhile);
        String batch = json(late);
        List<List<String>> answers = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (boolean judgeAhead : new boolean[] {false, true}) {
            try (Side s = new Side(judgeAhead ? "ahead2" : "under2", judgeAhead)) {
                List<String> a = new ArrayList<>();
                a.add(s.send(first));
                AtomicInteger calls = new AtomicInteger();
                String[] betweenAnswer = new String[1];
                s.push.beforeLock = () -> {
                    if (calls.incrementAndGet() == 1) {
                        s.push.beforeLock = () -> { };
                        try {
                            betweenAnswer[0] = s.send(between);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                };
                a.add(s.send(batch));
                a.add(betweenAnswer[0]);
                answers.add(a);
                rows.add(s.rows());
            }
        }
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        assertThat(rows.get(1)).isEqualTo(rows.get(0));
        // the transfers came after the other desk's finish: refused, not accepted as the early judgement had them
        assertThat(answers.get(0).get(1)).contains("TRANSITION_REFUSED").doesNotContain("\"accepted\"");
    }
}
