package vn.motcua.central.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.DossierStatus;

/**
 * Our dossier (the desk's JSON as the server keeps it) and one progress entry, mapped field by field to the national
 * portal's {@code DongBoHoSoMC} item and {@code CapNhatTienDoHoSoMC} entry. Pure; every field, its source, its limit
 * and which public source it comes from is in {@code docs/portal-mapping.md}.
 *
 * <p>Personal data: only the owner's name, identity number (as {@code SoGiayToChuHoSo} and {@code DinhDanhCHS}),
 * phone and e-mail go out (the portal identifies and notifies the citizen with them); never the address, birth date,
 * sex, the submitter, the clerk's notes or document files.
 */
public final class PortalMapping {
    /** Dates on the portal: {@code yyyyMMddHHmmss}, Vietnam time (the desk's local times already are). */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    public static final int SUMMARY_MAX = 1000;
    public static final int ACTOR_MAX = 50;
    /** Assumed limits (no public source gives them): names and other free texts. */
    public static final int NAME_MAX = 250;
    public static final int TEXT_MAX = 1000;
    public static final int ROLE_MAX = 100;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private PortalMapping() {
    }

    /**
     * The {@code DongBoHoSoMC} item of a change.
     *
     * @param unitCode   the office's unit code on the portal (madonvi; by default its agency code)
     * @param officeName shown as {@code DonViXuLy}
     * @param dossier    the dossier JSON as committed with the change
     * @param status     the status the change produced (the national code 1–10)
     */
    public static ObjectNode dossier(String unitCode, String officeName, JsonNode dossier, int status) {
        ObjectNode o = F.objectNode();
        String code = text(dossier, "code");
        o.put("MaHoSo", portalCode(unitCode, code));
        if (!o.get("MaHoSo").asText().equals(code)) {
            o.put("MaHoSoKhac", code);
        }
        o.put("MaTTHC", cut(text(dossier, "procedureCode"), 100));
        o.put("TenTTHC", cut(text(dossier, "procedureName"), TEXT_MAX));
        o.put("MaLinhVuc", cut(text(dossier, "fieldCode"), 100));
        o.put("TenLinhVuc", cut(text(dossier, "fieldName"), NAME_MAX));
        o.put("KenhThucHien", Integer.toString(channel(dossier).code()));
        JsonNode applicant = dossier.path("applicant");
        o.put("ChuHoSo", cut(text(applicant, "fullName"), NAME_MAX));
        o.put("LoaiDoiTuong", "1");
        String id = text(applicant, "idNumber");
        o.put("SoGiayToChuHoSo", id);
        ArrayNode ids = o.putArray("DinhDanhCHS");
        if (!id.isEmpty()) {
            ids.addObject().put("LoaiDinhDanh", id.length() == 9 ? "2" : "1").put("SoDinhDanh", id);
        }
        o.put("SoDienThoai", cut(text(applicant, "phone"), 20));
        o.put("Email", cut(text(applicant, "email"), 100));
        String summary = text(dossier, "summary");
        o.put("TrichYeuHoSo", cut(summary.isBlank() ? text(dossier, "procedureName") : summary, SUMMARY_MAX));
        o.put("NgayTiepNhan", date(text(dossier, "receivedAt")));
        o.put("NgayNopHoSo", date(text(dossier, "receivedAt")));
        o.put("NgayHenTra", date(text(dossier, "appointmentAt")));
        o.put("TrangThaiHoSo", Integer.toString(status));
        // A change carries the dossier as its push batch committed it, which may already be past this change (a
        // desk that was offline pushes reception, processing and hand-over together): the end and hand-over dates
        // are sent only with a status they belong to, so no message says "received" with a hand-over date.
        boolean closed = DossierStatus.fromCode(status).map(DossierStatus::isClosed).orElse(false);
        o.put("NgayKetThucXuLy", closed ? date(text(dossier, "finishedAt")) : "");
        o.put("NgayTra", status == DossierStatus.DONE.code() ? date(text(dossier, "returnedAt")) : "");
        o.put("NgayTuChoi", status == DossierStatus.DENIED.code()
                ? date(first(text(dossier, "finishedAt"), text(dossier, "receivedAt"))) : "");
        o.put("HinhThuc", switch (text(dossier, "returnMethod")) {
            case "POST" -> "1";
            case "ONLINE" -> "2";
            default -> "0";
        });
        String interop = text(dossier, "interopAgency");
        o.put("DonViXuLy", cut(interop.isBlank() ? officeName : interop, NAME_MAX));
        o.put("NoiNopHoSo", "2");
        o.put("HoSoCoThanhPhanSoHoa", "0");
        o.put("DuocThanhToanTrucTuyen", "3");
        o.putArray("TaiLieuNop");
        ArrayNode papers = o.putArray("DanhSachTepDinhKemKhac");
        for (JsonNode d : dossier.path("documents")) {
            int count = d.path("originals").asInt(0) + d.path("copies").asInt(0) + d.path("certifiedCopies").asInt(0);
            papers.addObject().put("TenGiayTo", cut(text(d, "name"), TEXT_MAX)).put("SoLuong", Math.max(1, count))
                    .put("LoaiGiayTo", d.path("originals").asInt(0) > 0 ? "1" : "2");
        }
        o.putArray("DanhSachLePhi");
        ArrayNode rounds = o.putArray("DanhSachHoSoBoSung");
        for (JsonNode r : dossier.path("supplements")) {
            String completed = text(r, "completedAt");
            rounds.addObject()
                    .put("HoSoBoSungId", code + "-BS" + r.path("round").asInt(rounds.size() + 1))
                    .put("NoiDungBoSung", cut(text(r, "content"), TEXT_MAX))
                    .put("NgayBoSung", date(text(r, "requestedAt")))
                    .put("NgayTiepNhanBoSung", date(completed))
                    .put("TrangThaiBoSung", completed.isEmpty() ? "0" : "1")
                    .put("NgayHenTraTruoc", date(text(r, "dueBefore")))
                    .put("NgayHenTraMoi", date(text(r, "dueAfter")));
        }
        o.putArray("DanhSachGiayToKetQua");
        String rescheduled = text(dossier, "rescheduledAt");
        o.put("GhiChu", rescheduled.isEmpty() ? "" : "Hẹn lại (phiếu xin lỗi): " + date(rescheduled));
        return o;
    }

