package vn.motcua.sync;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.domain.rating.RatingToken;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.SyncStateRepository.Enrollment;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.RatingKeyRequest;
import vn.motcua.sync.wire.WireJson;

/**
 * Enrolment and this desk's keys with the server: trading a one-time code for a device token (sealed at rest), the
 * server address, opening the stored token for a run, and rotating the rating secret.
 */
final class EnrolStep {
    private static final Logger LOG = LoggerFactory.getLogger(EnrolStep.class);

    private final SyncStores stores;
    private final Clock clock;
    private final SyncClient client;
    private final Retrier retrier;

    EnrolStep(SyncStores stores, Clock clock, SyncClient client, Retrier retrier) {
        this.stores = stores;
        this.clock = clock;
        this.client = client;
        this.retrier = retrier;
    }

    /**
     * Enrolls this desk. Plain {@code http://} carries the enrollment code, the rating secret and then the device
     * token in the clear: it is refused for any host but this machine's loopback unless {@code insecure} says the
     * administrator chose it knowingly (a closed test network). Not retried: a code works once.
     */
    SyncEngine.Enrolled enroll(String serverUrl, String enrollmentCode, String deviceName, String appVersion,
                               boolean insecure) {
        String url = normaliseUrl(serverUrl);
        if (!insecure && url.startsWith("http://") && !loopback(url)) {
            throw SyncException.refused(0, "INSECURE_URL", Msg.of("sync.enroll.insecure", url), null);
        }
        OfficeProfile office = stores.db().read(stores.offices()::find).orElseThrow(() -> SyncException.refused(0,
                "NOT_SET_UP", Msg.of("sync.enroll.notSetUp"), null));
        if (enrollmentCode == null || enrollmentCode.isBlank()) {
            throw SyncException.refused(0, "ENROLLMENT_CODE_INVALID", Msg.of("sync.enroll.codeMissing"), null);
        }
        if (office.ratingSecret() == null) {
            // the sealed secret cannot be opened any more (key file lost or damaged): a new one goes with this enrollment
            office = rotateLocally(office);
        }
        EnrollResponse r;
        try {
            r = client.enroll(url, new EnrollRequest(WireJson.PROTOCOL, enrollmentCode.trim(),
                    office.ratingSecret(), deviceName, appVersion)).body();
        } catch (SyncException ex) {
            if (!"RATING_SECRET_REVOKED".equals(ex.code())) {
                throw ex;
            }
            // this desk was revoked (its data may have leaked): a new rating secret, then the same code again
            office = rotateLocally(office);
            LOG.warn("The server refused this desk's rating secret (a revoked device had it); a new one was made");
            r = client.enroll(url, new EnrollRequest(WireJson.PROTOCOL, enrollmentCode.trim(),
                    office.ratingSecret(), deviceName, appVersion)).body();
        }
        if (!office.agencyCode().equals(r.officeCode())) {
            throw SyncException.refused(0, "OFFICE_MISMATCH", Msg.of("sync.enroll.officeMismatch", r.officeName(),
                    r.officeCode(), office.agencyCode()), null);
        }
        Enrollment e = new Enrollment(url, r.deviceId(), stores.deviceKey().seal(r.deviceToken(), r.deviceId()),
                r.officeCode(), r.officeName(), r.deskNo(), clock.instant());
        stores.db().run(c -> stores.state().saveEnrollment(c, e));
        LOG.info("Enrolled with {} as device {} of office {}, desk {}", url, r.deviceId(), r.officeCode(),
                r.deskNo());
        Msg warning = r.deskNo() == office.deskNo() ? null
                : Msg.of("sync.enroll.deskMismatch", r.deskNo(), office.deskNo());
        String publicUrl = null;
        if (r.publicBaseUrl() != null) {
            try {
                publicUrl = normaliseUrl(r.publicBaseUrl());
            } catch (SyncException bad) {
                LOG.warn("The server named an unusable public address {}; receipts use {}", r.publicBaseUrl(), url);
            }
        }
        return new SyncEngine.Enrolled(r.deviceId(), r.officeCode(), r.officeName(), r.deskNo(), url,
                warning == null ? null : warning.vi(), publicUrl, warning);
    }

