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

    public PushService(CentralDatabase db, DossierRepository dossiers, TrustRepository trust,
                       vn.motcua.central.rating.RatingService ratings, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.trust = trust;
        this.ratings = ratings;
        this.clock = clock;
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
        return db.write(c -> {
            Instant now = clock.instant();
            Set<String> eventIds = new LinkedHashSet<>();
            Set<String> ids = new LinkedHashSet<>();
            Set<String> codes = new LinkedHashSet<>();
            for (EventFacts f : facts) {
                eventIds.add(f.eventId().toString());
                ids.add(f.dossierId());
                if (f.type() == EventType.DOSSIER_RECEIVED || f.type() == EventType.COUNTER_RATED) {
                    codes.add(f.code());
                }
            }
            Set<String> seen = dossiers.existingEventIds(c, eventIds);
            Set<String> feeIds = new LinkedHashSet<>();
            for (EventFacts f : facts) {
                if (f.type() == EventType.FEE_PAID) {
                    feeIds.add(f.dossierId());
                }
            }
            Set<String> feePaid = dossiers.feePaid(c, feeIds);
            Map<String, StoredDossier> stored = dossiers.findByIdsOrCodes(c, ids, codes);
            for (EventFacts f : facts) {
                StoredDossier s = stored.get(f.dossierId());
                if (s != null && !s.officeCode().equals(device.officeCode())) {
                    throw foreign(f);
                }
            }
            BatchJudge judge = new BatchJudge(dossiers, trust, ratings, device, stored, seen, now,
                    trust.counterRated(c, codes), feePaid);
            List<EventResult> results = new ArrayList<>(facts.size());
            for (EventFacts f : facts) {
                results.add(judge.apply(f));
            }
            judge.write(c);
            applied(c, device, judge.accepted());
            return new PushResult(WireJson.PROTOCOL, results);
        });
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