    /** The {@code CapNhatTienDoHoSoMC} entry of a change. */
    public static ObjectNode progress(String unitCode, String dossierCode, JsonNode progress, int status) {
        ObjectNode o = F.objectNode();
        o.put("MaHoSo", portalCode(unitCode, dossierCode));
        o.put("NguoiXuLy", cut(text(progress, "actor"), ACTOR_MAX));
        o.put("ChucDanh", cut(text(progress, "role"), ROLE_MAX));
        String at = date(text(progress, "at"));
        o.put("ThoiDiemXuLy", at);
        o.put("PhongBanXuLy", cut(text(progress, "unit"), NAME_MAX));
        String note = text(progress, "note");
        o.put("NoiDungXuLy", cut(text(progress, "action") + (note.isBlank() ? "" : ": " + note), TEXT_MAX));
        o.put("TrangThai", Integer.toString(status));
        String start = date(text(progress, "stepStart"));
        o.put("NgayBatDau", start.isEmpty() ? at : start);
        o.put("NgayKetThucTheoQuyDinh", date(text(progress, "stepDeadline")));
        return o;
    }

    /**
     * {@code MaHoSo} must begin with the unit's code. Ours begin with the office's agency code; when the province
     * gave the office another unit code, that prefix replaces ours (the original goes in {@code MaHoSoKhac}).
     */
    public static String portalCode(String unitCode, String code) {
        if (unitCode == null || unitCode.isBlank() || code.startsWith(unitCode + "-")) {
            return code;
        }
        int dash = code.indexOf('-');
        return unitCode + (dash < 0 ? "-" + code : code.substring(dash));
    }

    /** A desk local time ({@code 2026-04-29T15:30[:00]}) or an offset time as {@code yyyyMMddHHmmss}; "" when absent. */
    public static String date(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.parse(value).format(DATE);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                        .toLocalDateTime().format(DATE);
            } catch (DateTimeParseException e2) {
                return "";
            }
        }
    }

    /**
     * At most {@code max} characters, counted in UTF-16 units (the stricter of the two counts a portal may use, so it
     * also holds for code points), NFC first, cut at a character boundary: never inside a surrogate pair and never
     * between a letter and a combining mark that follows it. A cut text ends with "…".
     */
    public static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
        if (t.length() <= max) {
            return t;
        }
        int end = max - 1; // room for the ellipsis
        if (end > 0 && Character.isHighSurrogate(t.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && isMark(t.codePointAt(end))) {
            end = t.offsetByCodePoints(end, -1);
        }
        return t.substring(0, end).stripTrailing() + "…";
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static Channel channel(JsonNode dossier) {
        try {
            return Channel.valueOf(text(dossier, "channel"));
        } catch (IllegalArgumentException e) {
            return Channel.DIRECT;
        }
    }

    private static String first(String a, String b) {
        return a.isEmpty() ? b : a;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }
}
