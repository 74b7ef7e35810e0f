package vn.motcua.central.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.CentralStoreException;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.OfficeRepository;
import vn.motcua.central.store.RatingRepository;
import vn.motcua.central.store.RatingRepository.StoredRating;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.rating.RatingLevel;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.sync.wire.WireJson;

/**
 * Citizens' ratings from the receipt's QR code (DOMAIN.md §5). A rating link is genuine when its token is the HMAC
 * of the code under a rating key of one of the office's desks (the key id in the token names it), so it works before
 * the dossier has synced; the office is the agency part of the code. One rating per dossier, changeable within a
 * window.
 *
 * <p>What counts (issue 13): a rating is counted only against a dossier the server holds, received by the desk whose
 * key made the token, before the rating; one given before its dossier arrived is held {@code PENDING} and settled when
 * the dossier arrives ({@link #settle}); a rating for a code no desk ever pushed stays pending and counts nowhere. A
 * key retired by a rotation, or of a revoked desk, opens only receipts of dossiers received before that moment.
 */
public final class RatingService {
    /** Where a rating came from (DOMAIN.md §5.2: QR on the receipt). */
    public static final String CHANNEL_QR = "QR_RECEIPT";

    /** A genuine rating link: what the page may show (office and procedure only) and any earlier rating. */
    public record Target(String code, String officeCode, String officeName, String procedureName,
                         Optional<StoredRating> existing, String keyDevice) {
    }

    /** Clock difference between a desk and the server tolerated when a rating seems to precede its receipt. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);
    private static final java.time.ZoneId LOCAL = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

    /** The result of a submission. */
    public enum Outcome { CREATED, UPDATED, TOO_LATE }

    /** A submission's outcome with the rating as it stands. */
    public record Submitted(Outcome outcome, Instant ratedAt, Instant changeableUntil) {
    }

    private final CentralDatabase db;
    private final OfficeRepository offices;
    private final DossierRepository dossiers;
    private final RatingRepository ratings;
    private final RatingKeys keys;
    private final Clock clock;
    private final Duration updateWindow;

    public RatingService(CentralDatabase db, OfficeRepository offices,
                         DossierRepository dossiers, RatingRepository ratings, RatingKeys keys, Clock clock,
                         Duration updateWindow) {
        this.keys = keys;
        this.db = db;
        this.offices = offices;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.clock = clock;
        this.updateWindow = updateWindow;
    }

    public Instant now() {
        return clock.instant();
    }

    public Duration updateWindow() {
        return updateWindow;
    }

