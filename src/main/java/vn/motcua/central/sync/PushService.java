package vn.motcua.central.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.StoredDossier;
import vn.motcua.central.store.TrustRepository;
import vn.motcua.domain.dossier.DossierFields;
import vn.motcua.domain.dossier.StatusMachine;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.EventType;
import vn.motcua.sync.wire.PushBatch;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.PushResult;
import vn.motcua.sync.wire.WireJson;

/**
 * Takes a desk's ordered batch of events (ARCHITECTURE.md, sync protocol): each event is stored once (idempotent by
 * event id), status changes are judged by the domain {@link StatusMachine} in server order, and a refused event is
 * answered {@code rejected} while the rest of the batch goes on. A malformed event, or one about another office's
 * dossier, refuses the whole batch (4xx) and nothing is stored.
 *
 * <p>Who may change what (issue 13): the receiving event sets a dossier's facts and makes its device the owner; a
 * transition changes only the status, the progress log and the fields its action defines
 * ({@link DossierFields#definedBy}), an apology only the new appointment; an event that carries other changed facts
 * refuses the whole batch ({@code 422 FACTS_CHANGED}, naming it, so the desk quarantines it). Facts change only by
 * {@code DOSSIER_CORRECTED} from the owning device, recorded with its reason and the fields it changed.
 *
 * <p>One transaction per batch and a handful of statements whatever its size: the known event ids and dossiers are
 * read in two queries, the events are judged in memory, and the results written as JDBC batches.
 */
public final class PushService {
    /** Most events accepted in one push. */
    public static final int MAX_EVENTS = 500;

    private final CentralDatabase db;
    private final DossierRepository dossiers;
    private final TrustRepository trust;
    private final vn.motcua.central.rating.RatingService ratings;
    private final Clock clock;
    /** Whether batches are judged before the write lock (decision 0042): SQLite, whose writes take turns. */
    private final boolean judgeAhead;
    /** Tests only: runs after the early judgement, before the write lock is asked for. */
    volatile Runnable beforeLock = () -> { };

    public PushService(CentralDatabase db, DossierRepository dossiers, TrustRepository trust,
                       vn.motcua.central.rating.RatingService ratings, Clock clock) {
        this(db, dossiers, trust, ratings, clock, db.dialect() == CentralDatabase.Dialect.SQLITE);
    }

    /** {@link #PushService(CentralDatabase, DossierRepository, TrustRepository,
     * vn.motcua.central.rating.RatingService, Clock)} choosing
     * whether batches are judged before the write lock (the tests compare both ways). */
    PushService(CentralDatabase db, DossierRepository dossiers, TrustRepository trust,
                vn.motcua.central.rating.RatingService ratings, Clock clock, boolean judgeAhead) {
        this.db = db;
        this.dossiers = dossiers;
        this.trust = trust;
        this.ratings = ratings;
        this.clock = clock;
        this.judgeAhead = judgeAhead;
    }

