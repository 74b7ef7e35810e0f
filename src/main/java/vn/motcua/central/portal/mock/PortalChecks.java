package vn.motcua.central.portal.mock;

import static vn.motcua.central.portal.mock.MockJson.blank;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Set;

/**
 * The checks a national portal is publicly known to make on what it is sent (docs/portal-mapping.md): required
 * fields, {@code MaHoSo} beginning with the unit's code, status and channel codes, {@code yyyyMMddHHmmss} dates,
 * lengths, broken characters, identifiers. Each check returns the portal's (Vietnamese) refusal text, or empty.
 */
public final class PortalChecks {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final String[] DATES = {"NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi",
        "NgayNopHoSo"};
    private static final String[] REQUIRED = {"MaHoSo", "MaTTHC", "ChuHoSo", "NgayTiepNhan", "TrangThaiHoSo",
        "KenhThucHien"};

    private PortalChecks() {
    }

    /** One {@code DongBoHoSoMC} item of the unit {@code unit}: the refusal, or empty when a portal would take it. */
    public static Optional<String> dossier(String unit, JsonNode d) {
        String code = d.path("MaHoSo").asText("");
        for (String f : REQUIRED) {
            if (blank(d.path(f).asText(""))) {
                return Optional.of(code + ": thiếu " + f);
            }
        }
        if (!code.startsWith(unit + "-")) {
            return Optional.of(code + ": MaHoSo phải bắt đầu bằng mã đơn vị " + unit);
        }
        if (!isStatus(d.path("TrangThaiHoSo").asText())) {
            return Optional.of(code + ": TrangThaiHoSo phải từ 1 đến 10");
        }
        if (!Set.of("1", "2", "3").contains(d.path("KenhThucHien").asText())) {
            return Optional.of(code + ": KenhThucHien không hợp lệ");
        }
        for (String f : DATES) {
            if (!isDate(d.path(f).asText(""), !f.equals("NgayTiepNhan"))) {
                return Optional.of(code + ": " + f + " phải theo yyyyMMddHHmmss");
            }
        }
        int status = Integer.parseInt(d.path("TrangThaiHoSo").asText());
        if (!d.path("NgayTra").asText("").isEmpty() && status != 10) {
            return Optional.of(code + ": NgayTra chỉ có khi TrangThaiHoSo là 10");
        }
        if (!d.path("NgayKetThucXuLy").asText("").isEmpty() && Set.of(1, 2, 4, 5, 6).contains(status)) {
            return Optional.of(code + ": NgayKetThucXuLy chỉ có khi hồ sơ đã kết thúc xử lý");
        }
        String summary = d.path("TrichYeuHoSo").asText("");
        if (summary.length() > 1000) {
            return Optional.of(code + ": TrichYeuHoSo quá 1000 ký tự");
        }
        if (hasBrokenSurrogate(summary)) {
            return Optional.of(code + ": TrichYeuHoSo có ký tự hỏng");
        }
        for (JsonNode id : d.path("DinhDanhCHS")) {
            if (!Set.of("1", "2").contains(id.path("LoaiDinhDanh").asText())
                    || !id.path("SoDinhDanh").asText("").matches("[0-9]{9}|[0-9]{12}")) {
                return Optional.of(code + ": DinhDanhCHS không hợp lệ");
            }
        }
        return Optional.empty();
    }

    /**
     * One {@code CapNhatTienDoHoSoMC} entry, its dossier already known: the refusal, or empty when a portal would
     * take it.
     */
    public static Optional<String> progress(JsonNode e) {
        String code = e.path("MaHoSo").asText("");
        if (blank(e.path("NguoiXuLy").asText("")) && e.path("NguoiXuLy").isMissingNode()) {
            return Optional.of(code + ": thiếu NguoiXuLy");
        }
        if (e.path("NguoiXuLy").asText("").length() > 50) {
            return Optional.of(code + ": NguoiXuLy quá 50 ký tự");
        }
        if (!isDate(e.path("ThoiDiemXuLy").asText(""), false) || !isDate(e.path("NgayBatDau").asText(""), true)
                || !isDate(e.path("NgayKetThucTheoQuyDinh").asText(""), true)) {
            return Optional.of(code + ": ngày giờ phải theo yyyyMMddHHmmss");
        }
        if (!isStatus(e.path("TrangThai").asText(""))) {
            return Optional.of(code + ": TrangThai phải từ 1 đến 10");
        }
        if (blank(e.path("NoiDungXuLy").asText(""))) {
            return Optional.of(code + ": thiếu NoiDungXuLy");
        }
        return Optional.empty();
    }

    private static boolean hasBrokenSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))
                    || Character.isLowSurrogate(ch) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatus(String s) {
        return s.matches("[1-9]|10");
    }

    private static boolean isDate(String s, boolean mayBeEmpty) {
        if (s.isEmpty()) {
            return mayBeEmpty;
        }
        if (!s.matches("[0-9]{14}")) {
            return false;
        }
        try {
            LocalDateTime.parse(s, DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