    /**
     * The link's target, or empty when the code or token is not genuine (forged, truncated, unknown office), or its
     * key may no longer open this code (retired or revoked, and the dossier was not received before that).
     */
    public Optional<Target> target(String rawCode, String token) {
        if (rawCode == null || rawCode.length() > 60 || !RatingToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<DossierCode> parsed = DossierCode.tryParse(rawCode);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String code = parsed.get().toString();
        String office = parsed.get().agency().value();
        return db.read(c -> {
            var o = offices.find(c, office);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            Optional<DossierRepository.Held> held = dossiers.held(c, code);
            for (RatingKeys.Match m : keys.matching(c, office, code, token)) {
                if (opens(m, held)) {
                    return Optional.of(new Target(code, office, o.get().name(),
                            dossiers.procedureName(c, code).orElse(null), ratings.find(c, code), m.deviceId()));
                }
            }
            return Optional.empty();
        });
    }

    /** Whether a key that verified the token may open the code: see the class comment. */
    private static boolean opens(RatingKeys.Match m, Optional<DossierRepository.Held> held) {
        if (held.isEmpty()) {
            return m.cutoff() == null;
        }
        DossierRepository.Held d = held.get();
        if (d.ownerDevice() != null && !d.ownerDevice().equals(m.deviceId())) {
            return false;
        }
        return m.cutoff() == null || receivedInstant(d.receivedAt()).isBefore(m.cutoff());
    }

    static Instant receivedInstant(String localReceivedAt) {
        return java.time.LocalDateTime.parse(localReceivedAt).atZone(LOCAL).toInstant();
    }

    /**
     * How a rating made at {@code ratedAt} stands against its dossier: counted when received (by the key's desk)
     * before it, void when it claims to precede the receipt or came under another desk's key, pending when absent.
     */
    static RatingRepository.Standing standing(Optional<DossierRepository.Held> held, Instant ratedAt, String keyDevice,
                                              String clientHash) {
        if (held.isEmpty()) {
            return new RatingRepository.Standing(RatingRepository.PENDING, null, keyDevice, clientHash, null);
        }
        DossierRepository.Held d = held.get();
        if (keyDevice != null && d.ownerDevice() != null && !keyDevice.equals(d.ownerDevice())) {
            return new RatingRepository.Standing(RatingRepository.VOID, "token made with another desk's key",
                    keyDevice, clientHash, null);
        }
        Instant received = receivedInstant(d.receivedAt());
        if (received.isAfter(ratedAt.plus(CLOCK_TOLERANCE))) {
            return new RatingRepository.Standing(RatingRepository.VOID, "rated before the dossier was received",
                    keyDevice, clientHash, null);
        }
        long delay = Math.max(0, Duration.between(received, ratedAt).toSeconds());
        return new RatingRepository.Standing(RatingRepository.COUNTED, null, keyDevice, clientHash, delay);
    }

    /**
     * Settles the pending ratings of dossiers that just arrived (inside the push's transaction).
     *
     * @param arrived the arrived dossiers by code
     */
    public void settle(java.sql.Connection c, String office, Map<String, DossierRepository.Held> arrived)
            throws java.sql.SQLException {
        for (StoredRating r : ratings.pending(c, arrived.keySet())) {
            DossierRepository.Held d = arrived.get(r.dossierCode());
            RatingRepository.Standing s = standing(Optional.of(d), r.ratedAt(), r.keyDevice(), null);
            ratings.settle(c, r.dossierCode(), office, d.id(), s.state(), s.voidReason(), s.delaySeconds());
        }
    }

    /** Until when a rating given at {@code ratedAt} may be changed. */
    public Instant changeableUntil(Instant ratedAt) {
        return ratedAt.plus(updateWindow);
    }

    /**
     * Stores the rating of a genuine target. The caller has validated the form (level, reason, criteria).
     *
     * @param criteria criterion → chosen value, only answered ones
     */
    public Submitted submit(Target target, RatingLevel level, String reason, Map<RatingCriterion, String> criteria) {
        return submit(target, level, reason, criteria, null);
    }

    /**
     * As {@link #submit(Target, RatingLevel, String, Map)}, keeping a keyed hash of the client's address (never the
     * address) so the province can see how many of an office's ratings came from one address.
     */
    public Submitted submit(Target target, RatingLevel level, String reason, Map<RatingCriterion, String> criteria,
                            String clientAddress) {
        Instant now = clock.instant();
        String criteriaJson = criteria.isEmpty() ? null : json(criteria);
        String clientHash = clientAddress == null ? null : keys.clientHash(clientAddress);
        return db.write(c -> {
            Optional<DossierRepository.Held> held = dossiers.held(c, target.code());
            Optional<StoredRating> existing = ratings.find(c, target.code());
            if (existing.isPresent()) {
                Instant ratedAt = existing.get().ratedAt();
                Instant until = changeableUntil(ratedAt);
                if (now.isAfter(until)) {
                    return new Submitted(Outcome.TOO_LATE, ratedAt, until);
                }
                ratings.save(c, target.code(), target.officeCode(), level.name(), reason, criteriaJson, CHANNEL_QR,
                        ratedAt, now, standing(held, ratedAt, existing.get().keyDevice(), clientHash));
                figures(c, held);
                return new Submitted(Outcome.UPDATED, ratedAt, until);
            }
            ratings.save(c, target.code(), target.officeCode(), level.name(), reason, criteriaJson, CHANNEL_QR, now,
                    now, standing(held, now, target.keyDevice(), clientHash));
            figures(c, held);
            return new Submitted(Outcome.CREATED, now, changeableUntil(now));
        });
    }

    /** A rating of a held dossier counts (or not) at once: the province figures follow in the same transaction. */
    private static void figures(java.sql.Connection c, Optional<DossierRepository.Held> held)
            throws java.sql.SQLException {
        if (held.isPresent()) {
            vn.motcua.central.province.FigureUpdates.apply(c, java.util.List.of(held.get().id()));
        }
    }

    private static String json(Map<RatingCriterion, String> criteria) {
        Map<String, String> byKey = new LinkedHashMap<>();
        criteria.forEach((k, v) -> byKey.put(k.key(), v));
        try {
            return WireJson.mapper().writeValueAsString(byKey);
        } catch (JsonProcessingException e) {
            throw new CentralStoreException("cannot write rating criteria", e);
        }
    }
}
