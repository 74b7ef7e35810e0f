package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.PdfText;
import vn.motcua.print.TemplateSet;

class PrintServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    PrintService print;
    String code;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 30, 9, 5));
        print = desk.ctx().print();
        code = desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức").dossier().code();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private List<String> audits() {
        return desk.ctx().database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT action || ' ' || detail FROM audit WHERE action = 'PRINT' ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    @Test
    void receipt_fromTheStore_carriesOfficeHeaderDossierAndReceiver_andIsAudited() throws Exception {
        byte[] pdf = print.receiptPdf(code, null, desk.admin(), false);
        String t = PdfText.flat(pdf);
        assertThat(t).contains(code, "Nguyễn Văn Đức", "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "Mẫu số 01",
                "Thông tư số 03/2025/TT-VPCP", "Nguyễn Thị Quản Trị", "Quyển số: 2026, Số thứ tự: 1");
        assertThat(audits()).containsExactly("PRINT RECEIPT a5 " + code);
    }

    @Test
    void reprint_isMarkedAndAuditedAsAReprint() throws Exception {
        byte[] pdf = print.receiptPdf(code, PaperFormat.ROLL_80MM, desk.admin(), true);
        assertThat(PdfText.flat(pdf)).contains("BẢN IN LẠI — in lại lúc 09 giờ 05 phút, ngày 30 tháng 04 năm 2026");
        assertThat(audits()).containsExactly("PRINT RECEIPT 80mm REPRINT " + code);
    }

    @Test
    void templateSet_isASetting_defaulting_toTheReceiptDate() throws Exception {
        assertThat(print.templateSet()).isNull();
        assertThat(desk.ctx().calendar().settings().toMap()).containsEntry("print.templateSet", "AUTO");
        assertThat(PdfText.flat(print.formPdf(FormType.CONTROL, code, desk.admin(), FormOptions.NONE)))
                .contains("Mẫu số 06", "Thông tư số 03/2025/TT-VPCP");
        print.setTemplateSet(TemplateSet.TT01_2018, desk.admin());
        String t = PdfText.flat(print.formPdf(FormType.CONTROL, code, desk.admin(), FormOptions.NONE));
        assertThat(t).contains("Mẫu số 05", "Thông tư số 01/2018/TT-VPCP");
        Actor clerk = new Actor("clerk", "Lê Văn Một Cửa", "", "", Role.CLERK);
        assertThatThrownBy(() -> print.setTemplateSet(TemplateSet.TT03_2025, clerk))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void apology_takesReasonAndNewAppointment_andRefusesABadDate() throws Exception {
        String t = PdfText.flat(print.formPdf(FormType.APOLOGY, code, desk.admin(),
                FormOptions.NONE.withReason("Chờ xác minh của cơ quan công an")
                        .withNewAppointment(java.time.LocalDateTime.parse("2026-05-12T09:00"))));
        assertThat(t).contains(code, "Nguyễn Văn Đức", "Chờ xác minh của cơ quan công an",
                "09 giờ 00 phút, ngày 12 tháng 05 năm 2026");
        assertThatThrownBy(() -> print.formPdf(FormType.APOLOGY, code, desk.admin(),
                FormOptions.NONE.withNewAppointment(java.time.LocalDateTime.parse("2026-01-01T09:00"))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).msg().key())
                        .isEqualTo("print.apology.beforeReceipt"))
                .hasMessageContaining("Ngày hẹn lại phải sau thời gian tiếp nhận hồ sơ");
    }

    @Test
    void supplementAndStop_takeTheirTextFromTheDossier() throws Exception {
        desk.ctx().dossiers().apply(code, DossierAction.TRANSFER, desk.admin(), null, null, null);
        desk.ctx().dossiers().apply(code, DossierAction.REQUEST_SUPPLEMENT, desk.admin(),
                "Bổ sung bản sao giấy chứng nhận kết hôn", null, null);
        assertThat(PdfText.flat(print.formPdf(FormType.SUPPLEMENT, code, desk.admin(), null)))
                .contains("Bổ sung bản sao giấy chứng nhận kết hôn", "NGƯỜI HƯỚNG DẪN");
        desk.ctx().dossiers().apply(code, DossierAction.STOP, desk.admin(), "Công dân không bổ sung", null, null);
        assertThat(PdfText.flat(print.formPdf(FormType.STOP, code, desk.admin(), null)))
                .contains("Lý do: Công dân không bổ sung");
        assertThat(PdfText.flat(print.formPdf(FormType.CONTROL, code, desk.admin(), null)))
                .contains("Chuyển xử lý hồ sơ");
        assertThat(audits()).hasSize(3).allMatch(a -> a.startsWith("PRINT "));
    }

    @Test
    void logbook_listsThePeriodsDossiers() throws Exception {
        String second = desk.register("1.004873", "2026-04-30T08:00", "Trần Thị Bình").dossier().code();
        String t = PdfText.flat(print.logbookPdf(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30), desk.admin()));
        assertThat(t).contains(code, second, "Nguyễn Văn Đức", "Trần Thị Bình", "Tổng số: 2 hồ sơ");
        assertThat(PdfText.flat(print.logbookPdf(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 29), desk.admin())))
                .contains("Tổng số: 1 hồ sơ").doesNotContain(second);
        assertThatThrownBy(() -> print.logbookPdf(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                desk.admin())).isInstanceOf(ValidationException.class);
        assertThat(audits()).hasSize(2).allMatch(a -> a.startsWith("PRINT LOGBOOK a4-landscape 2026-04-01.."));
    }

    @Test
    void unknownCode_orNoActor_areRefusedWithoutAudit() {
        assertThatThrownBy(() -> print.receiptPdf("000.00.01.H22-260429-9999", null, desk.admin(), false))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Không tìm thấy hồ sơ");
        assertThatThrownBy(() -> print.receiptPdf(code, null, null, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audits()).isEmpty();
    }

    @Test
    void printSettings_areRememberedPerFormType() {
        assertThat(print.settings(FormType.RECEIPT)).isEqualTo(new PrintService.PrintSettings("", PaperFormat.A5,
                false));
        print.saveSettings(FormType.RECEIPT, new PrintService.PrintSettings("XP-80C", PaperFormat.ROLL_80MM, true),
                desk.admin());
        assertThat(print.settings(FormType.RECEIPT)).isEqualTo(new PrintService.PrintSettings("XP-80C",
                PaperFormat.ROLL_80MM, true));
        assertThat(print.settings(FormType.CONTROL).format()).isEqualTo(PaperFormat.A5);
        assertThat(print.settings(FormType.LOGBOOK).format()).isEqualTo(PaperFormat.A4_LANDSCAPE);
        assertThatThrownBy(() -> print.saveSettings(FormType.LOGBOOK,
                new PrintService.PrintSettings("", PaperFormat.A5, false), desk.admin()))
                .isInstanceOf(ValidationException.class);
        Map<String, String> stored = desk.ctx().database().read(c -> new vn.motcua.store.SettingsRepository().all(c));
        assertThat(stored)
                .containsEntry("print.receipt.printer", "XP-80C").containsEntry("print.receipt.format", "80mm");
    }

    @Test
    void escPos_bytesStartWithInitialiseAndEndWithACut() {
        byte[] raw = print.escPos(print.receiptPdf(code, PaperFormat.ROLL_80MM, desk.admin(), false));
        assertThat(raw[0]).isEqualTo((byte) 0x1B);
        assertThat(raw[1]).isEqualTo((byte) 0x40);
        assertThat(raw[raw.length - 3]).isEqualTo((byte) 0x1D);
        assertThat(raw[raw.length - 2]).isEqualTo((byte) 0x56);
    }

    @Test
    void printingToAMissingPrinter_isAClearRefusal() {
        byte[] pdf = print.receiptPdf(code, null, desk.admin(), false);
        assertThatThrownBy(() -> print.print(pdf, "Không có máy in này", PaperFormat.A5))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Không tìm thấy máy in");
    }
}
