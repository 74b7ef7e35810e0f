package vn.motcua.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.report.Period;
import vn.motcua.report.SatisfactionReport;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.SqlValues;

/**
 * Satisfaction (issue 7): ratings given at the counter screen (offline, one per dossier, a reason required for
 * "Không hài lòng" — the scale of the citizen page) and the satisfaction report over counter and QR ratings.
 * Any signed-in user may record a counter rating (the citizen presses the buttons); the report is for supervisors
 * and admins.
 *
 * <p>A counter rating counts only for a dossier whose result is ready or handed back (DOMAIN.md §5: the citizen rates
 * the service received), and travels as an outbox event ({@code COUNTER_RATED}) to the server, which hands it to the
 * office's other desks.
 */
public final class CounterRatingService {
    /** What the counter screen shows before the buttons. */
    public record Rateable(String code, String applicant, String procedure) {
    }

    private final Database db;
    private final DossierRepository dossiers;
    private final AuditRepository audit;
    private final Clock clock;
    private final vn.motcua.store.OutboxRepository outbox;

    CounterRatingService(Database db, DossierRepository dossiers, vn.motcua.store.OutboxRepository outbox,
                         AuditRepository audit, Clock clock) {
        this.outbox = outbox;
        this.db = db;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The dossier to rate, when it may still be rated: received (not online-unaccepted or refused) and not yet
     * rated at the counter or through its QR page.
     *
     * @throws ValidationException with the reason otherwise
     */
    public Rateable find(Actor actor, String code) {
        Roles.require(actor, "action.counterRating.open", Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
        String c0 = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        return db.read(c -> {
            Dossier d = check(c, c0);
            return new Rateable(d.code(), d.applicant().fullName(), d.procedureName());
        });
    }

    /** Records the citizen's rating; one transaction with its audit row. */
    public void rate(Actor actor, String code, RatingLevel level, String reason) {
        Roles.require(actor, "action.counterRating.record", Role.CLERK, Role.SUPERVISOR, Role.ADMIN);
        if (level == null) {
            throw new ValidationException("level", Msg.of("counterRating.level.missing"));
        }
        String why = reason == null ? null : Text.nfc(reason.strip());
        if (why != null && why.isEmpty()) {
            why = null;
        }
        if (level.reasonRequired() && why == null) {
            throw new ValidationException("reason", Msg.of("counterRating.reason.missing"));
        }
        if (why != null && why.length() > 1000) {
            throw new ValidationException("reason", Msg.of("counterRating.reason.tooLong"));
        }
        String reasonText = why;
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        db.run(c -> {
            Dossier d = check(c, code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
            java.util.UUID eventId = java.util.UUID.randomUUID();
            SqlValues.update(c, "INSERT INTO counter_rating (dossier_code, dossier_id, level, reason, rated_at, "
                    + "desk_user, event_id) VALUES (?, ?, ?, ?, ?, ?, ?)", d.code(), d.id(), level.name(), reasonText,
                    now, actor.username(), eventId);
            java.util.Map<String, Object> rating = new java.util.LinkedHashMap<>();
            rating.put("dossierCode", d.code());
            rating.put("level", level.name());
            rating.put("reason", reasonText);
            rating.put("ratedAt", now);
            rating.put("deskUser", actor.username());
            outbox.append(c, vn.motcua.store.OutboxRepository.EventType.COUNTER_RATED, d.id(),
                    java.time.OffsetDateTime.now(clock), java.util.Map.of("rating", rating), eventId);
            audit.record(c, now, actor.username(), "COUNTER_RATING", d.id(), d.code() + " " + level.name());
        });
    }

    /** The satisfaction report for a period (supervisor, admin). */
    public SatisfactionReport report(Actor actor, Period period) {
        Roles.require(actor, "action.satisfaction.view", Role.SUPERVISOR, Role.ADMIN);
        return db.read(c -> SatisfactionReport.compute(c, period));
    }

    private Dossier check(java.sql.Connection c, String code) throws java.sql.SQLException {
        Dossier d = dossiers.findByCode(c, code).orElseThrow(() -> new ValidationException("code",
                Msg.of("dossier.notFound", code)));
        if (d.status() != DossierStatus.RELEASING && d.status() != DossierStatus.DONE) {
            throw new ValidationException("code", Msg.of("counterRating.notDone", d.code(),
                    Msg.of("dossier.status." + d.status().name())));
        }
        if (rated(c, d.code()).isPresent()) {
            throw new ValidationException("code", Msg.of("counterRating.already", d.code()));
        }
        return d;
    }

    private static Optional<String> rated(java.sql.Connection c, String code) throws java.sql.SQLException {
        try (var ps = c.prepareStatement("SELECT level FROM counter_rating WHERE dossier_code = ? UNION ALL "
                + "SELECT level FROM rating WHERE dossier_code = ?")) {
            ps.setString(1, code);
            ps.setString(2, code);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
