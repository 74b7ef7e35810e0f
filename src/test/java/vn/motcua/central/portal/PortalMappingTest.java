package vn.motcua.central.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.central.portal.mock.PortalChecks;

/** The field mapping (docs/portal-mapping.md) and the configuration rules. */
class PortalMappingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode dossier(String summary) throws Exception {
        ObjectNode d = (ObjectNode) JSON.readTree("""
                {"id":"7d1c0b6e-0000-4000-8000-000000000001","code":"000.00.01.H22-260429-0007",
                 "procedureCode":"1.001193","procedureName":"Đăng ký khai sinh","fieldCode":"HT","fieldName":"Hộ tịch",
                 "channel":"DIRECT","returnMethod":"POST",
                 "applicant":{"fullName":"Nguyễn Văn Đức","idNumber":"038095012345","birthDate":"1995-01-02",
                   "phone":"0912345678","address":"Thôn 1, xã Quảng Phú","sex":"MALE"},
                 "submitter":{"fullName":"Trần Thị Bình","idNumber":"038195004321"},
                 "documents":[{"name":"Tờ khai theo mẫu","originals":1,"copies":0,"mandatory":true}],
                 "receivedAt":"2026-04-29T15:30","appointmentAt":"2026-05-04T15:30:00",
                 "rescheduledAt":"2026-05-06T10:00","status":"PROCESSING","notes":"ghi chú nội bộ",
                 "supplements":[{"round":1,"requestedAt":"2026-04-30T09:00","content":"Bản sao giấy chứng sinh",
                   "dueBefore":"2026-05-02T15:30"}]}""");
        if (summary != null) {
            d.put("summary", summary);
        }
        return d;
    }

    @Test
    void dossierFieldsDatesStatusAndOnlyTheRequiredPersonalData() throws Exception {
        ObjectNode o = PortalMapping.dossier("000.00.01.H22", "Xã Quảng Phú", dossier(null), 4);
        assertThat(o.get("MaHoSo").asText()).isEqualTo("000.00.01.H22-260429-0007");
        assertThat(o.has("MaHoSoKhac")).isFalse();
        assertThat(o.get("NgayTiepNhan").asText()).isEqualTo("20260429153000");
        assertThat(o.get("NgayHenTra").asText()).isEqualTo("20260504153000");
        assertThat(o.get("TrangThaiHoSo").asText()).isEqualTo("4");
        assertThat(o.get("KenhThucHien").asText()).isEqualTo("1");
        assertThat(o.get("HinhThuc").asText()).isEqualTo("1");
        assertThat(o.get("TrichYeuHoSo").asText()).isEqualTo("Đăng ký khai sinh");
        assertThat(o.get("DinhDanhCHS").get(0).get("LoaiDinhDanh").asText()).isEqualTo("1");
        assertThat(o.get("GhiChu").asText()).contains("20260506100000");
        assertThat(o.get("DanhSachHoSoBoSung").get(0).get("TrangThaiBoSung").asText()).isEqualTo("0");
        assertThat(o.get("DanhSachHoSoBoSung").get(0).get("NgayBoSung").asText()).isEqualTo("20260430090000");
        String all = o.toString();
        assertThat(all).doesNotContain("Thôn 1").doesNotContain("1995").doesNotContain("Trần Thị Bình")
                .doesNotContain("038195004321").doesNotContain("ghi chú nội bộ");
        // the mock accepts what the mapping makes
        assertThat(mockCheck("000.00.01.H22", o)).isEmpty();
    }

    private static java.util.Optional<String> mockCheck(String unit, JsonNode item) {
        return PortalChecks.dossier(unit, item);
    }

    @Test
    void anotherUnitCodeReplacesThePrefixAndKeepsOurs() throws Exception {
        ObjectNode o = PortalMapping.dossier("000.00.99.H22", "Xã", dossier(null), 2);
        assertThat(o.get("MaHoSo").asText()).isEqualTo("000.00.99.H22-260429-0007");
        assertThat(o.get("MaHoSoKhac").asText()).isEqualTo("000.00.01.H22-260429-0007");
    }

    @Test
    void longTextsAreCutOnCharacterBoundaries() throws Exception {
        String emoji = "😀"; // two UTF-16 units
        String text = "a".repeat(998) + emoji + "tail";
        String cut = PortalMapping.cut(text, 1000);
        assertThat(cut.length()).isLessThanOrEqualTo(1000);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
        assertThat(cut).endsWith("…");
        // NFC first (Vietnamese letters become one character); a letter whose marks have no precomposed form is
        // never split from them
        assertThat(PortalMapping.cut("x".repeat(8) + "e\u0302\u0301" + "yyy", 10)).isEqualTo("xxxxxxxx\u1ebf…");
        assertThat(PortalMapping.cut("x".repeat(8) + "q\u0301\u0323" + "yyy", 10)).isEqualTo("xxxxxxxx…");
        String vi = "Đề nghị cấp bản sao trích lục khai sinh cho con ".repeat(40);
        ObjectNode o = PortalMapping.dossier("000.00.01.H22", "Xã", dossier(vi), 2);
        assertThat(o.get("TrichYeuHoSo").asText().length()).isLessThanOrEqualTo(1000);
        assertThat(o.get("TrichYeuHoSo").asText()).startsWith("Đề nghị cấp").endsWith("…");
        assertThat(mockCheck("000.00.01.H22", o)).isEmpty();
        JsonNode progress = JSON.readTree("{\"actor\":\"" + "Nguyễn Thị Lan Hương Quản Trị Viên Một Cửa Cấp Xã "
                .repeat(3) + "\",\"at\":\"2026-04-29T15:30\",\"action\":\"Tiếp nhận hồ sơ\",\"status\":\"NEW\"}");
        ObjectNode p = PortalMapping.progress("000.00.01.H22", "000.00.01.H22-260429-0007", progress, 2);
        assertThat(p.get("NguoiXuLy").asText().length()).isLessThanOrEqualTo(50);
        assertThat(p.get("NgayBatDau").asText()).isEqualTo("20260429153000");
        assertThat(p.get("TrangThai").asText()).isEqualTo("2");
        assertThat(PortalChecks.progress(p)).as("the mock takes the progress entry the mapping makes").isEmpty();
    }

    @Test
    void theMockRefusesWhatAPortalRefuses() throws Exception {
        ObjectNode o = PortalMapping.dossier("000.00.01.H22", "Xã", dossier(null), 2);
        assertThat(mockCheck("000.00.99.H22", o)).get().asString().contains("mã đơn vị");
        assertThat(mockCheck("000.00.01.H22", o.deepCopy().put("NgayTiepNhan", "20260231120000"))).get()
                .asString().contains("NgayTiepNhan");
        assertThat(mockCheck("000.00.01.H22", o.deepCopy().put("TrangThaiHoSo", "11"))).isPresent();
        assertThat(mockCheck("000.00.01.H22", o.deepCopy().put("TrichYeuHoSo", "a\uD800b"))).isPresent();
        ObjectNode p = JSON.createObjectNode().put("MaHoSo", "X").put("NguoiXuLy", "An")
                .put("ThoiDiemXuLy", "20260429153000").put("TrangThai", "2");
        assertThat(PortalChecks.progress(p)).get().asString().contains("NoiDungXuLy");
    }

    @Test
    void endAndHandOverDatesGoOnlyWithTheStatusTheyBelongTo() throws Exception {
        // the dossier as a batch committed it: already handed over, while the change sent is its reception
        ObjectNode done = (ObjectNode) dossier(null);
        done.put("status", "DONE").put("finishedAt", "2026-05-03T09:00").put("returnedAt", "2026-05-04T10:00");
        ObjectNode received = PortalMapping.dossier("000.00.01.H22", "Xã", done, 2);
        assertThat(received.get("NgayKetThucXuLy").asText()).isEmpty();
        assertThat(received.get("NgayTra").asText()).isEmpty();
        ObjectNode released = PortalMapping.dossier("000.00.01.H22", "Xã", done, 9);
        assertThat(released.get("NgayKetThucXuLy").asText()).isEqualTo("20260503090000");
        assertThat(released.get("NgayTra").asText()).isEmpty();
        ObjectNode handedOver = PortalMapping.dossier("000.00.01.H22", "Xã", done, 10);
        assertThat(handedOver.get("NgayKetThucXuLy").asText()).isEqualTo("20260503090000");
        assertThat(handedOver.get("NgayTra").asText()).isEqualTo("20260504100000");
        assertThat(mockCheck("000.00.01.H22", received)).isEmpty();
        assertThat(mockCheck("000.00.01.H22", received.deepCopy().put("NgayTra", "20260504100000"))).get()
                .asString().contains("NgayTra");
        assertThat(mockCheck("000.00.01.H22", handedOver)).isEmpty();
    }

    @Test
    void statusesMapOneToOneToTheNationalCodes() throws Exception {
        for (var s : vn.motcua.domain.dossier.DossierStatus.values()) {
            assertThat(PortalMapping.dossier("000.00.01.H22", "Xã", dossier(null), s.code()).get("TrangThaiHoSo")
                    .asText()).isEqualTo(Integer.toString(s.code()));
        }
    }

    @Test
    void aConfigFileOthersMayReadIsRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("portal.properties");
        Files.writeString(file, "portal.url=https://dvc.example.gov.vn/api\nportal.user=tinh\nportal.password=bi-mat\n"
                + "portal.unit.000.00.01.H22=000.00.01.H22-X\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> PortalConfig.load(null, file, Map.of())).hasMessageContaining("chmod 600");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        PortalConfig cfg = PortalConfig.load(null, file, Map.of());
        assertThat(cfg.unitOf("000.00.01.H22")).isEqualTo("000.00.01.H22-X");
        assertThat(cfg.unitOf("000.00.02.H22")).isEqualTo("000.00.02.H22");
        assertThat(cfg.toString()).doesNotContain("bi-mat");
        PortalConfig env = PortalConfig.load("http://127.0.0.1:9/", null, Map.of("MOTCUA_PORTAL_USER", "u",
                "MOTCUA_PORTAL_PASSWORD", "p"));
        assertThat(env.url()).isEqualTo("http://127.0.0.1:9");
        assertThatThrownBy(() -> PortalConfig.load("http://x", null, Map.of())).hasMessageContaining(
                "MOTCUA_PORTAL_USER");
    }
}