    public PushResult push(Device device, PushBatch batch) {
        if (batch == null || batch.events() == null) {
            throw ApiException.badRequest("INVALID_BATCH", Msg.of("central.push.noEvents"));
        }
        if (batch.protocol() != WireJson.PROTOCOL) {
            throw ApiException.badRequest("UNSUPPORTED_PROTOCOL", Msg.of("central.push.protocol",
                    batch.protocol(), WireJson.PROTOCOL));
        }
        List<PushEvent> events = batch.events();
        if (events.size() > MAX_EVENTS) {
            throw new ApiException(413, "BATCH_TOO_LARGE", Msg.of("central.push.tooMany", MAX_EVENTS,
                    events.size()));
        }
        List<EventFacts> facts = new ArrayList<>(events.size());
        Map<String, vn.motcua.domain.dossier.DossierCode> codesRead = new java.util.HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            EventFacts f = EventFacts.check(i, events.get(i), codesRead);
            if ((f.type() == EventType.DOSSIER_RECEIVED || f.type() == EventType.COUNTER_RATED)
                    && !f.officeCode().equals(device.officeCode())) {
                throw foreign(f);
            }
            facts.add(f);
        }
        if (batch.auditHead() != null) {
            recordAuditHead(device, batch.auditHead());
        }
        if (facts.isEmpty()) {
            return new PushResult(WireJson.PROTOCOL, List.of());
        }
        Keys keys = Keys.of(facts);
        // decision 0042: on SQLite's single writer the batch is judged first against what a read connection holds,
        // outside the write lock, so the desks' judging overlaps the writer's statements; under the lock the same
        // reads are made again and the early judgement is used only when they found exactly the same rows
        Judged early = judgeAhead ? judgeAhead(device, facts, keys) : null;
        beforeLock.run();
        return db.write(c -> {
            Instant now = clock.instant();
            Inputs in = read(c, device, facts, keys);
            Judged judged = early != null && early.inputs().equals(in) ? early : judge(device, facts, in);
            judged.judge().write(c, now);
            applied(c, device, judged.judge().accepted());
            return new PushResult(WireJson.PROTOCOL, judged.results());
        });
    }

    /** The ids, dossier ids and codes a batch's judgement reads, in batch order (worked out once, outside the lock). */
    private record Keys(Set<String> eventIds, Set<String> ids, Set<String> codes, Set<String> feeIds) {
        static Keys of(List<EventFacts> facts) {
            Set<String> eventIds = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            Set<String> codes = new LinkedHashSet<>();
            Set<String> feeIds = new LinkedHashSet<>();
            for (EventFacts f : facts) {
                eventIds.add(f.eventIdText());
                ids.add(f.dossierId());
                if (f.type() == EventType.DOSSIER_RECEIVED || f.type() == EventType.COUNTER_RATED) {
                    codes.add(f.code());
                }
            }
            for (EventFacts f : facts) {
                if (f.type() == EventType.FEE_PAID) {
                    feeIds.add(f.dossierId());
                }
            }
            return new Keys(eventIds, ids, codes, feeIds);
        }
    }

    /**
     * Everything the judgement of a batch reads from the database: the judgement is a function of these and the
     * batch alone, so two reads that are equal give the same answers and the same rows.
     */
    record Inputs(Set<String> seen, Set<String> feePaid, Map<String, StoredDossier> stored,
                  Set<String> counterRated) {
    }

    /** A batch judged against {@code inputs}: its answers and the judge holding the rows to write. */
    record Judged(Inputs inputs, BatchJudge judge, List<EventResult> results) {
    }

    /** The judgement's reads, in the order the push has always made them; refuses a batch about a foreign dossier. */
    private Inputs read(java.sql.Connection c, Device device, List<EventFacts> facts, Keys keys)
            throws java.sql.SQLException {
        Set<String> seen = dossiers.existingEventIds(c, keys.eventIds());
        Set<String> feePaid = dossiers.feePaid(c, keys.feeIds());
        Map<String, StoredDossier> stored = dossiers.findByIdsOrCodes(c, keys.ids(), keys.codes());
        for (EventFacts f : facts) {
            StoredDossier s = stored.get(f.dossierId());
            if (s != null && !s.officeCode().equals(device.officeCode())) {
                throw foreign(f);
            }
        }
        return new Inputs(seen, feePaid, stored, trust.counterRated(c, keys.codes()));
    }

    /** Judges every event of the batch in order against {@code in} (throws a refusal of the whole batch). */
    private Judged judge(Device device, List<EventFacts> facts, Inputs in) {
        BatchJudge judge = new BatchJudge(dossiers, trust, ratings, device, in.stored(), in.seen(),
                in.counterRated(), in.feePaid());
        List<EventResult> results = new ArrayList<>(facts.size());
        for (EventFacts f : facts) {
            results.add(judge.apply(f));
        }
        judge.prepare(judgeAhead);
        return new Judged(in, judge, results);
    }

    /**
     * The judgement made before the write lock, on a read connection; null when it cannot stand in for the one
     * under the lock — the batch is refused (the refusal is then made, or not, under the lock as always) or a read
     * failed. It is only ever used after the same reads under the lock found the same rows.
     */
    private Judged judgeAhead(Device device, List<EventFacts> facts, Keys keys) {
        try {
            Inputs in = db.read(c -> read(c, device, facts, keys));
            return judge(device, facts, in);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * THE APPLY POINT: every event of the batch the server accepted, in batch order with the dossier as it stands after
     * it, once the batch is written and inside the same transaction (a failure here rolls the whole batch back, so
     * the desk sends it again). What follows from an accepted event beyond the dossier itself is called from here,
     * one line per concern, each in its own class.
     */
    private void applied(java.sql.Connection c, Device device, List<BatchJudge.Accepted> accepted)
            throws java.sql.SQLException {
        // e.g. figures.record(c, device, accepted); portalOutbox.enqueue(c, device, accepted);
    }

    /** Keeps the desk's audit chain head; a head behind the one kept marks the device (its chain went backwards). */
    private void recordAuditHead(Device device, vn.motcua.sync.wire.AuditHead head) {
        if (head.id() < 0 || head.hash() == null || !head.hash().matches("[0-9a-f]{64}")) {
            throw ApiException.badRequest("INVALID_BATCH", Msg.of("central.push.auditHead"));
        }
        Instant now = clock.instant();
        db.run(c -> trust.recordAuditHead(c, device.id(), head.id(), head.hash(), now));
    }

    private static ApiException foreign(EventFacts f) {
        return new ApiException(403, "FOREIGN_OFFICE", Msg.of("central.push.foreign", f.index() + 1, f.code()),
                f.eventId(), f.index());
    }

}
