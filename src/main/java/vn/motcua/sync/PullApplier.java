package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AttachmentRepository.StoredAttachment;
import vn.motcua.auth.PasswordHashes;
import vn.motcua.domain.account.AccountRules;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.Json;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;
import vn.motcua.store.UserRepository;
import vn.motcua.store.LogbookRepository;
import vn.motcua.store.FeePaymentRepository;
import vn.motcua.store.ProgressExtras;
import vn.motcua.domain.dossier.LogbookLine;
import vn.motcua.domain.fee.FeePayment;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.store.calendar.CalendarFile;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.DossierPayload;
import vn.motcua.sync.wire.WireJson;
import vn.motcua.store.catalog.CatalogFile;

/**
 * Applies pulled changes inside the caller's transaction. Idempotent: applying a page twice leaves the same rows
 * (dossiers are replaced by the server's latest state, ratings and documents keep the newest change).
 * A dossier this desk still has unsent events for is not touched: its pulled state is held back
 * ({@code sync_deferred}) until the server has judged the local events.
 */
final class PullApplier {
    private static final Logger LOG = LoggerFactory.getLogger(PullApplier.class);

    /** Counts of one page. */
    static final class Tally {
        int applied;
        int deferred;
        int skipped;
        boolean documentsChanged;
        Msg problem;
    }

    private final DossierRepository dossiers;
    private final SyncOutboxRepository outbox;
    private final SyncStateRepository state;
    private final RatingRepository ratings;
    private final ProcedureRepository procedures;
    private final CalendarRepository calendars;
    private final AttachmentRepository attachments;
    private final UserRepository users = new UserRepository();
    private final vn.motcua.store.AuditRepository audit;
    private final LogbookRepository logbook = new LogbookRepository();
    private final FeePaymentRepository payments = new FeePaymentRepository();

    PullApplier(DossierRepository dossiers, SyncOutboxRepository outbox, SyncStateRepository state,
                RatingRepository ratings, ProcedureRepository procedures, CalendarRepository calendars,
                AttachmentRepository attachments, vn.motcua.store.AuditRepository audit) {
        this.audit = audit;
        this.dossiers = dossiers;
        this.outbox = outbox;
        this.state = state;
        this.ratings = ratings;
        this.procedures = procedures;
        this.calendars = calendars;
        this.attachments = attachments;
    }

    void apply(Connection c, JsonNode change, LocalDateTime now, Tally t) throws SQLException {
        apply(c, PulledChange.of(change), now, t);
    }

    /** Applies one change of a page ({@link PulledPage}): its data kept as bytes or in its tree. */
    void apply(Connection c, PulledChange ch, LocalDateTime now, Tally t) throws SQLException {
        JsonNode change = ch.envelope();
        String kind = change.path("kind").asText("");
        long seq = change.path("seq").asLong(-1);
        String key = change.path("key").asText(null);
        JsonNode data = ch.hasBytes() ? null : change.get("data");
        if (change.path("deleted").asBoolean(false) || !ch.hasBytes() && (data == null || data.isNull())) {
            // Tombstones are reserved in protocol v1 (nothing is deleted); keep what we have.
            LOG.info("Pulled tombstone {} {} ignored (protocol v1 deletes nothing)", kind, key);
            t.skipped++;
            return;
        }
        try {
            switch (kind) {
                case "DOSSIER" -> dossier(c, key, seq, ch, now, t);
                case "RATING" -> rating(c, seq, ch.data());
                case "COUNTER_RATING" -> counterRating(c, ch.data(), t);
                case "CATALOG", "CALENDAR" -> document(c, kind, ch.data(), now, t);
                case "ACCOUNT" -> account(c, key, ch.data(), now);
                default -> {
                    LOG.warn("Pulled change of unknown kind {} (seq {}) skipped", kind, seq);
                    t.skipped++;
                    return;
                }
            }
            t.applied++;
        } catch (IllegalArgumentException | NullPointerException | JsonProcessingException e) {
            LOG.warn("Pulled change {} {} (seq {}) is unreadable and was skipped: {}", kind, key, seq, e.toString());
            t.skipped++;
            t.problem = Msg.of("sync.pull.unreadable", kind, key);
        }
    }

    private void dossier(Connection c, String key, long seq, PulledChange ch, LocalDateTime now, Tally t)
            throws SQLException, JsonProcessingException {
        if (outbox.hasPending(c, key)) {
            state.defer(c, key, seq, ch.data().toString());
            t.deferred++;
            return;
        }
        DossierData typed = ch.hasBytes() && ch.plain() ? DossierData.typed(ch.bytes(), ch.from(), ch.to()) : null;
        write(c, typed != null ? typed : read(ch.data()), now);
        state.dropDeferred(c, key);
    }

