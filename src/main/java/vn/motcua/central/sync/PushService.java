package vn.motcua.central.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.central.store.DossierRepository.EventRow;
import vn.motcua.central.store.DossierRepository.ProgressRow;
import vn.motcua.central.store.DossierRepository.StoredDossier;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.StatusMachine;
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
 * <p>One transaction per batch and a handful of statements whatever its size: the known event ids and dossiers are
 * read in two queries, the events are judged in memory, and the results written as JDBC batches.
 */
public final class PushService {
    /** Most events accepted in one push. */
    public static final int MAX_EVENTS = 500;

    private final CentralDatabase db;
    private final DossierRepository dossiers;
    private final Clock clock;

    public PushService(CentralDatabase db, DossierRepository dossiers, Clock clock) {
        this.db = db;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    public PushResult push(Device device, PushBatch batch) {
        if (batch == null || batch.events() == null) {
            throw ApiException.badRequest("INVALID_BATCH", "Lô sự kiện phải có danh sách «events».");
        }
        if (batch.protocol() != WireJson.PROTOCOL) {
            throw ApiException.badRequest("UNSUPPORTED_PROTOCOL", "Phiên bản giao thức không được hỗ trợ: "
                    + batch.protocol() + " (máy chủ dùng " + WireJson.PROTOCOL + ").");
        }
        List<PushEvent> events = batch.events();
        if (events.size() > MAX_EVENTS) {
            throw new ApiException(413, "BATCH_TOO_LARGE", "Mỗi lần gửi tối đa " + MAX_EVENTS + " sự kiện (lô này có "
                    + events.size() + ").");
        }
        List<EventFacts> facts = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            EventFacts f = EventFacts.check(i, events.get(i));
            if (f.type() == EventType.DOSSIER_RECEIVED && !f.officeCode().equals(device.officeCode())) {
                throw foreign(f);
            }
            facts.add(f);
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
                if (f.type() == EventType.DOSSIER_RECEIVED) {
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
            Judge judge = new Judge(device, stored, seen, feePaid, now);
            List<EventResult> results = new ArrayList<>(facts.size());
            for (EventFacts f : facts) {
                results.add(judge.apply(f));
            }
            judge.write(c);
            return new PushResult(WireJson.PROTOCOL, results);
        });
    }

    private static ApiException foreign(EventFacts f) {
        return new ApiException(403, "FOREIGN_OFFICE", "Sự kiện thứ " + (f.index() + 1) + ": hồ sơ «" + f.code()
                + "» thuộc đơn vị khác; máy này chỉ được gửi hồ sơ của đơn vị mình.", f.eventId(), f.index());
    }

    /** The in-memory state of one batch: dossiers as they stand after each accepted event. */
    private final class Judge {
        private final Device device;
        private final Map<String, State> states = new HashMap<>();
        private final Map<String, String> codeOwners = new HashMap<>();
        private final Set<String> seenEvents;
        private final Instant now;
        private final List<EventRow> eventRows = new ArrayList<>();
        private final List<ProgressRow> progressRows = new ArrayList<>();
        private final Map<String, State> changed = new LinkedHashMap<>();
        private final Map<String, String> received = new HashMap<>();

        private final Set<String> feePaid;

        Judge(Device device, Map<String, StoredDossier> stored, Set<String> seenEvents, Set<String> feePaid,
              Instant now) {
            this.device = device;
            this.feePaid = new HashSet<>(feePaid);
            this.seenEvents = new HashSet<>(seenEvents);
            this.now = now;
            for (StoredDossier s : stored.values()) {
                states.put(s.id(), new State(s.id(), s.code(), DossierStatus.fromCode(s.status()).orElseThrow(),
                        s.interopAgency(), s.version(), null));
                codeOwners.put(s.code(), s.id());
            }
        }

        EventResult apply(EventFacts f) {
            UUID eventId = f.eventId();
            if (!seenEvents.add(eventId.toString())) {
                return EventResult.duplicate(eventId);
            }
            State state = states.get(f.dossierId());
            Optional<EventResult> refusal = switch (f.type()) {
                case DOSSIER_RECEIVED -> refuseReceive(f, state);
                case DOSSIER_TRANSITIONED -> refuseTransition(f, state);
                case FEE_PAID -> refuseFeePaid(f, state);
            };
            if (refusal.isPresent()) {
                seenEvents.remove(eventId.toString());
                return refusal.get();
            }
            State next = switch (f.type()) {
                case DOSSIER_RECEIVED -> new State(f.dossierId(), f.code(), DossierStatus.NEW, null, 1, f);
                case DOSSIER_TRANSITIONED -> new State(state.id, state.code, f.action().to(), interopAfter(f),
                        state.version + 1, f);
                // A payment changes neither status nor liên thông; the new version makes the dossier (and its log
                // with the payment) come down to the other desks.
                case FEE_PAID -> new State(state.id, state.code, state.status, state.interop, state.version + 1, f);
            };
            if (f.type() == EventType.FEE_PAID) {
                feePaid.add(next.id);
            }
            states.put(next.id, next);
            codeOwners.put(next.code, next.id);
            changed.put(next.id, next);
            if (f.type() == EventType.DOSSIER_RECEIVED) {
                received.put(next.code, next.id);
            }
            PushEvent e = f.event();
            eventRows.add(new EventRow(eventId.toString(), device.id(), e.deviceSeq(), f.type().name(), f.dossierId(),
                    e.occurredAt().toString(), now, f.action() == null ? null : f.action().name()));
            progressRows.add(new ProgressRow(next.id, next.version, f.progressAt(), f.progressAction(),
                    next.status.code(), f.progressNote(), f.progressJson()));
            return EventResult.accepted(eventId);
        }

