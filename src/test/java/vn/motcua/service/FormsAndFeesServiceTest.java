package vn.motcua.service;

import vn.motcua.domain.dossier.RegistrationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.domain.fee.VietQr;
import vn.motcua.print.FormType;
import vn.motcua.print.PdfText;
import vn.motcua.report.FeeSummary;
import vn.motcua.report.Period;
import vn.motcua.report.PeriodReport;
import vn.motcua.report.PeriodReportTable;

/** Issue 20 on a real desk database: the logbook line, the template set by date, the fee and its VietQR code. */
class FormsAndFeesServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 30, 9, 5));
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private String register(String procedure, String at) {
        return desk.register(procedure, at, "Nguyễn Văn Đức").dossier().code();
    }

    private String receiptText(String code, boolean reprint) throws Exception {
        return PdfText.flat(desk.ctx().print().receiptPdf(code, null, desk.admin(), reprint));
    }

    @Test
    void logbookLine_isGivenAtRegistration_andAReprintKeepsIt() throws Exception {
        String first = register("1.004873", "2026-04-29T15:30");
        assertThat(receiptText(first, false)).contains("Quyển số: 2026, Số thứ tự: 1");
        // Paper dossiers entered later with earlier receipt dates take the next lines; the first keeps line 1.
        String earlier = register("1.004873", "2026-04-20T08:00");
        String earliest = register("1.004873", "2026-01-05T08:00");
        assertThat(receiptText(first, true)).contains("BẢN IN LẠI", "Quyển số: 2026, Số thứ tự: 1");
        assertThat(receiptText(earlier, false)).contains("Quyển số: 2026, Số thứ tự: 2");
        assertThat(receiptText(earliest, false)).contains("Quyển số: 2026, Số thứ tự: 3");
        // The control slip prints the same line.
        assertThat(PdfText.flat(desk.ctx().print().formPdf(FormType.CONTROL, first, desk.admin(), FormOptions.NONE)))
                .contains("Quyển số: 2026, Số thứ tự: 1");
        // A new year opens a new book.
        String lastYear = register("1.004873", "2025-12-30T08:00");
        assertThat(receiptText(lastYear, false)).contains("Quyển số: 2025, Số thứ tự: 1");
    }

    @Test
    void templateSet_followsTheReceiptDate_unlessOverridden() throws Exception {
        String before = register("1.004873", "2025-06-20T08:00");
        String after = register("1.004873", "2026-04-29T15:30");
        assertThat(receiptText(before, false)).contains("Thông tư số 01/2018/TT-VPCP");
        assertThat(receiptText(after, false)).contains("Thông tư số 03/2025/TT-VPCP");
        String apology2018 = PdfText.flat(desk.ctx().print().formPdf(FormType.APOLOGY, before, desk.admin(),
                FormOptions.NONE.withNewAppointment(java.time.LocalDateTime.parse("2025-07-20T09:00"))));
        assertThat(apology2018).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
        String apology2025 = PdfText.flat(desk.ctx().print().formPdf(FormType.APOLOGY, after, desk.admin(),
                FormOptions.NONE.withNewAppointment(java.time.LocalDateTime.parse("2026-05-12T09:00"))
                        .withDeputy("Phó Chủ tịch")));
        assertThat(apology2025).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "đề nghị ông/bà đồng ý gia hạn thời gian giải quyết hồ sơ đến: 09 giờ 00 phút, ngày 12 tháng 05",
                "KT. THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "PHÓ CHỦ TỊCH");
        // The override is a real setting, listed and settable; a bad value is refused.
        desk.ctx().calendar().putSetting("print.templateSet", "TT01_2018", desk.admin());
        assertThat(desk.ctx().calendar().settings().toMap()).containsEntry("print.templateSet", "TT01_2018");
        assertThat(receiptText(after, false)).contains("Thông tư số 01/2018/TT-VPCP");
        assertThatThrownBy(() -> desk.ctx().calendar().putSetting("print.templateSet", "TT02", desk.admin()))
                .isInstanceOf(ValidationException.class);
        desk.ctx().calendar().putSetting("print.templateSet2025From", "2025-06-01", desk.admin());
        desk.ctx().calendar().putSetting("print.templateSet", "auto", desk.admin());
        assertThat(receiptText(before, false)).contains("Thông tư số 03/2025/TT-VPCP");
    }

    @Test
    void fee_vietQrOnTheReceipt_thenMarkedPaid_auditedAndQueuedForSync() throws Exception {
        desk.ctx().calendar().putSetting("payment.bankBin", "970415", desk.admin());
        desk.ctx().calendar().putSetting("payment.account", "113366668888", desk.admin());
        desk.ctx().calendar().putSetting("payment.accountName", "UBND XA QUANG PHU", desk.admin());
        assertThatThrownBy(() -> desk.ctx().calendar().putSetting("payment.bankBin", "97041", desk.admin()))
                .isInstanceOf(ValidationException.class);
        String code = register("1.004873", "2026-04-29T15:30");
        FeeService.Fee fee = desk.ctx().fees().fee(code);
        assertThat(fee.amountVnd()).isEqualTo(10_000);
        assertThat(fee.payload()).isEqualTo(VietQr.payload("970415", "113366668888", 10_000, code));
        byte[] pdf = desk.ctx().print().receiptPdf(code, null, desk.admin(), false);
        assertThat(PdfText.flat(pdf)).contains("Nộp phí (VietQR)", "BIN 970415, TK 113366668888");
        if (PdfText.installed("pdftoppm") && PdfText.installed("zbarimg")) {
            assertThat(PdfText.decodeAll(pdf, java.nio.file.Files.createDirectories(dir.resolve("png")))).contains("QR-Code:" + fee.payload());
        }

        desk.ctx().fees().markPaid(code, PaymentMethod.TRANSFER, desk.admin(), "FT2612345");
        assertThat(desk.ctx().fees().fee(code).payment()).get().extracting(p -> p.method())
                .isEqualTo(PaymentMethod.TRANSFER);
        assertThat(desk.ctx().fees().fee(code).payload()).isNull();
        assertThat(receiptText(code, true)).contains("đã nộp (chuyển khoản)").doesNotContain("Nộp phí (VietQR)");
        assertThatThrownBy(() -> desk.ctx().fees().markPaid(code, PaymentMethod.CASH, desk.admin(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("đã được ghi nhận");
        String free = register("1.001193", "2026-04-29T16:00");
        assertThatThrownBy(() -> desk.ctx().fees().markPaid(free, PaymentMethod.CASH, desk.admin(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("không có phí");

        List<String> events = desk.ctx().database().read(c -> {
            List<String> out = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT type, payload FROM outbox ORDER BY seq")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return out;
        });
        assertThat(events).filteredOn(e -> e.startsWith("FEE_PAID")).singleElement().asString()
                .contains("\"payment\"", "\"amountVnd\":10000", "\"method\":\"TRANSFER\"", "Thu phí, lệ phí");
        assertThat(events.get(0)).startsWith("DOSSIER_RECEIVED").contains("\"logbook\"", "\"line\":1");
        int audits = desk.ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT count(*) FROM audit WHERE action = 'FEE_PAID'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(audits).isEqualTo(1);

        // The period report counts the fees collected and the share paid by transfer.
        String cash = register("2.000635", "2026-04-30T08:00");
        desk.ctx().fees().markPaid(cash, PaymentMethod.CASH, desk.admin(), null);
        Period period = new Period(java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 4, 30));
        FeeSummary sum = desk.ctx().database().read(c -> FeeSummary.compute(c, period));
        assertThat(sum).isEqualTo(new FeeSummary(2, 18_000, 1, 10_000));
        assertThat(sum.transferShare()).isEqualTo(0.5);
        var table = desk.ctx().database().read(c -> PeriodReportTable.of(PeriodReport.compute(c, period),
                "UBND", "Xã Quảng Phú", FeeSummary.compute(c, period)));
        assertThat(table.headerLines()).contains("Phí, lệ phí đã thu trong kỳ: 2 hồ sơ, 18.000 đồng; nộp bằng chuyển "
                + "khoản: 1 hồ sơ (50,0 %), 10.000 đồng", "Đơn vị nhận báo cáo: Văn phòng Ủy ban nhân dân tỉnh");
    }

    @Test
    void fee_withoutBankAccount_hasNoCode_butSaysWhy() {
        String code = register("1.004873", "2026-04-29T15:30");
        FeeService.Fee fee = desk.ctx().fees().fee(code);
        assertThat(fee.payload()).isNull();
        assertThat(fee.qrProblem().vi()).contains("payment.bankBin");
    }

    @Test
    void notices_carryTheOfficersPhone_theSubmitter_andTheContact() throws Exception {
        desk.ctx().accounts().setPhone(desk.admin(), "admin", "0912 000 111");
        assertThatThrownBy(() -> desk.ctx().accounts().setPhone(desk.admin(), "admin", "12345"))
                .isInstanceOf(ValidationException.class);
        var req = DeskFixture.request("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức", "038095001234");
        req = new RegistrationRequest(req.procedureCode(), req.channel(), req.returnMethod(), req.receivedAt(),
                req.applicant(), new RegistrationRequest.Person("Trần Thị Bình", null, null, "0987654321", null, null),
                req.documents(), req.sets(), req.summary(), req.notes());
        String code = desk.ctx().registration().register(req, desk.admin()).dossier().code();
        String sup = PdfText.flat(desk.ctx().print().formPdf(FormType.SUPPLEMENT, code, desk.admin(),
                FormOptions.NONE.withItems("Giấy khai sinh | 1 | 0 | 2; Ảnh 4x6")));
        assertThat(sup).contains("Bản chính", "Bản chứng thực", "Bản photo", "Giấy khai sinh", "Ảnh 4x6",
                "Công chức hướng dẫn: Nguyễn Thị Quản Trị; số điện thoại: 0912000111", "Trần Thị Bình");
        String ref = PdfText.flat(desk.ctx().print().formPdf(FormType.REFUSAL, code, desk.admin(),
                FormOptions.NONE.withReason("Không thuộc thẩm quyền").withContact("Lê Văn Hộ Tịch, 0237 3812 345")));
        assertThat(ref).contains("Mọi vướng mắc, đề nghị liên hệ: Lê Văn Hộ Tịch, 0237 3812 345", "Trần Thị Bình");
    }

    @Test
    void controlSlip_firstRowGoesToTheCataloguesUnit_andEachStepIsJudgedOnItsOwnTime() throws Exception {
        // Received Wed 29/04 15:30, 3 working days: due Wed 06/05 15:30 (30/04 and 01/05 are holidays). The one-stop
        // unit has 4 working hours to hand over (until Mon 04/05): handing over on the 30th is "Trước hạn". The
        // processing unit has the rest less the one-stop unit's two turns (16 working hours, until Tue 05/05):
        // finishing on Wed 06/05 10:00 is "Quá hạn" for that step, although the dossier is still within its
        // appointment (the overall comparison would say "Đúng hạn").
        String code = register("1.004873", "2026-04-29T15:30");
        desk.ctx().dossiers().apply(code, DossierAction.TRANSFER, desk.admin(), null, null, null);
        desk.close();
        LocalDateTime late = LocalDateTime.of(2026, 5, 6, 10, 0);
        DeskContext later = DeskContext.open(dir, java.time.Clock.fixed(late.atZone(DeskContext.ZONE).toInstant(),
                DeskContext.ZONE));
        try {
            var admin = later.accounts().actor("admin").orElseThrow();
            later.fees();
            later.dossiers().apply(code, DossierAction.FINISH, admin, null, null, null);
            String t = PdfText.flat(later.print().formPdf(FormType.CONTROL, code, admin, FormOptions.NONE));
            assertThat(t).contains("Cơ quan, bộ phận chủ trì giải quyết: Công chức Tư pháp - hộ tịch",
                    "2. Nhận: Công chức Tư pháp - hộ tịch", "1. Giao: Công chức Tư pháp - hộ tịch",
                    "Trước hạn", "Quá hạn").doesNotContain("Đúng hạn");
            assertThat(t.indexOf("2. Nhận: Công chức Tư pháp - hộ tịch"))
                    .isLessThan(t.indexOf("1. Giao: Công chức Tư pháp - hộ tịch"));
        } finally {
            later.close();
            desk = DeskFixture.create(dir.resolve("again"), 1, LocalDateTime.of(2026, 4, 30, 9, 5));
        }
    }
}
