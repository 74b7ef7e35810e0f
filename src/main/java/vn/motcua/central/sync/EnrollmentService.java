package vn.motcua.central.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.security.Secrets;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.DeviceRepository;
import vn.motcua.central.store.OfficeRepository;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.sync.wire.EnrollRequest;
import vn.motcua.sync.wire.EnrollResponse;
import vn.motcua.sync.wire.WireJson;

/** Issues one-time enrollment codes (admin) and trades them for device tokens (desk). */
public final class EnrollmentService {
    private static final Logger LOG = LoggerFactory.getLogger(EnrollmentService.class);

    /** A printed enrollment code and when it stops working. */
    public record IssuedCode(String enrollmentCode, Instant expiresAt) {
    }

    private final CentralDatabase db;
    private final OfficeRepository offices;
    private final DeviceRepository devices;
    private final Clock clock;
    private final vn.motcua.central.rating.RatingKeys ratingKeys;

    public EnrollmentService(CentralDatabase db, OfficeRepository offices, DeviceRepository devices,
                             vn.motcua.central.rating.RatingKeys ratingKeys, Clock clock) {
        this.db = db;
        this.ratingKeys = ratingKeys;
        this.offices = offices;
        this.devices = devices;
        this.clock = clock;
    }

    /** Creates a one-time code for desk {@code deskNo} of an existing office. */
    public IssuedCode issue(String officeCode, int deskNo, Duration validity) {
        if (deskNo < 1 || deskNo > 99) {
            throw ApiException.badRequest("INVALID_DESK", Msg.of("central.enroll.deskNo"));
        }
        String code = Secrets.enrollmentCode();
        Instant now = clock.instant();
        Instant expires = now.plus(validity).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        db.run(c -> {
            if (offices.find(c, officeCode).isEmpty()) {
                throw new ApiException(404, "UNKNOWN_OFFICE", Msg.of("central.enroll.unknownOffice", officeCode));
            }
            devices.insertEnrollmentCode(c, Secrets.sha256(Secrets.normaliseEnrollmentCode(code)), officeCode, deskNo,
                    now, expires);
        });
        LOG.info("Enrollment code issued for office {} desk {} (expires {})", officeCode, deskNo, expires);
        return new IssuedCode(code, expires);
    }

    /** Enrolls a desk; the code works once. */
    public EnrollResponse enroll(EnrollRequest r) {
        if (r == null || r.enrollmentCode() == null || r.enrollmentCode().isBlank()) {
            throw ApiException.badRequest("INVALID_REQUEST", Msg.of("central.enroll.codeMissing"));
        }
        if (r.protocol() != WireJson.PROTOCOL) {
            throw ApiException.badRequest("UNSUPPORTED_PROTOCOL", Msg.of("central.push.protocol",
                    r.protocol(), WireJson.PROTOCOL));
        }
        if (!Secrets.isRatingSecret(r.ratingSecret())) {
            throw ApiException.badRequest("INVALID_RATING_SECRET",
                    Msg.of("central.enroll.ratingSecret"));
        }
        String name = limit(Text.nfc(r.deviceName()), 100);
        String version = limit(Text.nfc(r.appVersion()), 40);
        String hash = Secrets.sha256(Secrets.normaliseEnrollmentCode(r.enrollmentCode()));
        String deviceId = UUID.randomUUID().toString();
        String token = Secrets.randomToken(32);
        Instant now = clock.instant();
        return db.write(c -> {
            var grant = devices.consumeEnrollmentCode(c, hash, deviceId, now);
            if (grant.isEmpty()) {
                String state = devices.enrollmentCodeState(c, hash, now);
                throw switch (state) {
                    case "used" -> new ApiException(409, "ENROLLMENT_CODE_USED",
                            Msg.of("central.enroll.codeUsed"));
                    case "expired" -> new ApiException(410, "ENROLLMENT_CODE_EXPIRED",
                            Msg.of("central.enroll.codeExpired"));
                    default -> new ApiException(403, "ENROLLMENT_CODE_INVALID",
                            Msg.of("central.enroll.codeInvalid"));
                };
            }
            var g = grant.get();
            if (ratingKeys.revokedSecret(c, g.officeCode(), r.ratingSecret())) {
                throw new ApiException(409, "RATING_SECRET_REVOKED",
                        Msg.of("central.enroll.ratingSecretRevoked"));
            }
            devices.insertDevice(c, deviceId, g.officeCode(), g.deskNo(), Secrets.sha256(token), "-", name, version,
                    now);
            ratingKeys.add(c, g.officeCode(), deviceId, r.ratingSecret(), now);
            String officeName = offices.find(c, g.officeCode()).orElseThrow().name();
            LOG.info("Device {} enrolled for office {} desk {}", deviceId, g.officeCode(), g.deskNo());
            return new EnrollResponse(WireJson.PROTOCOL, deviceId, g.officeCode(), officeName, g.deskNo(), token,
                    null);
        });
    }

    private static String limit(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }
}
