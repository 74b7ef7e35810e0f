package vn.motcua.central.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import vn.motcua.central.ApiException;
import vn.motcua.central.rating.RatingService;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.DossierRepository.DossierRow;
import vn.motcua.central.store.DossierRepository.EventRow;
import vn.motcua.central.store.DossierRepository.ProgressRow;
import vn.motcua.central.store.DossierRepository.StoredDossier;
import vn.motcua.central.store.TrustRepository;
import vn.motcua.central.store.Utf8Texts;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierFields;
import vn.motcua.domain.dossier.DossierLifecycle;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.StatusMachine;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.EventType;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * The judgement of one push batch, in memory and in server order ({@link PushService} reads what it needs first and
 * writes what it decided in the same transaction): each event is accepted, answered duplicate or rejected with its
 * reason, against the dossiers as they stand after the events before it; an event that changes facts it may not, or
 * a correction from a device that does not own the dossier, refuses the whole batch. {@link #write} then stores the
 * accepted events, the dossiers' new states, their progress, apologies, corrections and counter ratings as JDBC
 * batches; {@link #accepted()} lists what was applied.
 */
final class BatchJudge {
    /**
     * One accepted event and the dossier as it stands after it.
     *
     * @param event   the event's checked facts
     * @param dossier the dossier's JSON after the event (as stored); for a counter rating, the dossier as it was
     */
    record Accepted(EventFacts event, String dossierId, String code, DossierStatus status, long version,
                    ObjectNode dossier) {
    }

    private final DossierRepository dossiers;
    private final TrustRepository trust;
    private final RatingService ratings;
    private final List<Accepted> accepted = new ArrayList<>();

    private final Device device;
    private final Map<String, State> states = new HashMap<>();
    private final Map<String, String> codeOwners = new HashMap<>();
    private final Set<String> seenEvents;
    private final Set<String> counterRated;
    /** The accepted events' rows; their {@code receivedAt} is set when they are written ({@link #write}). */
    private final List<EventRow> eventRows = new ArrayList<>();
    private final List<ProgressRow> progressRows = new ArrayList<>();
    private final Map<String, State> changed = new LinkedHashMap<>();
    private final Map<String, DossierRepository.Held> received = new HashMap<>();
    private final List<TrustRepository.Apology> apologies = new ArrayList<>();
    private final List<TrustRepository.CounterRating> counterRatings = new ArrayList<>();
    private final List<TrustRepository.Correction> corrections = new ArrayList<>();

    private final Set<String> feePaid;

    BatchJudge(DossierRepository dossiers, TrustRepository trust, RatingService ratings, Device device,
               Map<String, StoredDossier> stored, Set<String> seenEvents, Set<String> counterRated,
               Set<String> feePaid) {
        this.dossiers = dossiers;
        this.trust = trust;
        this.ratings = ratings;
        this.device = device;
        this.feePaid = new HashSet<>(feePaid);
        this.seenEvents = new HashSet<>(seenEvents);
        this.counterRated = new HashSet<>(counterRated);
        for (StoredDossier s : stored.values()) {
            states.put(s.id(), new State(s.id(), s.code(), DossierStatus.fromCode(s.status()).orElseThrow(),
                    s.interopAgency(), s.version(), null, parse(s.data()), s.ownerDevice()));
            codeOwners.put(s.code(), s.id());
        }
    }

    EventResult apply(EventFacts f) {
        UUID eventId = f.eventId();
        if (!seenEvents.add(f.eventIdText())) {
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
            seenEvents.remove(f.eventIdText());
            return refusal.get();
        }
        PushEvent e = f.event();
        eventRows.add(new EventRow(f.eventIdText(), device.id(), e.deviceSeq(), f.type().name(), f.dossierId(),
                e.occurredAt().toString(), null, f.action() == null ? null : f.action().name()));
        if (f.type() == EventType.COUNTER_RATED) {
            JsonNode r = f.extra();
            counterRated.add(f.code());
            counterRatings.add(new TrustRepository.CounterRating(f.code(), device.officeCode(), state.id,
                    r.get("level").asText(), textOrNull(r, "reason"), r.get("ratedAt").asText(),
                    r.get("deskUser").asText(), f.eventIdText(), device.id()));
            accepted.add(new Accepted(f, state.id, state.code, state.status, state.version, state.data));
            return EventResult.accepted(eventId);
        }
        State next = switch (f.type()) {
            case DOSSIER_RECEIVED -> new State(f.dossierId(), f.code(), DossierStatus.NEW, null, 1, f,
                    DossierJson.copyTop(f.dossier()), device.id());
            case DOSSIER_TRANSITIONED -> state.next(f.action().to(), interopAfter(f, state), f,
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
            apologies.add(new TrustRepository.Apology(f.eventIdText(), next.id, device.officeCode(),
                    a.get("reason").asText(), textOrNull(a, "previousAppointment"),
                    a.get("newAppointment").asText(), a.get("createdAt").asText(), a.get("createdBy").asText(),
                    device.id()));
        } else if (f.type() == EventType.DOSSIER_CORRECTED) {
            corrections.add(new TrustRepository.Correction(f.eventIdText(), next.id, device.id(),
                    f.extra().asText(), String.join(",", DossierJson.changedFields(state.data, f.dossier()))));
        }
        progressRows.add(new ProgressRow(next.id, next.version, f.progressAt(), f.progressAction(),
                next.status.code(), f.progressNote(), f.progressJson()));
        accepted.add(new Accepted(f, next.id, next.code, next.status, next.version, next.data));
        return EventResult.accepted(eventId);
    }

    private Optional<EventResult> refuseReceive(EventFacts f, State state) {
        if (state != null) {
            return Optional.of(EventResult.rejected(f.eventId(), "ALREADY_RECEIVED",
                    Msg.of("central.push.alreadyReceived", f.code())));
        }
        String owner = codeOwners.get(f.code());
        if (owner != null) {
            return Optional.of(EventResult.rejected(f.eventId(), "CODE_TAKEN",
                    Msg.of("central.push.codeTaken", f.code())));
        }
        return Optional.empty();
    }

    private Optional<EventResult> known(EventFacts f, State state) {
        if (state == null) {
            return Optional.of(EventResult.rejected(f.eventId(), "UNKNOWN_DOSSIER",
                    Msg.of("central.push.unknownDossier", f.code())));
        }
        if (!state.code.equals(f.code())) {
            return Optional.of(EventResult.rejected(f.eventId(), "CODE_MISMATCH",
                    Msg.of("central.push.codeMismatch", f.code(), state.code)));
        }
        return Optional.empty();
    }

    private Optional<EventResult> refuseTransition(EventFacts f, State state) {
        Optional<EventResult> unknown = known(f, state);
        if (unknown.isPresent()) {
            return unknown;
        }
        // The desk has checked the role; the server judges the status rules, in server order.
        Optional<Msg> why = StatusMachine.refusalMsg(state.probe(), f.action(), Role.ADMIN);
        if (f.action() == DossierAction.INTEROP_SEND && (f.interopAgency() == null || f.interopAgency().isBlank())) {
            why = why.or(() -> Optional.of(Msg.of("central.push.interopAgencyMissing")));
        }
        if (why.isPresent()) {
            return why.map(reason -> EventResult.rejected(f.eventId(), "TRANSITION_REFUSED", reason));
        }
        // lifecycle fields the action does not define may be stale at this desk (another desk acted first, or
        // an apology of this desk was refused): ignored here — the merge keeps the server's — not refused
        refuseChangedFacts(f, state, transitionMay(f.action()).or(DossierFields.LIFECYCLE::contains),
                () -> Msg.of("central.push.what.action", Msg.of("dossier.action." + f.action().name())));
        return Optional.empty();
    }

    private Optional<EventResult> refuseApology(EventFacts f, State state) {
        Optional<EventResult> unknown = known(f, state);
        if (unknown.isPresent()) {
            return unknown;
        }
        if (!state.status.isOpen() && state.status != DossierStatus.NEW) {
            return Optional.of(EventResult.rejected(f.eventId(), "NOT_OPEN",
                    Msg.of("central.push.notOpen", f.code(), Msg.of("dossier.status." + state.status.name()))));
        }
        sameStatus(f, state);
        refuseChangedFacts(f, state, APOLOGY_MAY.or(DossierFields.LIFECYCLE::contains),
                () -> Msg.of("central.push.what.apology"));
        return Optional.empty();
    }

    private Optional<EventResult> refuseCorrection(EventFacts f, State state) {
        Optional<EventResult> unknown = known(f, state);
        if (unknown.isPresent()) {
            return unknown;
        }
        if (state.ownerDevice != null && !state.ownerDevice.equals(device.id())) {
            throw refusedWhole(f, 403, "NOT_OWNER", Msg.of("central.push.notOwner"));
        }
        sameStatus(f, state);
        refuseChangedFacts(f, state, CORRECTION_MAY, () -> Msg.of("central.push.what.correction"));
        return Optional.empty();
    }

    private Optional<EventResult> refuseCounterRating(EventFacts f, State state) {
        Optional<EventResult> unknown = known(f, state);
        if (unknown.isPresent()) {
            return unknown;
        }
        if (state.status != DossierStatus.RELEASING && state.status != DossierStatus.DONE) {
            return Optional.of(EventResult.rejected(f.eventId(), "NOT_RATEABLE",
                    Msg.of("central.push.notRateable", f.code(), Msg.of("dossier.status." + state.status.name()))));
        }
        if (counterRated.contains(f.code())) {
            return Optional.of(EventResult.rejected(f.eventId(), "ALREADY_RATED",
                    Msg.of("central.push.alreadyRated", f.code())));
        }
        return Optional.empty();
    }

    private void sameStatus(EventFacts f, State state) {
        if (f.status() != state.status) {
            throw refusedWhole(f, 422, "FACTS_CHANGED", Msg.of("central.push.statusChanged",
                    Msg.of("dossier.status." + state.status.name()), Msg.of("dossier.status." + f.status().name())));
        }
    }

    /** Refuses the whole batch when the event changes a field it may not (nothing of the batch is stored). */
    private void refuseChangedFacts(EventFacts f, State state, Predicate<String> may,
                                    java.util.function.Supplier<Msg> what) {
        DossierJson.forbiddenChange(state.data, f.dossier(), may).ifPresent(field -> {
            throw refusedWhole(f, 422, "FACTS_CHANGED", Msg.of("central.push.factChanged", what.get(), field));
        });
    }

    private Optional<EventResult> refuseFeePaid(EventFacts f, State state) {
        Optional<EventResult> unknown = known(f, state);
        if (unknown.isPresent()) {
            return unknown;
        }
        if (feePaid.contains(state.id)) {
            return Optional.of(EventResult.rejected(f.eventId(), "FEE_ALREADY_PAID",
                    Msg.of("central.push.feeAlreadyPaid", f.code())));
        }
        if (state.status == DossierStatus.DENIED) {
            return Optional.of(EventResult.rejected(f.eventId(), "TRANSITION_REFUSED",
                    Msg.of("central.push.feeDenied", f.code())));
        }
        refuseChangedFacts(f, state, ((Predicate<String>) DossierFields.BOOKKEEPING::contains)
                .or(DossierFields.LIFECYCLE::contains), () -> Msg.of("central.push.what.fee"));
        return Optional.empty();
    }

    /** The liên thông sub-state after an accepted transition, by the same rule as the desk's lifecycle. */
    private static String interopAfter(EventFacts f, State state) {
        return DossierLifecycle.interopAfter(f.action(), state.interop, f.interopAgency());
    }

    /** The events accepted so far, in batch order, each with the dossier as it stands after it. */
    List<Accepted> accepted() {
        return List.copyOf(accepted);
    }

    /**
     * What the changed dossiers' rows hold besides their change number and time: the JSON text as stored, the
     * columns kept beside it and the desk. Worked out once, by {@link #prepare} (before the write lock when the batch
     * was judged ahead, decision 0042) or by {@link #write}.
     */
    private record Prepared(State state, String json, String[] columns, int desk) {
    }

    private List<Prepared> prepared;
    /** SQLite: the stored JSON texts as UTF-8, encoded by {@link #prepare} (null: bound as strings). */
    private Utf8Texts texts;

    /**
     * Builds the changed dossiers' stored JSON and columns now, so {@link #write} only binds them; with
     * {@code utf8} (SQLite) also encodes the dossier and progress JSON to UTF-8 once ({@link Utf8Texts}).
     */
    void prepare(boolean utf8) {
        if (prepared != null) {
            return;
        }
        List<Prepared> out = new ArrayList<>(changed.size());
        Utf8Texts t = utf8 ? new Utf8Texts() : null;
        for (State s : changed.values()) {
            String[] col = EventFacts.columns(s.data);
            int desk = s.data.path("deskNo").asInt(0) > 0 ? s.data.path("deskNo").asInt() : device.deskNo();
            String json = s.data.toString();
            out.add(new Prepared(s, json, col, desk));
            if (t != null) {
                t.add(json);
            }
        }
        if (t != null) {
            for (ProgressRow p : progressRows) {
                t.add(p.data());
            }
        }
        texts = t;
        prepared = out;
    }

    /** Stores what the batch decided, in the caller's transaction; {@code now} is the time the rows carry. */
    void write(Connection c, Instant now) throws SQLException {
        prepare(false);
        if (!changed.isEmpty()) {
            long seq = dossiers.reserveChanges(c, device.officeCode(), changed.size());
            List<DossierRow> rows = new ArrayList<>(changed.size());
            for (Prepared p : prepared) {
                State s = p.state();
                String[] col = p.columns();
                rows.add(new DossierRow(s.id, s.code, device.officeCode(), p.desk(), s.status.code(), s.interop,
                        s.version, col[0], col[1], col[2], col[3], col[4], col[5], p.json(), seq++, now,
                        s.ownerDevice, device.id(), textOrNull(s.data, "receivedBy"),
                        textOrNull(s.data, "receivedById"), textOrNull(s.data, "receivedByName")));
            }
            dossiers.upsertDossiers(c, rows, texts);
            vn.motcua.central.portal.PortalOutbox.enqueue(c, rows, progressRows, texts); // national portal work
        }
        List<EventRow> events = new ArrayList<>(eventRows.size());
        for (EventRow r : eventRows) {
            events.add(new EventRow(r.eventId(), r.deviceId(), r.deviceSeq(), r.type(), r.dossierId(), r.occurredAt(),
                    now, r.action()));
        }
        dossiers.insertEvents(c, events);
        dossiers.insertProgress(c, progressRows, texts);
        trust.insertApologies(c, apologies, now);
        trust.insertCorrections(c, corrections, now);
        trust.insertCounterRatings(c, counterRatings, now);
        ratings.settle(c, device.officeCode(), received);
        List<String> touched = java.util.stream.Stream.concat(changed.keySet().stream(),
                counterRatings.stream().map(TrustRepository.CounterRating::dossierId)).toList();
        Map<String, ObjectNode> known = new HashMap<>();
        for (String id : touched) {
            known.put(id, states.get(id).data); // the JSON just stored (changed) or as held (only counter-rated)
        }
        vn.motcua.central.province.FigureUpdates.apply(c, touched, known);
    }

    /** A refusal of the whole batch because of {@code f}: "event n (dossier «code»): why". */
    static ApiException refusedWhole(EventFacts f, int status, String code, Msg why) {
        return new ApiException(status, code, Msg.of("central.push.wholeBatch", f.index() + 1, f.code(), why),
                f.eventId(), f.index());
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
                    .applicant(Applicant.builder().fullName("-").build())
                    .receivedAt(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
                    .status(status).interopAgency(interop).version(Math.max(1, version))
                    .build();
        }
    }
}
