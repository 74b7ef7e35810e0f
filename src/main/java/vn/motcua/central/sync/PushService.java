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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Predicate;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.central.store.DossierRepository.EventRow;
import vn.motcua.central.store.DossierRepository.ProgressRow;
import vn.motcua.central.store.DossierRepository.StoredDossier;
import vn.motcua.central.store.TrustRepository;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.DossierFields;
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
            Judge judge = new Judge(device, stored, seen, now, trust.counterRated(c, codes), feePaid);
            List<EventResult> results = new ArrayList<>(facts.size());
            for (EventFacts f : facts) {
                results.add(judge.apply(f));
            }
            judge.write(c);
            return new PushResult(WireJson.PROTOCOL, results);
        });
    }

    /** Keeps the desk's audit chain head; a head behind the one kept marks the device (its chain went backwards). */
    private void recordAuditHead(Device device, vn.motcua.sync.wire.AuditHead head) {
        if (head.id() < 0 || head.hash() == null || !head.hash().matches("[0-9a-f]{64}")) {
            throw ApiException.badRequest("INVALID_BATCH", "Đầu chuỗi nhật ký (auditHead) không hợp lệ.");
        }
        Instant now = clock.instant();
        db.write(c -> {
            trust.recordAuditHead(c, device.id(), head.id(), head.hash(), now);
            return null;
        });
    }

    private static ApiException foreign(EventFacts f) {
        return new ApiException(403, "FOREIGN_OFFICE", "Sự kiện thứ " + (f.index() + 1) + ": hồ sơ «" + f.code()
                + "» thuộc đơn vị khác; máy này chỉ được gửi hồ sơ của đơn vị mình.", f.eventId(), f.index());
    }

    private static ApiException refusedWhole(EventFacts f, int status, String code, String message) {
        return new ApiException(status, code, "Sự kiện thứ " + (f.index() + 1) + " (hồ sơ «" + f.code() + "»): "
                + message, f.eventId(), f.index());
    }

    /** The in-memory state of one batch: dossiers as they stand after each accepted event. */
    private final class Judge {
        private final Device device;
        private final Map<String, State> states = new HashMap<>();
        private final Map<String, String> codeOwners = new HashMap<>();
        private final Set<String> seenEvents;
        private final Set<String> counterRated;
        private final Instant now;
        private final List<EventRow> eventRows = new ArrayList<>();
        private final List<ProgressRow> progressRows = new ArrayList<>();
        private final Map<String, State> changed = new LinkedHashMap<>();
        private final Map<String, DossierRepository.Held> received = new HashMap<>();
        private final List<TrustRepository.Apology> apologies = new ArrayList<>();
        private final List<TrustRepository.CounterRating> counterRatings = new ArrayList<>();
        private final List<TrustRepository.Correction> corrections = new ArrayList<>();

        private final Set<String> feePaid;

        Judge(Device device, Map<String, StoredDossier> stored, Set<String> seenEvents, Instant now,
              Set<String> counterRated, Set<String> feePaid) {
            this.device = device;
            this.feePaid = new HashSet<>(feePaid);
            this.seenEvents = new HashSet<>(seenEvents);
            this.counterRated = new HashSet<>(counterRated);
            this.now = now;
            for (StoredDossier s : stored.values()) {
                states.put(s.id(), new State(s.id(), s.code(), DossierStatus.fromCode(s.status()).orElseThrow(),
                        s.interopAgency(), s.version(), null, parse(s.data()), s.ownerDevice()));
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
                case APOLOGY_ISSUED -> refuseApology(f, state);
                case DOSSIER_CORRECTED -> refuseCorrection(f, state);
                case COUNTER_RATED -> refuseCounterRating(f, state);
                case FEE_PAID -> refuseFeePaid(f, state);
            };
            if (refusal.isPresent()) {
                seenEvents.remove(eventId.toString());
                return refusal.get();
            }
            PushEvent e = f.event();
            eventRows.add(new EventRow(eventId.toString(), device.id(), e.deviceSeq(), f.type().name(), f.dossierId(),
                    e.occurredAt().toString(), now, f.action() == null ? null : f.action().name()));
            if (f.type() == EventType.COUNTER_RATED) {
                JsonNode r = f.extra();
                counterRated.add(f.code());
                counterRatings.add(new TrustRepository.CounterRating(f.code(), device.officeCode(), state.id,
                        r.get("level").asText(), textOrNull(r, "reason"), r.get("ratedAt").asText(),
                        r.get("deskUser").asText(), eventId.toString(), device.id()));
                return EventResult.accepted(eventId);
            }
            State next = switch (f.type()) {
                case DOSSIER_RECEIVED -> new State(f.dossierId(), f.code(), DossierStatus.NEW, null, 1, f,
                        (ObjectNode) f.dossier().deepCopy(), device.id());
                case DOSSIER_TRANSITIONED -> state.next(f.action().to(), interopAfter(f), f,
                        DossierJson.merge(state.data, f.dossier(), transitionMay(f.action())));
                case APOLOGY_ISSUED -> state.next(state.status, state.interop, f,
                        DossierJson.merge(state.data, f.dossier(), APOLOGY_MAY));
                case DOSSIER_CORRECTED -> state.next(state.status, state.interop, f,
                        DossierJson.merge(state.data, f.dossier(), CORRECTION_MAY));
                // A payment changes neither status nor liên thông nor any fact; the new version makes the dossier
                // (and its log with the payment) come down to the other desks.
                case FEE_PAID -> state.next(state.status, state.interop, f,
                        DossierJson.merge(state.data, f.dossier(), DossierFields.BOOKKEEPING::contains));
                case COUNTER_RATED -> throw new IllegalStateException("handled above");
            };
            if (f.type() == EventType.FEE_PAID) {
                feePaid.add(next.id);
            }
            next.data.put("status", next.status.name());
            next.data.put("version", next.version);
            states.put(next.id, next);
            codeOwners.put(next.code, next.id);
            changed.put(next.id, next);
            if (f.type() == EventType.DOSSIER_RECEIVED) {
                received.put(next.code, new DossierRepository.Held(next.id, f.receivedAt(), device.id()));
            } else if (f.type() == EventType.APOLOGY_ISSUED) {
                JsonNode a = f.extra();
                apologies.add(new TrustRepository.Apology(eventId.toString(), next.id, device.officeCode(),
                        a.get("reason").asText(), textOrNull(a, "previousAppointment"),
                        a.get("newAppointment").asText(), a.get("createdAt").asText(), a.get("createdBy").asText(),
                        device.id()));
            } else if (f.type() == EventType.DOSSIER_CORRECTED) {
                corrections.add(new TrustRepository.Correction(eventId.toString(), next.id, device.id(),
                        f.extra().asText(), String.join(",", DossierJson.changedFields(state.data, f.dossier()))));
            }
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

        private Optional<EventResult> known(EventFacts f, State state) {
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
            Optional<EventResult> unknown = known(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            // The desk has checked the role; the server judges the status rules, in server order.
            Optional<String> why = StatusMachine.refusal(state.probe(), f.action(), Role.ADMIN);
            if (f.action() == DossierAction.INTEROP_SEND && (f.interopAgency() == null || f.interopAgency().isBlank())) {
                why = why.or(() -> Optional.of("Chuyển liên thông cần tên cơ quan nhận."));
            }
            if (why.isPresent()) {
                return why.map(reason -> EventResult.rejected(f.eventId(), "TRANSITION_REFUSED", reason));
            }
            // lifecycle fields the action does not define may be stale at this desk (another desk acted first, or
            // an apology of this desk was refused): ignored here — the merge keeps the server's — not refused
            refuseChangedFacts(f, state, transitionMay(f.action()).or(DossierFields.LIFECYCLE::contains),
                    "thao tác «" + f.action().labelVi() + "»");
            return Optional.empty();
        }

        private Optional<EventResult> refuseApology(EventFacts f, State state) {
            Optional<EventResult> unknown = known(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            if (!state.status.isOpen() && state.status != DossierStatus.NEW) {
                return Optional.of(EventResult.rejected(f.eventId(), "NOT_OPEN", "Hồ sơ «" + f.code()
                        + "» không còn đang giải quyết («" + state.status.labelVi() + "»); không lập phiếu xin lỗi."));
            }
            sameStatus(f, state);
            refuseChangedFacts(f, state, APOLOGY_MAY.or(DossierFields.LIFECYCLE::contains), "phiếu xin lỗi");
            return Optional.empty();
        }

        private Optional<EventResult> refuseCorrection(EventFacts f, State state) {
            Optional<EventResult> unknown = known(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            if (state.ownerDevice != null && !state.ownerDevice.equals(device.id())) {
                throw refusedWhole(f, 403, "NOT_OWNER", "chỉ quầy đã tiếp nhận hồ sơ mới được đính chính thông tin "
                        + "hồ sơ.");
            }
            sameStatus(f, state);
            refuseChangedFacts(f, state, CORRECTION_MAY, "đính chính");
            return Optional.empty();
        }

        private Optional<EventResult> refuseCounterRating(EventFacts f, State state) {
            Optional<EventResult> unknown = known(f, state);
            if (unknown.isPresent()) {
                return unknown;
            }
            if (state.status != DossierStatus.RELEASING && state.status != DossierStatus.DONE) {
                return Optional.of(EventResult.rejected(f.eventId(), "NOT_RATEABLE", "Hồ sơ «" + f.code()
                        + "» chưa có kết quả («" + state.status.labelVi() + "»); đánh giá tại quầy chỉ tính khi hồ sơ "
                        + "đã xử lý xong hoặc đã trả kết quả."));
            }
            if (counterRated.contains(f.code())) {
                return Optional.of(EventResult.rejected(f.eventId(), "ALREADY_RATED", "Hồ sơ «" + f.code()
                        + "» đã có đánh giá tại quầy."));
            }
            return Optional.empty();
        }

        private void sameStatus(EventFacts f, State state) {
            if (f.status() != state.status) {
                throw refusedWhole(f, 422, "FACTS_CHANGED", "sự kiện này không được đổi trạng thái hồ sơ (máy chủ: «"
                        + state.status.labelVi() + "», sự kiện: «" + f.status().labelVi() + "»).");
            }
        }

        /** Refuses the whole batch when the event changes a field it may not (nothing of the batch is stored). */
        private void refuseChangedFacts(EventFacts f, State state, Predicate<String> may, String what) {
            DossierJson.forbiddenChange(state.data, f.dossier(), may).ifPresent(field -> {
                throw refusedWhole(f, 422, "FACTS_CHANGED", what + " không được sửa «" + field + "» của hồ sơ; "
                        + "thông tin hồ sơ chỉ được đính chính bằng sự kiện đính chính của quầy đã tiếp nhận.");
            });
        }

        private Optional<EventResult> refuseFeePaid(EventFacts f, State state) {
            Optional<EventResult> unknown = known(f, state);
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
            refuseChangedFacts(f, state, ((Predicate<String>) DossierFields.BOOKKEEPING::contains)
                    .or(DossierFields.LIFECYCLE::contains), "ghi nhận thu phí");
            return Optional.empty();
        }

        private String interopAfter(EventFacts f) {
            return f.action() == DossierAction.INTEROP_SEND ? f.interopAgency() : null;
        }

        void write(java.sql.Connection c) throws java.sql.SQLException {
            if (!changed.isEmpty()) {
                long seq = dossiers.reserveChanges(c, device.officeCode(), changed.size());
                List<DossierRow> rows = new ArrayList<>(changed.size());
                for (State s : changed.values()) {
                    String[] col = EventFacts.columns(s.data);
                    int desk = s.data.path("deskNo").asInt(0) > 0 ? s.data.path("deskNo").asInt() : device.deskNo();
                    rows.add(new DossierRow(s.id, s.code, device.officeCode(), desk, s.status.code(), s.interop,
                            s.version, col[0], col[1], col[2], col[3], col[4], col[5], s.data.toString(), seq++, now,
                            s.ownerDevice, device.id(), textOrNull(s.data, "receivedBy"),
                            textOrNull(s.data, "receivedById"), textOrNull(s.data, "receivedByName")));
                }
                dossiers.upsertDossiers(c, rows);
            }
            dossiers.insertEvents(c, eventRows);
            dossiers.insertProgress(c, progressRows);
            trust.insertApologies(c, apologies, now);
            trust.insertCorrections(c, corrections, now);
            trust.insertCounterRatings(c, counterRatings, now);
            ratings.settle(c, device.officeCode(), received);
            vn.motcua.central.province.FigureUpdates.apply(c, java.util.stream.Stream.concat(changed.keySet().stream(),
                    counterRatings.stream().map(TrustRepository.CounterRating::dossierId)).toList());
        }
    }

    private static final Predicate<String> CORRECTION_MAY = f -> DossierFields.correctable(f) || f.equals("version");

    private static final Predicate<String> APOLOGY_MAY = f -> DossierFields.BOOKKEEPING.contains(f)
            || DossierFields.APOLOGY.contains(f);

    private static Predicate<String> transitionMay(DossierAction a) {
        java.util.Set<String> defined = DossierFields.definedBy(a);
        return f -> DossierFields.BOOKKEEPING.contains(f) || defined.contains(f);
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static ObjectNode parse(String json) {
        try {
            JsonNode n = WireJson.mapper().readTree(json);
            return n instanceof ObjectNode o ? o : WireJson.mapper().createObjectNode();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new vn.motcua.central.store.CentralStoreException("stored dossier JSON is unreadable", e);
        }
    }

    /**
     * A dossier's state as the server knows it; {@code last} is the event that produced it in this batch,
     * {@code data} its JSON, {@code ownerDevice} the device whose receiving event created it.
     */
    private record State(String id, String code, DossierStatus status, String interop, long version, EventFacts last,
                         ObjectNode data, String ownerDevice) {

        State next(DossierStatus to, String interopAfter, EventFacts f, ObjectNode merged) {
            return new State(id, code, to, interopAfter, version + 1, f, merged, ownerDevice);
        }

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
