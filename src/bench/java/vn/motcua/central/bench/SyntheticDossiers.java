package vn.motcua.central.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.sync.wire.EventType;
import vn.motcua.sync.wire.PushEvent;
import vn.motcua.sync.wire.WireJson;

/**
 * Dossiers and outbox events shaped like the desk's (its {@code Dossier} and {@code ProgressEntry} as JSON), for the
 * benchmark and the tests. Deterministic for a seed.
 */
public final class SyntheticDossiers {
    private static final ZoneOffset VN = ZoneOffset.ofHours(7);
    private static final List<String[]> PROCEDURES = List.of(
            new String[] {"1.001193", "Đăng ký khai sinh"},
            new String[] {"1.000894", "Đăng ký kết hôn"},
            new String[] {"1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân"},
            new String[] {"2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản"});
    private static final String[] NAMES = {"Nguyễn Văn Đức", "Trần Thị Hoa", "Lê Minh Tuấn", "Phạm Thu Hà",
        "Hoàng Văn Nam", "Vũ Thị Lan", "Đặng Quốc Bảo", "Bùi Thị Mai"};

    private final Random random;
    private final String agency;
    private final int desk;
    private final LocalDate day;
    private long deviceSeq;

    public SyntheticDossiers(long seed, String agency, int desk, LocalDate day) {
        this.random = new Random(seed);
        this.agency = agency;
        this.desk = desk;
        this.day = day;
    }

    /** A dossier received at this desk: its id, code and JSON (status {@code NEW}, version 1). */
    public record Made(UUID id, String code, ObjectNode json, String idNumber, String phone) {
    }

    /**
     * The {@code n}-th dossier of the desk (n from 0): code sequence {@code desk block + n}; the day moves on every
     * 999 dossiers so codes stay valid.
     */
    public Made dossier(int n) {
        LocalDate d = day.plusDays(n / 999);
        int seq = (desk - 1) * 1000 + 1 + n % 999;
        String code = String.format(Locale.ROOT, "%s-%02d%02d%02d-%04d", agency, d.getYear() % 100,
                d.getMonthValue(), d.getDayOfMonth(), seq);
        String[] proc = PROCEDURES.get(random.nextInt(PROCEDURES.size()));
        String idNumber = String.format(Locale.ROOT, "038%09d", random.nextInt(1_000_000_000));
        String phone = String.format(Locale.ROOT, "091%07d", random.nextInt(10_000_000));
        LocalDateTime received = d.atTime(7 + random.nextInt(9), random.nextInt(60));
        UUID id = new UUID(random.nextLong(), random.nextLong());
        ObjectNode j = WireJson.mapper().createObjectNode();
        j.put("id", id.toString());
        j.put("code", code);
        j.put("procedureCode", proc[0]);
        j.put("procedureName", proc[1]);
        j.put("fieldCode", "HT");
        j.put("fieldName", "Hộ tịch");
        j.put("channel", "DIRECT");
        j.put("returnMethod", "COUNTER");
        ObjectNode a = j.putObject("applicant");
        a.put("fullName", NAMES[random.nextInt(NAMES.length)]);
        a.put("idNumber", idNumber);
        a.put("phone", phone);
        a.put("address", "Thôn " + (1 + random.nextInt(12)) + ", xã Quảng Phú");
        j.putArray("documents").addObject().put("name", "Tờ khai theo mẫu").put("originals", 1);
        j.put("sets", 1);
        j.put("summary", proc[1]);
        j.putObject("processingTime").put("value", 3).put("unit", "WORKING_DAY");
        j.put("receivedAt", received.toString());
        j.put("appointmentAt", received.plusDays(5).toString());
        j.put("status", DossierStatus.NEW.name());
        j.put("deskNo", desk);
        j.put("receivedBy", "canbo" + desk);
        j.put("version", 1);
        return new Made(id, code, j, idNumber, phone);
    }

    /** The outbox event the desk writes when it receives {@code m}. */
    public PushEvent received(Made m) {
        ObjectNode payload = WireJson.mapper().createObjectNode();
        payload.set("dossier", m.json().deepCopy());
        payload.set("progress", progress(m.json().get("receivedAt").asText(), "Tiếp nhận hồ sơ", DossierStatus.NEW,
                null));
        return event(EventType.DOSSIER_RECEIVED, m.id(), payload);
    }

    /** The outbox event of an action on {@code m}, from the state its JSON holds; updates the JSON. */
    public PushEvent transition(Made m, DossierAction action, String note) {
        ObjectNode d = m.json();
        d.put("status", action.to().name());
        d.put("version", d.get("version").asLong() + 1);
        String agency = vn.motcua.domain.dossier.DossierLifecycle.interopAfter(action,
                d.hasNonNull("interopAgency") ? d.get("interopAgency").asText() : null, note);
        if (agency != null) {
            d.put("interopAgency", agency);
        } else {
            d.remove("interopAgency");
        }
        ObjectNode payload = WireJson.mapper().createObjectNode();
        payload.put("action", action.name());
        payload.set("dossier", d.deepCopy());
        LocalDateTime at = LocalDateTime.parse(d.get("receivedAt").asText()).plusHours(d.get("version").asLong());
        payload.set("progress", progress(at.toString(), action.entryTextVi(note), action.to(), note));
        return event(EventType.DOSSIER_TRANSITIONED, m.id(), payload);
    }

    private ObjectNode progress(String at, String text, DossierStatus status, String note) {
        ObjectNode p = WireJson.mapper().createObjectNode();
        p.put("actor", "Cán bộ quầy " + desk);
        p.put("role", "Cán bộ một cửa");
        p.put("unit", "Bộ phận Một cửa");
        p.put("at", at);
        p.put("action", text);
        p.put("status", status.name());
        p.put("stepStart", at);
        if (note != null) {
            p.put("note", note);
        }
        return p;
    }

    private PushEvent event(EventType type, UUID dossierId, ObjectNode payload) {
        return new PushEvent(UUID.randomUUID(), ++deviceSeq, type.name(), dossierId,
                OffsetDateTime.of(LocalDateTime.now(), VN), payload);
    }
}
