package vn.motcua.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.HandOver;
import vn.motcua.domain.dossier.ReceivedDocument;

/**
 * Every form in both template sets, read back by text extraction against the fields DOMAIN.md §1.2 lists for it
 * (docs/forms.md names the few still missing and why).
 */
class FormFieldsTest {

    private static Dossier dossier() {
        return PrintFixtures.dossier().toBuilder()
                .submitter(Applicant.builder().fullName("Trần Thị Bình").idNumber("038195004321").phone("0987654321").build())
                .documents(List.of(new ReceivedDocument("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, true),
                        new ReceivedDocument("Giấy chứng nhận kết hôn của cha mẹ", 0, 1, true, 2)))
                .build();
    }

    private static NoticeData notice(Dossier d) {
        var progress = PrintFixtures.progress();
        return new NoticeData(d, progress, "Thiếu chữ ký của người đi đăng ký", LocalDateTime.of(2026, 5, 8, 9, 0),
                List.of("Giấy chứng sinh | 1 | 0 | 2", "Ảnh 4x6"), LocalDateTime.of(2026, 5, 10, 17, 0),
                "Lê Văn Hộ Tịch, 0237 3812 345", new LogbookRef("2026", 15), "0912000111", "Tư pháp - hộ tịch",
                HandOver.of(progress, "Bộ phận Một cửa", "Tư pháp - hộ tịch"), List.of("Trước hạn", "Quá hạn"),
                "Phó Chủ tịch");
    }

    private static String header(TemplateSet set) {
        return set == TemplateSet.TT01_2018 ? "Thông tư số 01/2018/TT-VPCP" : "Thông tư số 03/2025/TT-VPCP";
    }

    private static String[] common(TemplateSet set) {
        return new String[] {header(set), "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", PrintFixtures.CODE};
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void receipt_mau01(TemplateSet set) throws Exception {
        Dossier d = dossier();
        var base = PrintFixtures.receipt(d, null);
        String payload = vn.motcua.domain.fee.VietQr.payload("970415", "113366668888", 10_000, d.code());
        var data = new ReceiptData(d, base.receiverName(), "Lệ phí: 10.000 đồng", base.logbook(), base.links(), null,
                new FeeQr(10_000, payload, "970415", "113366668888", "UBND XA QUANG PHU", null));
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(set), data, PaperFormat.A5));
        PrintFixtures.save("fields-receipt-" + set + ".pdf", pdf);
        String t = PdfText.flat(pdf);
        assertThat(t).contains(common(set)).contains("Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Liên 1: Lưu tại Bộ phận Một cửa", "Liên 2: Giao người nộp hồ sơ", "tiếp nhận hồ sơ của: Ông/Bà "
                        + PrintFixtures.NAME, "038095001234", "Địa chỉ: Thôn 1", "Số điện thoại: 0912345678",
                "Email: duc.nguyen@example.vn", "Người nộp hồ sơ (được ủy quyền): Trần Thị Bình",
                "Nội dung yêu cầu giải quyết", "1. Thành phần hồ sơ nộp gồm", "TT Thành phần hồ sơ Số lượng Bản chính "
                        + "Bản chứng thực Bản photo", "Giấy chứng nhận kết hôn của cha mẹ 2 1",
                "2. Số lượng hồ sơ: 01 (bộ)", "3. Thời gian giải quyết hồ sơ theo quy định: 03 ngày làm việc",
                "4. Thời gian nhận hồ sơ: 15 giờ 30 phút, ngày 29 tháng 04 năm 2026",
                "5. Thời gian trả kết quả giải quyết hồ sơ:", "6. Đăng ký nhận kết quả tại",
                "Vào Sổ theo dõi hồ sơ: Quyển số: 2026, Số thứ tự: 15", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                "(Ký và ghi rõ họ tên)", "Trần Thị Bình", "Phí, lệ phí (nếu có): Lệ phí: 10.000 đồng",
                "Nộp phí (VietQR)", "BIN 970415, TK 113366668888 (UBND XA QUANG PHU)", "Mang theo Giấy này")
                .doesNotContain("00 ngày");
        // A procedure without a fixed time limit never prints "00 ngày làm việc".
        Dossier open = d.toBuilder().appointmentAt(null)
                .processingTime(vn.motcua.domain.catalog.ProcessingTime.workingDays(0)).build();
        String t2 = PdfText.flat(PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(set),
                PrintFixtures.receipt(open, null), PaperFormat.A5)));
        assertThat(t2).contains("3. Thời gian giải quyết hồ sơ theo quy định: Không quy định thời hạn giải quyết cụ thể",
                "Không có ngày hẹn trả cụ thể theo quy định").doesNotContain("00 ngày");
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void supplement_mau02(TemplateSet set) throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.supplement(PrintFixtures.context(set), notice(dossier()),
                PaperFormat.A5));
        PrintFixtures.save("fields-supplement-" + set + ".pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(common(set)).contains("Mẫu số 02",
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", PrintFixtures.NAME, "Địa chỉ", "Số điện thoại",
                "Nội dung yêu cầu giải quyết", "Bản chính", "Bản chứng thực", "Bản photo", "Giấy chứng sinh 1 0 2",
                "Ảnh 4x6", "Lý do: Thiếu chữ ký", "Thời hạn bổ sung", "Lê Văn Hộ Tịch, 0237 3812 345",
                "Công chức hướng dẫn: Trần Thị Tiếp Nhận; số điện thoại: 0912000111", "NGƯỜI HƯỚNG DẪN",
                "NGƯỜI NỘP HỒ SƠ", "Trần Thị Bình");
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void refusal_mau03(TemplateSet set) throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.refusal(PrintFixtures.context(set), notice(dossier()),
                PaperFormat.A5));
        PrintFixtures.save("fields-refusal-" + set + ".pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(common(set)).contains("Mẫu số 03",
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", PrintFixtures.NAME, "Nội dung yêu cầu giải quyết",
                "Thiếu chữ ký của người đi đăng ký", "Mọi vướng mắc, đề nghị liên hệ: Lê Văn Hộ Tịch, 0237 3812 345",
                "NGƯỜI NỘP HỒ SƠ", "Trần Thị Bình", "NGƯỜI TỪ CHỐI TIẾP NHẬN");
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void apology_mau04(TemplateSet set) throws Exception {
        byte[] pdf = PdfRenderer.render(NoticeForms.apology(PrintFixtures.context(set), notice(dossier()),
                PaperFormat.A5));
        PrintFixtures.save("fields-apology-" + set + ".pdf", pdf);
        String t = PdfText.flat(pdf);
        assertThat(t).contains(common(set)).contains("Mẫu số 04", "Kính gửi: Ông/Bà " + PrintFixtures.NAME,
                "Địa chỉ", "Số điện thoại", "Ngày 29 tháng 04 năm 2026", "mã hồ sơ " + PrintFixtures.CODE,
                "Thời gian hẹn trả kết quả: 15 giờ 30 phút, ngày 06 tháng 05 năm 2026", "Lý do: Thiếu chữ ký",
                "xin lỗi ông/bà", "09 giờ 00 phút, ngày 08 tháng 05 năm 2026", "KT. THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ",
                "PHÓ CHỦ TỊCH", "Nơi nhận", "Lưu: VT");
        if (set == TemplateSet.TT03_2025) {
            assertThat(t).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                    "đề nghị ông/bà đồng ý gia hạn thời gian giải quyết hồ sơ đến");
        } else {
            assertThat(t).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "hẹn lại thời gian trả kết quả")
                    .doesNotContain("gia hạn");
        }
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void stop_mau05of2025(TemplateSet set) throws Exception {
        String t = PdfText.flat(PdfRenderer.render(NoticeForms.stop(PrintFixtures.context(set), notice(dossier()),
                PaperFormat.A5)));
        assertThat(t).contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Lý do: Thiếu chữ ký", PrintFixtures.CODE);
        assertThat(t).contains(set == TemplateSet.TT03_2025 ? "Mẫu số 05" : "Nghị định số 118/2025/NĐ-CP");
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void controlSlip(TemplateSet set) throws Exception {
        byte[] pdf = PdfRenderer.render(ControlSlipForm.build(PrintFixtures.context(set), notice(dossier()),
                PaperFormat.A5));
        PrintFixtures.save("fields-control-" + set + ".pdf", pdf);
        String t = PdfText.flat(pdf);
        assertThat(t).contains(common(set)).contains(set == TemplateSet.TT03_2025 ? "Mẫu số 06" : "Mẫu số 05",
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Kèm theo hồ sơ của: Ông/Bà " + PrintFixtures.NAME,
                "Ngày nhận hồ sơ", "Ngày hẹn trả kết quả", "Cơ quan, bộ phận chủ trì giải quyết: Tư pháp - hộ tịch",
                "Cơ quan phối hợp giải quyết", "Quyển số: 2026, Số thứ tự: 15", "TÊN CƠ QUAN",
                "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ", "GHI CHÚ",
                "1. Giao: Bộ phận Một cửa 2. Nhận: Tư pháp - hộ tịch", "1. Giao: Tư pháp - hộ tịch 2. Nhận: Bộ phận Một "
                        + "cửa", "Trước hạn", "Quá hạn", "Người giao", "Người nhận");
        assertThat(t.indexOf("Trước hạn")).isLessThan(t.indexOf("Quá hạn"));
    }

    @ParameterizedTest
    @EnumSource(TemplateSet.class)
    void logbook(TemplateSet set) throws Exception {
        Dossier d = dossier();
        byte[] pdf = PdfRenderer.render(LogbookForm.build(PrintFixtures.context(set), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), List.of(new LogbookRow(d, "Trần Thị Tiếp Nhận"))));
        PrintFixtures.save("fields-logbook-" + set + ".pdf", pdf);
        assertThat(PdfText.flat(pdf)).contains(common(set)).contains(set == TemplateSet.TT03_2025 ? "Mẫu số 07"
                        : "Mẫu số 06", "SỔ THEO DÕI HỒ SƠ", "STT", "Mã hồ sơ", "Nội dung hồ sơ", "Số lượng (bộ)",
                "Họ tên chủ hồ sơ", "Địa chỉ", "Số điện thoại", "Nhận hồ sơ", "Hẹn trả kết quả", "Ngày nhận kết quả",
                "Bên giao (ký tên)", "Bên nhận (ký tên)", "Người nhận hồ sơ", "Địa bàn phát sinh", "Ghi chú", "(15)",
                "Xã Quảng Phú", PrintFixtures.NAME);
    }
}