        private Optional<EventResult> refuseReceive(EventFacts f, State state) {
            if (state != null) {
                return Optional.of(EventResult.rejected(f.eventId(), "ALREADY_RECEIVED", "Hồ sơ «" + f.code()
                        + "» đã được tiếp nhận trên máy chủ; không tiếp nhận lại."));
            }
            String owner = codeOwners.get(f.code());
            if (owner != null) {
                return Optional.of(EventResult.rejected(f.eventId(), "CODE_TAKEN", "Mã hồ sơ «" + f.code()
                        + "» đã được dùng cho một hồ sơ khác."));
            }
            return Optional.empty();
        }

        /** An event about a dossier the server must already hold under the same code. */
        private Optional<EventResult> refuseUnknown(EventFacts f, State state) {
            if (state == null) {
                return Optional.of(EventResult.rejected(f.eventId(), "UNKNOWN_DOSSIER", "Máy chủ chưa có hồ sơ «"
                        + f.code() + "»; cần gửi sự kiện tiếp nhận trước."));
            }
            if (!state.code.equals(f.code())) {
                return Optional.of(EventResult.rejected(f.eventId(), "CODE_MISMATCH", "Mã hồ sơ «" + f.code()
                        + "» không khớp với hồ sơ đã lưu («" + state.code + "»)."));
            }
            return Optional.empty();
        }

        private Optional<EventResult> refuseTransition(EventFacts f, State state) {
            Optional<EventResult> unknown = refuseUnknown(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            // The desk has checked the role; the server judges the status rules, in server order.
            Optional<String> why = StatusMachine.refusal(state.probe(), f.action(), Role.ADMIN);
            if (f.action() == DossierAction.INTEROP_SEND && (f.interopAgency() == null || f.interopAgency().isBlank())) {
                why = why.or(() -> Optional.of("Chuyển liên thông cần tên cơ quan nhận."));
            }
            return why.map(reason -> EventResult.rejected(f.eventId(), "TRANSITION_REFUSED", reason));
        }

        private Optional<EventResult> refuseFeePaid(EventFacts f, State state) {
            Optional<EventResult> unknown = refuseUnknown(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            if (feePaid.contains(state.id)) {
                return Optional.of(EventResult.rejected(f.eventId(), "FEE_ALREADY_PAID", "Phí, lệ phí của hồ sơ «"
                        + f.code() + "» đã được ghi nhận ở một quầy khác."));
            }
            if (state.status == DossierStatus.DENIED) {
                return Optional.of(EventResult.rejected(f.eventId(), "TRANSITION_REFUSED", "Hồ sơ «" + f.code()
                        + "» đã bị từ chối tiếp nhận; không thu phí."));
            }
            return Optional.empty();
        }

        private String interopAfter(EventFacts f) {
            return f.action() == DossierAction.INTEROP_SEND ? f.interopAgency() : null;
        }

        void write(java.sql.Connection c) throws java.sql.SQLException {
            if (changed.isEmpty()) {
                return;
            }
            long seq = dossiers.reserveChanges(c, device.officeCode(), changed.size());
            List<DossierRow> rows = new ArrayList<>(changed.size());
            for (State s : changed.values()) {
                EventFacts f = s.last;
                int desk = f.deskNo() > 0 ? f.deskNo() : device.deskNo();
                rows.add(new DossierRow(s.id, s.code, device.officeCode(), desk, s.status.code(), s.interop, s.version,
                        f.procedureCode(), f.procedureName(), f.receivedAt(), f.appointmentAt(), f.idLast4(),
                        f.phoneLast4(), f.dossierJson(), seq++, now));
            }
            dossiers.upsertDossiers(c, rows);
            dossiers.insertEvents(c, eventRows);
            dossiers.insertProgress(c, progressRows);
            dossiers.linkRatings(c, received);
        }
    }

    /** A dossier's status as the server knows it; {@code last} is the event that produced it in this batch. */
    private record State(String id, String code, DossierStatus status, String interop, long version, EventFacts last) {

        /** A dossier carrying only what the status machine reads: status, liên thông sub-state and version. */
        Dossier probe() {
            return Dossier.builder()
                    .id(UUID.fromString(id)).code(code).procedureCode("-").channel(Channel.DIRECT)
                    .applicant(new Applicant("-", null, null, null, null, null))
                    .receivedAt(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
                    .status(status).interopAgency(interop).version(Math.max(1, version))
                    .build();
        }
    }
}
