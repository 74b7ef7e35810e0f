package vn.motcua.central.rating;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.CentralStoreException;
import vn.motcua.central.store.DeviceRepository;
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
 * of the code under the rating secret of one of the office's desks, so it works before the dossier has synced; the
 * office is the agency part of the code. One rating per dossier, changeable within a window.
 */
public final class RatingService {
    /** Where a rating came from (DOMAIN.md §5.2: QR on the receipt). */
    public static final String CHANNEL_QR = "QR_RECEIPT";

    /** A genuine rating link: what the page may show (office and procedure only) and any earlier rating. */
    public record Target(String code, String officeCode, String officeName, String procedureName,
                         Optional<StoredRating> existing) {
    }

    /** The result of a submission. */
    public enum Outcome { CREATED, UPDATED, TOO_LATE }

    /** A submission's outcome with the rating as it stands. */
    public record Submitted(Outcome outcome, Instant ratedAt, Instant changeableUntil) {
    }

    private final CentralDatabase db;
    private final OfficeRepository offices;
    private final DeviceRepository devices;
    private final DossierRepository dossiers;
    private final RatingRepository ratings;
    private final Clock clock;
    private final Duration updateWindow;

    public RatingService(CentralDatabase db, OfficeRepository offices, DeviceRepository devices,
                         DossierRepository dossiers, RatingRepository ratings, Clock clock, Duration updateWindow) {
        this.db = db;
        this.offices = offices;
        this.devices = devices;
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

    /** The link's target, or empty when the code or token is not genuine (forged, truncated, unknown office). */
    public Optional<Target> target(String rawCode, String token) {
        if (rawCode == null || token == null || rawCode.length() > 60 || token.length() != RatingToken.LENGTH) {
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
            List<String> secrets = devices.ratingSecrets(c, office);
            if (secrets.stream().noneMatch(s -> RatingToken.verify(s, code, token))) {
                return Optional.empty();
            }
            return Optional.of(new Target(code, office, o.get().name(), dossiers.procedureName(c, code).orElse(null),
                    ratings.find(c, code)));
        });
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
        Instant now = clock.instant();
        String criteriaJson = criteria.isEmpty() ? null : json(criteria);
        return db.write(c -> {
            Optional<StoredRating> existing = ratings.find(c, target.code());
            if (existing.isPresent()) {
                Instant ratedAt = existing.get().ratedAt();
                Instant until = changeableUntil(ratedAt);
                if (now.isAfter(until)) {
                    return new Submitted(Outcome.TOO_LATE, ratedAt, until);
                }
                ratings.save(c, target.code(), target.officeCode(), level.name(), reason, criteriaJson, CHANNEL_QR,
                        ratedAt, now);
                return new Submitted(Outcome.UPDATED, ratedAt, until);
            }
            ratings.save(c, target.code(), target.officeCode(), level.name(), reason, criteriaJson, CHANNEL_QR, now,
                    now);
            return new Submitted(Outcome.CREATED, now, changeableUntil(now));
        });
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