    /** The stored enrollment, if any (its token still sealed). */
    Optional<Enrollment> stored() {
        return stores.db().read(stores.state()::enrollment);
    }

    /** The enrollment with its token opened; refused with {@code whyNeeded} when the desk is not enrolled. */
    Enrollment required(Msg whyNeeded) {
        return opened(stored().orElseThrow(() -> SyncException.refused(0, "NOT_ENROLLED", whyNeeded, null)));
    }

    /** The enrollment with its token opened. A token stored before tokens were sealed is sealed now (once). */
    Enrollment opened(Enrollment stored) {
        String token = stores.deviceKey().open(stored.deviceToken(), stored.deviceId());
        if (!DeviceKey.isSealed(stored.deviceToken())) {
            Enrollment resealed = new Enrollment(stored.serverUrl(), stored.deviceId(),
                    stores.deviceKey().seal(token, stored.deviceId()), stored.officeCode(), stored.officeName(),
                    stored.deskNo(), stored.enrolledAt());
            stores.db().run(c -> stores.state().saveEnrollment(c, resealed));
            LOG.info("The stored device token is sealed now ({})", DeviceKey.FILE);
        }
        return new Enrollment(stored.serverUrl(), stored.deviceId(), token, stored.officeCode(), stored.officeName(),
                stored.deskNo(), stored.enrolledAt());
    }

    /** Points an enrolled desk at another address of the same server (a new host name, a proxy). */
    void changeServerUrl(String serverUrl) {
        String url = normaliseUrl(serverUrl);
        stores.db().run(c -> stores.state().setServerUrl(c, url));
    }

    /**
     * Rotates this desk's rating secret: a new secret goes to the server first (when enrolled), then replaces the
     * local one (sealed). Receipts printed before keep working: their token names the old key, which the server keeps
     * for dossiers received before now.
     *
     * @return the new key id
     */
    String rotateRatingSecret() {
        OfficeProfile office = stores.db().read(stores.offices()::find).orElseThrow(() -> SyncException.refused(0,
                "NOT_SET_UP", Msg.of("sync.notSetUp"), null));
        String secret = RatingToken.newSecret();
        Optional<Enrollment> stored = stored();
        if (stored.isPresent()) {
            Enrollment e = opened(stored.get());
            retrier.call(new SyncRun(), () -> client.rotateRatingKey(e.serverUrl(), e.deviceToken(),
                    new RatingKeyRequest(WireJson.PROTOCOL, secret)), null);
        }
        saveRotated(office, secret);
        LOG.info("Rating secret rotated (key id {})", RatingToken.keyId(secret));
        return RatingToken.keyId(secret);
    }

    private OfficeProfile rotateLocally(OfficeProfile office) {
        return saveRotated(office, RatingToken.newSecret());
    }

    private OfficeProfile saveRotated(OfficeProfile office, String secret) {
        OfficeProfile rotated = new OfficeProfile(office.officeName(), office.agencyCode(), office.deskNo(),
                office.governingBody(), office.unitName(), office.placeName(), secret, office.deviceId(),
                office.createdAt());
        stores.db().run(c -> {
            stores.offices().save(c, rotated);
            stores.audit().record(c, LocalDateTime.now(clock).withNano(0), "system", "RATING_KEY_ROTATED", null,
                    "key " + RatingToken.keyId(secret));
        });
        return rotated;
    }

    /** Whether the URL's host is this machine (localhost, 127.0.0.0/8, ::1); names other than localhost are not
     *  resolved, so a name that points at this machine is still treated as remote. */
    static boolean loopback(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
                || h.matches("127(\\.\\d{1,3}){3}");
    }

    static String normaliseUrl(String raw) {
        String url = raw == null ? "" : raw.trim();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() < 10) {
            throw SyncException.refused(0, "INVALID_SERVER_URL", Msg.of("sync.url.invalid", raw), null);
        }
        return url;
    }
}
