package vn.motcua.central.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.central.ApiException;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DeviceRepository;
import vn.motcua.central.store.DocumentRepository;
import vn.motcua.central.store.Office;
import vn.motcua.central.store.OfficeRepository;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/** What a province IT administrator does from the command line: offices, devices, province documents. */
public final class AdminService {
    private static final Logger LOG = LoggerFactory.getLogger(AdminService.class);

    private final CentralDatabase db;
    private final OfficeRepository offices;
    private final DeviceRepository devices;
    private final DocumentRepository documents;
    private final Clock clock;

    public AdminService(CentralDatabase db, OfficeRepository offices, DeviceRepository devices,
                        DocumentRepository documents, Clock clock) {
        this.db = db;
        this.offices = offices;
        this.devices = devices;
        this.documents = documents;
        this.clock = clock;
    }

    /** Adds an office; with {@code rename}, an existing office gets the new name instead of a refusal. */
    public Office addOffice(String rawCode, String rawName, boolean rename) {
        Optional<Msg> problem = AgencyCode.problem(rawCode);
        if (problem.isPresent()) {
            throw ApiException.badRequest("INVALID_AGENCY_CODE", problem.get());
        }
        String code = AgencyCode.parse(rawCode).value();
        String name = Text.nfc(rawName);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.badRequest("INVALID_NAME", Msg.of("central.office.name", 200));
        }
        String trimmed = name.strip();
        Instant now = clock.instant();
        return db.write(c -> {
            if (!offices.insert(c, code, trimmed, now)) {
                if (!rename) {
                    throw new ApiException(409, "OFFICE_EXISTS", Msg.of("central.office.exists", code));
                }
                offices.rename(c, code, trimmed);
            }
            LOG.info("Office {} saved: {}", code, trimmed);
            return offices.find(c, code).orElseThrow();
        });
    }

    public List<Office> offices() {
        return db.read(offices::list);
    }

    public List<Device> devices(String office) {
        return db.read(c -> devices.list(c, office));
    }

    /** Revokes a device's token at once; its receipts' rating links keep working. */
    public Device revoke(String deviceId) {
        return db.write(c -> {
            Device d = devices.find(c, deviceId).orElseThrow(() -> new ApiException(404, "UNKNOWN_DEVICE",
                    Msg.of("central.device.unknown", deviceId)));
            if (!devices.revoke(c, deviceId, clock.instant())) {
                throw new ApiException(409, "ALREADY_REVOKED", Msg.of("central.device.alreadyRevoked", deviceId));
            }
            LOG.info("Device {} of office {} desk {} revoked", d.id(), d.officeCode(), d.deskNo());
            return devices.find(c, deviceId).orElseThrow();
        });
    }

    /**
     * Stores a new version of a province document (already validated by its file format) and publishes it to
     * every office.
     *
     * @param kind {@link DocumentRepository#CATALOG} or {@link DocumentRepository#CALENDAR}
     * @return the new version
     */
    public long importDocument(String kind, String json) {
        long version = db.write(c -> documents.put(c, kind, json, clock.instant()));
        LOG.info("Document {} imported as version {}", kind, version);
        return version;
    }
}