    /**
     * Replaces (or inserts) the local dossier with the server's state, then its progress log (when the server's
     * differs) and the attachments the server lists.
     */
    void applyDossier(Connection c, JsonNode data, LocalDateTime now) throws SQLException, JsonProcessingException {
        write(c, read(data), now);
    }

    /** The tree reading of a dossier change's data (the typed one, {@link DossierData#typed}, falls back to it). */
    static DossierData read(JsonNode data) throws JsonProcessingException {
        Dossier pulled = Json.mapper().treeToValue(data.get("dossier"), DossierPayload.class).toDossier();
        DossierStatus status = DossierStatus.fromCode(data.path("status").asInt(pulled.status().code()))
                .orElse(pulled.status());
        long version = data.path("version").asLong(pulled.version());
        Dossier d = pulled.toBuilder().status(status).version(version).build();
        List<ProgressEntry> log = progress(data.get("progress"));
        List<StoredAttachment> files = attachments(data.get("attachments"), d);
        return new DossierData(d, log, files, data.get("progress"), data.get("apologies"), data.get("by"));
    }

    /** The local row's status, version and moved appointment: what the apply compares (not the whole dossier). */
    private record Local(DossierStatus status, long version, LocalDateTime rescheduledAt) {
    }

    private static Local local(Connection c, java.util.UUID id) throws SQLException {
        try (var ps = c.prepareStatement("SELECT status, version, rescheduled_at FROM dossier WHERE id = ? "
                + "AND deleted = 0")) {
            vn.motcua.store.SqlValues.bind(ps, id);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? new Local(DossierStatus.fromCode(rs.getInt("status")).orElseThrow(),
                        rs.getLong("version"), vn.motcua.store.SqlValues.ts(rs, "rescheduled_at")) : null;
            }
        }
    }

    private void write(Connection c, DossierData x, LocalDateTime now) throws SQLException {
        Dossier d = x.dossier();
        List<ProgressEntry> log = x.log();
        Local e = local(c, d.id());
        if (e != null) {
            d = keepApologisedAppointment(c, e.rescheduledAt(), d);
            if (e.status() != d.status() || e.version() != d.version()) {
                dossiers.update(c, d, e.version(), now);
                audit.record(c, now, "sync", "PULLED_CHANGE", d.id(), pulledChange(e.status(), e.version(), d,
                        x.by()));
            }
        } else {
            var sameCode = dossiers.findByCode(c, d.code());
            if (sameCode.isPresent()) {
                throw new IllegalArgumentException("code " + d.code() + " is held here by another dossier "
                        + sameCode.get().id());
            }
            dossiers.insert(c, d, now);
        }
        if (log != null && !log.equals(dossiers.progress(c, d.id()))) {
            dossiers.replaceProgress(c, d.id(), log);
        }
        keepExtras(c, d, x.progress());
        boolean changed = false;
        for (StoredAttachment a : x.files()) {
            changed |= attachments.upsertPulled(c, a, now);
        }
        if (changed) {
            attachments.refreshDigitisedCount(c, d.id());
        }
        apologies(c, d, x.apologies());
    }

    /** The audit row of a pulled change: the dossier, the versions and statuses, and the device that made it. */
    private static String pulledChange(DossierStatus beforeStatus, long beforeVersion, Dossier after, JsonNode by) {
        String device = by == null || !by.hasNonNull("deviceId") ? "unknown device"
                : "device " + by.get("deviceId").asText() + (by.hasNonNull("deskNo") ? " (desk "
                        + by.get("deskNo").asInt() + ")" : "");
        return after.code() + " v" + beforeVersion + " " + beforeStatus.name() + " -> v" + after.version() + " "
                + after.status().name() + " by " + device;
    }

    /**
     * A pull never puts back an appointment an apology of this desk moved: when the pulled state has an earlier (or
     * no) new appointment while this desk's apology register holds the later one, the apology's date stays.
     */
    private static Dossier keepApologisedAppointment(Connection c, LocalDateTime mine, Dossier pulled)
            throws SQLException {
        if (mine == null || !pulled.status().isOpen()
                || pulled.rescheduledAt() != null && !pulled.rescheduledAt().isBefore(mine)) {
            return pulled;
        }
        try (var ps = c.prepareStatement("SELECT 1 FROM apology WHERE dossier_id = ? AND new_appointment = ?")) {
            vn.motcua.store.SqlValues.bind(ps, pulled.id(), mine);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? pulled.toBuilder().rescheduledAt(mine).build() : pulled;
            }
        }
    }

    /** Apology slips made at any desk of the office, kept once each (by event id) in this desk's register. */
    private static void apologies(Connection c, Dossier d, JsonNode list) throws SQLException {
        if (list == null || !list.isArray()) {
            return;
        }
        for (JsonNode a : list) {
            String eventId = a.path("eventId").asText(null);
            String reason = a.path("reason").asText(null);
            String created = a.path("createdAt").asText(null);
            String newAt = a.path("newAppointment").asText(null);
            if (eventId == null || reason == null || created == null || newAt == null) {
                throw new IllegalArgumentException("apology of dossier " + d.code() + " is incomplete");
            }
            try (var ps = c.prepareStatement("INSERT INTO apology (dossier_id, dossier_code, reason, "
                    + "previous_appointment, new_appointment, created_at, created_by, event_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) WHERE event_id IS NOT NULL DO NOTHING")) {
                vn.motcua.store.SqlValues.bind(ps, d.id(), d.code(), reason,
                        a.hasNonNull("previousAppointment") ? LocalDateTime.parse(
                                a.get("previousAppointment").asText()) : null,
                        LocalDateTime.parse(newAt), LocalDateTime.parse(created),
                        a.path("createdBy").asText("?"), eventId);
                ps.executeUpdate();
            }
        }
    }

    /** A counter rating made at another desk of the office (this desk's own is already here): kept once. */
    private void counterRating(Connection c, JsonNode data, Tally t) throws SQLException {
        String code = data.get("dossierCode").asText();
        var d = dossiers.findByCode(c, code);
        if (d.isEmpty()) {
            LOG.info("Counter rating of {} skipped: the dossier is not on this desk", code);
            t.skipped++;
            return;
        }
        String level = data.get("level").asText();
        vn.motcua.domain.rating.RatingLevel.valueOf(level);
        try (var ps = c.prepareStatement("INSERT INTO counter_rating (dossier_code, dossier_id, level, reason, "
                + "rated_at, desk_user, event_id) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (dossier_code) DO NOTHING")) {
            vn.motcua.store.SqlValues.bind(ps, code, d.get().id(), level,
                    data.hasNonNull("reason") ? data.get("reason").asText() : null,
                    LocalDateTime.parse(data.get("ratedAt").asText()), data.get("deskUser").asText(),
                    data.path("eventId").asText(null));
            ps.executeUpdate();
        }
    }

    /**
     * What other desks recorded with their progress entries: the logbook line given at registration and a fee payment
     * ({@link ProgressExtras}). Kept once; a line or payment already known here is not changed.
     */
    private void keepExtras(Connection c, Dossier d, JsonNode progress) throws SQLException {
        if (progress == null || !progress.isArray()) {
            return;
        }
        for (JsonNode e : progress) {
            var line = ProgressExtras.of(e, ProgressExtras.LOGBOOK);
            if (line.isPresent() && line.get().path("line").asInt(0) > 0
                    && !line.get().path("volume").asText("").isBlank()) {
                logbook.keep(c, d.id(), new LogbookLine(line.get().path("volume").asText(),
                        line.get().path("line").asInt()));
            }
            var pay = ProgressExtras.of(e, ProgressExtras.PAYMENT);
            if (pay.isPresent()) {
                JsonNode p = pay.get();
                var method = PaymentMethod.parse(p.path("method").asText(null));
                long amount = p.path("amountVnd").asLong(0);
                if (method.isPresent() && amount > 0 && p.hasNonNull("paidAt")) {
                    try {
                        payments.insert(c, new FeePayment(d.id(), amount, method.get(),
                                LocalDateTime.parse(p.get("paidAt").asText()), p.path("paidBy").asText(""),
                                p.hasNonNull("note") ? p.get("note").asText() : null));
                    } catch (java.time.DateTimeException ex) {
                        LOG.warn("Pulled payment of {} has an unreadable time; skipped", d.code());
                    }
                }
            }
        }
    }

    /** The server's progress log, or null when it sent none or one this build cannot read (the local log stays). */
    private static List<ProgressEntry> progress(JsonNode node) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            return null;
        }
        List<ProgressEntry> out = new ArrayList<>(node.size());
        for (JsonNode n : node) {
            try {
                out.add(Json.mapper().treeToValue(n, ProgressEntry.class));
            } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                LOG.warn("Pulled progress entry unreadable, local log kept: {}", e.toString());
                return null;
            }
        }
        return out;
    }

    private static List<StoredAttachment> attachments(JsonNode node, Dossier d) throws JsonProcessingException {
        if (node == null || !node.isArray()) {
            return List.of();
        }
        List<StoredAttachment> out = new ArrayList<>(node.size());
        for (JsonNode n : node) {
            AttachmentMeta m = WireJson.mapper().treeToValue(n, AttachmentMeta.class);
            if (m.id() == null || !d.id().equals(m.dossierId()) || m.sha256() == null
                    || !m.sha256().matches("[0-9a-f]{64}") || m.documentIndex() < 0) {
                throw new IllegalArgumentException("attachment entry of dossier " + d.code() + " is incomplete");
            }
            out.add(new StoredAttachment(m.id(), m.dossierId(), m.documentIndex(), m.documentName(), m.sha256(),
                    m.fileName(), m.mediaType(), m.sizeBytes(), LocalDateTime.parse(m.addedAt()), m.addedBy()));
        }
        return out;
    }

    private void rating(Connection c, long seq, JsonNode data) throws SQLException {
        String code = data.get("dossierCode").asText();
        String dossierId = data.hasNonNull("dossierId") ? data.get("dossierId").asText() : null;
        if (dossierId == null) {
            dossierId = dossiers.findByCode(c, code).map(d -> d.id().toString()).orElse(null);
        }
        JsonNode criteria = data.get("criteria");
        ratings.upsert(c, new RatingRepository.Rating(code, dossierId, data.get("level").asText(),
                data.hasNonNull("reason") ? data.get("reason").asText() : null,
                criteria == null || criteria.isNull() ? null : criteria.toString(),
                data.path("channel").asText("QR_RECEIPT"), data.get("ratedAt").asText(),
                data.get("updatedAt").asText(), seq));
    }

    /**
     * A province-managed account: replaces the local row (a local account of the same name is taken over). A
     * disabled account can no longer sign in; a new password hash replaces the old one and clears any lock-out.
     */
    private void account(Connection c, String key, JsonNode data, LocalDateTime now) throws SQLException {
        String username = data.get("username").asText();
        if (!username.equals(key) || AccountRules.usernameProblem(username).isPresent()) {
            throw new IllegalArgumentException("bad account name " + username);
        }
        String fullName = Text.nfc(data.get("fullName").asText()).strip();
        String hash = data.get("passwordHash").asText();
        if (fullName.isEmpty() || !PasswordHashes.isWellFormed(hash) || !data.path("active").isBoolean()) {
            throw new IllegalArgumentException("account " + username + " has a blank name, a bad hash or no active flag");
        }
        Role role = Role.valueOf(data.get("role").asText());
        boolean active = data.get("active").asBoolean();
        boolean tookOver = users.upsertProvince(c, username, fullName, role, active, hash,
                data.path("mustChangePassword").asBoolean(false), data.path("updatedAt").asText(null), now);
        if (tookOver) {
            LOG.warn("Local account {} is now managed by the province (pulled account of the same name)", username);
        }
        LOG.info("Province account {} applied: role {}, {}", username, role, active ? "active" : "disabled");
    }

    private void document(Connection c, String kind, JsonNode data, LocalDateTime now, Tally t) throws SQLException {
        long version = data.path("version").asLong(0);
        var current = state.state(c);
        Long inUse = "CATALOG".equals(kind) ? current.catalogVersion() : current.calendarVersion();
        if (inUse != null && inUse >= version) {
            return;
        }
        byte[] bytes = data.get("document").toString().getBytes(StandardCharsets.UTF_8);
        try {
            if ("CATALOG".equals(kind)) {
                CatalogFile.Parsed parsed = CatalogFile.parse(new ByteArrayInputStream(bytes));
                if (!parsed.problems().isEmpty() || parsed.procedures().isEmpty()) {
                    refuseDocument(kind, version, parsed.problems().toString(), t);
                    return;
                }
                for (Procedure p : parsed.procedures()) {
                    procedures.upsert(c, p, now);
                }
            } else {
                CalendarFile.Parsed parsed = CalendarFile.parse(new ByteArrayInputStream(bytes));
                if (!parsed.problems().isEmpty() || parsed.years().isEmpty()) {
                    refuseDocument(kind, version, parsed.problems().toString(), t);
                    return;
                }
                calendars.replaceYears(c, parsed.restDays(), parsed.years(), now);
            }
        } catch (IOException e) {
            refuseDocument(kind, version, e.getMessage(), t);
            return;
        }
        state.saveDocumentVersion(c, kind, version);
        t.documentsChanged = true;
        LOG.info("{} version {} from the central server is now in use", kind, version);
    }

    private static void refuseDocument(String kind, long version, String why, Tally t) {
        LOG.warn("{} version {} from the central server has problems and was not applied: {}", kind, version, why);
        t.problem = ("CATALOG".equals(kind) ? Msg.of("sync.pull.catalogRefused", version)
                : Msg.of("sync.pull.calendarRefused", version));
        t.skipped++;
    }
}
