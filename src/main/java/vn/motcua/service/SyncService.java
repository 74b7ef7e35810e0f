package vn.motcua.service;

import java.time.Clock;
import java.util.List;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.Database;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.sync.SyncClient;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.SyncStatus;

/**
 * The desk's sync use cases with their role checks: enrollment (administrator), sync runs, status, and the
 * supervisor's quarantine list (retry, resolve with a note). After a run that brought a catalogue or calendar down,
 * the calendar service's caches are reloaded so new appointments use it at once.
 */
public final class SyncService {
    private final SyncEngine engine;
    private final CalendarService calendar;

    SyncService(Database db, CalendarService calendar, Clock clock) {
        this(new SyncEngine(db, clock, new SyncClient(clock), SyncEngine.Options.defaults()), calendar);
    }

    SyncService(SyncEngine engine, CalendarService calendar) {
        this.engine = engine;
        this.calendar = calendar;
    }

    /** The engine itself, for the command line and tests; the desk uses the methods below (decision 0016). */
    public SyncEngine engine() {
        return engine;
    }

    /**
     * Enrolls this desk and stores the server's public address (from its answer; the enrolled URL when it does not
     * say) as the {@code central.baseUrl} setting, which receipts' QR codes point at.
     */
    public SyncEngine.Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, Actor actor) {
        return enroll(serverUrl, enrollmentCode, deviceName, actor, false);
    }

    /** Enrolls; {@code insecure} allows plain http to a host other than this machine (see SyncEngine#enroll). */
    public SyncEngine.Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, Actor actor,
                                      boolean insecure) {
        Roles.require(actor, "action.sync.enroll", Role.ADMIN);
        SyncEngine.Enrolled e = engine.enroll(serverUrl, enrollmentCode, deviceName, "0.1.0", insecure);
        calendar.putSetting(DeskSettings.CENTRAL_URL, e.qrBaseUrl(), actor);
        return e;
    }

    public SyncReport syncNow() {
        SyncReport r = engine.syncOnce();
        if (r.documentsChanged()) {
            calendar.reload();
        }
        return r;
    }

    public SyncStatus status() {
        return engine.status();
    }

    /**
     * The bytes of an attachment by its content hash on this machine; a scan attached at another desk of the office is
     * downloaded from the central server first (blocking: call it off the FX thread).
     */
    public java.nio.file.Path attachmentFile(String sha256) {
        return engine.localFile(sha256);
    }

    /** Rotates the desk's rating secret (admin): see {@link SyncEngine#rotateRatingSecret()}. */
    public String rotateRatingSecret(Actor actor) {
        Roles.require(actor, "action.sync.rotateRatingKey", Role.ADMIN);
        return engine.rotateRatingSecret();
    }

    public List<SyncOutboxRepository.Quarantined> quarantined(boolean includeResolved, Actor actor) {
        Roles.require(actor, "action.sync.quarantine.view", Role.SUPERVISOR, Role.ADMIN);
        return engine.quarantined(includeResolved);
    }

    /** A quarantined event's reason as the server gave it: its message when it had a key, else its text (0030). */
    public static Msg reason(SyncOutboxRepository.Quarantined q) {
        return vn.motcua.sync.MsgJson.readOr(q.reasonMsg(), q.reason());
    }

    public boolean retry(long seq, Actor actor) {
        Roles.require(actor, "action.sync.quarantine.retry", Role.SUPERVISOR, Role.ADMIN);
        return engine.retry(seq);
    }

    public boolean resolve(long seq, String note, Actor actor) {
        Roles.require(actor, "action.sync.quarantine.resolve", Role.SUPERVISOR, Role.ADMIN);
        String n = vn.motcua.domain.text.Text.nfc(note);
        if (n == null || n.isBlank()) {
            throw new ValidationException("note", Msg.of("sync.quarantine.noteMissing"));
        }
        return engine.resolve(seq, actor.username(), n.strip());
    }

    public List<RatingRepository.Rating> ratings(int limit) {
        return engine.ratings(limit);
    }

    /** The citizen's rating of one dossier (from the citizen page, brought down by sync). */
    public java.util.Optional<RatingRepository.Rating> rating(String dossierCode) {
        return engine.rating(dossierCode);
    }
}
