package vn.motcua.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Every form extracts intact: the code, the applicant's name with its diacritics, the form's key labels. */
class FormsTextTest {
    private static final FormContext CTX = PrintFixtures.context(TemplateSet.TT03_2025);

    private static NoticeData notice() {
        return new NoticeData(PrintFixtures.dossier(), PrintFixtures.progress(), "Thiếu chữ ký của người đi đăng ký",
                LocalDateTime.of(2026, 5, 8, 9, 0), List.of("Bản sao giấy chứng nhận kết hôn của cha mẹ"),
                LocalDateTime.of(2026, 5, 10, 17, 0), "Lê Văn Hộ Tịch, 0237 3812 345", new LogbookRef("2026", 15));
    }

    @ParameterizedTest
    @EnumSource(value = PaperFormat.class, names = {"A5", "A4", "ROLL_80MM"})
    void receipt_extractsEveryFieldOfMau01_onEachPaper(PaperFormat paper) throws Exception {
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(CTX, PrintFixtures.receipt(PrintFixtures.dossier(), null),
                paper));
        PrintFixtures.save("receipt-" + paper.key() + ".pdf", pdf);
        String t = PdfText.flat(pdf);
        assertThat(t).contains(PrintFixtures.CODE, PrintFixtures.NAME, "Mẫu số 01",
                "Thông tư số 03/2025/TT-VPCP", "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Quảng Phú, ngày 29 tháng 04 năm 2026",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Liên 1: Lưu tại Bộ phận Một cửa",
                "Liên 2: Giao người nộp hồ sơ", "038095001234", "Thôn 1, xã Quảng Phú, tỉnh Thanh Hóa",
                "0912345678", "duc.nguyen@example.vn", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "1. Thành phần hồ sơ nộp gồm", "Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh",
                "2. Số lượng hồ sơ: 01 (bộ)", "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc",
                "4. Thời gian nhận hồ sơ: 15 giờ 30 phút, ngày 29 tháng 04 năm 2026",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 15 giờ 30 phút, ngày 06 tháng 05 năm 2026",
                "6. Đăng ký nhận kết quả tại: Tại Bộ phận Một cửa", "Phí, lệ phí (nếu có): Lệ phí: miễn",
                "Vào Sổ theo dõi hồ sơ: Quyển số: 2026, Số thứ tự: 15", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "(Ký và ghi rõ họ tên)", "Trần Thị Tiếp Nhận", "Đánh giá hài lòng", "Tra cứu hồ sơ")
                .doesNotContain("Bản in lại", "BẢN IN LẠI");
    }

    @Test
    void receipt_oneA5PagePerCopy_forAnOrdinaryDossier() {
        assertThat(PdfRenderer.pageCount(ReceiptForm.build(CTX, PrintFixtures.receipt(PrintFixtures.dossier(),
                LocalDateTime.of(2026, 4, 30, 9, 5)), PaperFormat.A5))).isEqualTo(2);
    }

    @Test
    void receipt_reprint_isMarkedWithTheReprintTime() throws Exception {
        String t = PdfText.flat(PdfRenderer.render(ReceiptForm.build(CTX, PrintFixtures.receipt(
                PrintFixtures.dossier(), LocalDateTime.of(2026, 4, 30, 9, 5)), PaperFormat.A5)));
        assertThat(t).contains("BẢN IN LẠI — in lại lúc 09 giờ 05 phút, ngày 30 tháng 04 năm 2026");
    }

    @Test
    void receipt_withoutFixedAppointment_saysSo() throws Exception {
        var d = PrintFixtures.dossier().toBuilder().appointmentAt(null).build();
        String t = PdfText.flat(PdfRenderer.render(ReceiptForm.build(CTX, PrintFixtures.receipt(d, null),
                PaperFormat.A5)));
        assertThat(t).contains("Không có ngày hẹn trả cụ thể theo quy định");
    }

    @Test
    void supplement_listsWhatToAdd_reasonDeadlineAndGuide() throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.supplement(CTX, notice(), PaperFormat.A5));
        PrintFixtures.save("supplement.pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(PrintFixtures.CODE, PrintFixtures.NAME, "Mẫu số 02",
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Bản sao giấy chứng nhận kết hôn của cha mẹ",
                "Lý do: Thiếu chữ ký của người đi đăng ký", "Thời hạn bổ sung: trước 17 giờ 00 phút, ngày 10 tháng 05",
                "NGƯỜI HƯỚNG DẪN", "Lê Văn Hộ Tịch, 0237 3812 345");
    }

    @Test
    void refusal_givesTheReason_andBothSigners() throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.refusal(CTX, notice(), PaperFormat.A5));
        PrintFixtures.save("refusal.pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(PrintFixtures.CODE, PrintFixtures.NAME, "Mẫu số 03",
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Thiếu chữ ký của người đi đăng ký", "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TỪ CHỐI TIẾP NHẬN");
    }

    @Test
    void apology_givesOldAndNewAppointment_andReason() throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.apology(PrintFixtures.context(TemplateSet.TT01_2018), notice(),
                PaperFormat.A5));
        PrintFixtures.save("apology.pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(PrintFixtures.CODE, "Kính gửi: Ông/Bà " + PrintFixtures.NAME,
                "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Thông tư số 01/2018/TT-VPCP",
                "15 giờ 30 phút, ngày 06 tháng 05 năm 2026", "09 giờ 00 phút, ngày 08 tháng 05 năm 2026",
                "Lý do: Thiếu chữ ký", "xin lỗi ông/bà", "Nơi nhận");
    }

    @Test
    void stop_isMau05OfThe2025Set_andGivesTheReason() throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.stop(CTX, notice(), PaperFormat.A5));
        PrintFixtures.save("stop.pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(PrintFixtures.CODE, PrintFixtures.NAME, "Mẫu số 05",
                "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Lý do: Thiếu chữ ký");
    }

    @Test
    void stop_inThe2018Set_hasNoFormNumber_butALegalBasis() throws Exception {
        String t = PdfText.flat(PdfRenderer.render(NoticeForms.stop(PrintFixtures.context(TemplateSet.TT01_2018),
                notice(), PaperFormat.A5)));
        assertThat(t).doesNotContain("Mẫu số").contains("Nghị định số 118/2025/NĐ-CP");
    }

    @Test
    void controlSlip_hasOneRowPerHandOver_withOnTimeLabels() throws Exception {
        var progress = PrintFixtures.progress();
        NoticeData n = new NoticeData(PrintFixtures.dossier(), progress, "", null, List.of(), null, "",
                new LogbookRef("2026", 15), "", "Tư pháp - hộ tịch",
                vn.motcua.domain.dossier.HandOver.of(progress, "Bộ phận Một cửa", "Tư pháp - hộ tịch"),
                List.of("Quá hạn", "Trước hạn"), "");
        byte[] pdf = PdfRenderer.render(ControlSlipForm.build(CTX, n, PaperFormat.A5));
        PrintFixtures.save("control.pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(PrintFixtures.CODE, "Kèm theo hồ sơ của: Ông/Bà " + PrintFixtures.NAME,
                "Mẫu số 06", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "TÊN CƠ QUAN",
                "THỜI GIAN GIAO, NHẬN HỒ SƠ", "GHI CHÚ", "1. Giao: Bộ phận Một cửa", "2. Nhận: Tư pháp - hộ tịch",
                "1. Giao: Tư pháp - hộ tịch", "2. Nhận: Bộ phận Một cửa", "Quá hạn", "Trước hạn", "Người giao", "Người nhận", "Quyển số: 2026, Số thứ tự: 15");
    }

    @Test
    void controlSlip_inThe2018Set_isMau05() throws Exception {
        assertThat(PdfText.flat(PdfRenderer.render(ControlSlipForm.build(PrintFixtures.context(TemplateSet.TT01_2018),
                notice(), PaperFormat.A5)))).contains("Mẫu số 05", "Thông tư số 01/2018/TT-VPCP");
    }

    @Test
    void logbook_isALandscapeTableOfThePeriod_repeatingItsHeader() throws Exception {
        List<LogbookRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var d = PrintFixtures.dossier().toBuilder().code(String.format("000.00.01.H22-2604%02d-%04d", i % 28 + 1,
                    i + 1)).build();
            rows.add(new LogbookRow(i % 3 == 0 ? PrintFixtures.longDossier() : d, "Trần Thị Tiếp Nhận"));
        }
        byte[] pdf = PdfRenderer.render(LogbookForm.build(CTX, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30),
                rows));
        PrintFixtures.save("logbook.pdf", pdf);
        String t = PdfText.flat(pdf);
        assertThat(t).contains("SỔ THEO DÕI HỒ SƠ", "Mẫu số 07", "Từ ngày 01/04/2026 đến ngày 30/04/2026",
                PrintFixtures.NAME, "000.00.01.H22-260402-0002", "Hẹn trả kết quả", "Bên giao (ký tên)",
                "Tổng số: 40 hồ sơ", "NGƯỜI LẬP SỔ");
        int pages = PdfPages.pageCount(pdf);
        assertThat(pages).isGreaterThan(1);
        assertThat(t.split("Ngày nhận kết quả", -1).length - 1).isEqualTo(pages);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var box = doc.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isGreaterThan(box.getHeight());
        }
    }
}
