package vn.motcua.print;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Picture;
import vn.motcua.print.Block.Pictures;
import vn.motcua.print.Block.Signatures;
import vn.motcua.print.Block.Signer;
import vn.motcua.print.Block.Table;

/**
 * Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (DOMAIN.md §1.2), in two copies: Liên 1 stays with the control
 * slip at the counter, Liên 2 goes to the person who submitted. Carries a Code 128 barcode of the dossier code and the
 * rating and lookup QR codes.
 */
public final class ReceiptForm {
    /** The two copies and what each is for. */
    public static final List<String> COPIES = List.of("Liên 1: Lưu tại Bộ phận Một cửa", "Liên 2: Giao người nộp hồ sơ");

    private ReceiptForm() {
    }

    public static Doc build(FormContext ctx, ReceiptData r, PaperFormat paper) {
        Dossier d = r.dossier();
        // Images made once and shared by both copies (embedded once in the PDF).
        BufferedImage rating = Codes.qr(r.links().rating(), 4);
        BufferedImage lookup = Codes.qr(r.links().lookup(), 4);
        int barModules = Codes.code128Modules(d.code());
        float barMm = Math.min(barModules * 0.25f, paper.contentWidth() * 25.4f / 72f
                * (paper == PaperFormat.ROLL_80MM ? 0.95f : 0.55f));
        BufferedImage barcode = Codes.code128(d.code(), 3, 40);
        BufferedImage feeQr = r.fee() != null && r.fee().hasCode() ? Codes.qr(r.fee().payload(), 4) : null;
        List<Doc.Part> parts = new ArrayList<>();
        for (String copy : COPIES) {
            parts.add(new Doc.Part("Mã hồ sơ " + d.code() + " · " + copy.substring(0, 6),
                    copy(ctx, r, paper, copy, rating, lookup, barcode, barMm, feeQr), true));
        }
        return new Doc("Giấy tiếp nhận hồ sơ " + d.code(), paper, parts);
    }

    private static List<Block> copy(FormContext ctx, ReceiptData r, PaperFormat paper, String copy,
                                    BufferedImage rating, BufferedImage lookup, BufferedImage barcode, float barMm,
                                    BufferedImage feeQr) {
        Dossier d = r.dossier();
        boolean roll = paper == PaperFormat.ROLL_80MM;
        List<Block> b = new ArrayList<>(FormParts.formNumber(ctx, FormType.RECEIPT));
        b.add(FormParts.header(ctx, d.receivedAt().toLocalDate()));
        b.add(FormParts.title(ctx, FormType.RECEIPT));
        b.add(Para.centered(0.9f, Span.italic("(" + copy + ")")));
        if (r.reprint()) {
            b.add(Para.centered(0.95f, Span.bold("BẢN IN LẠI"),
                    Span.regular(" — in lại lúc " + VnDates.full(r.reprintedAt()))).inBox().before(0.3f));
        }
        float qr = roll ? 22 : feeQr == null ? 20 : 18;
        b.add(new Block.Gap(0.2f));
        Picture bar = new Picture(barcode, barMm, roll ? 7 : 8, List.of(Span.regular("Mã hồ sơ: "),
                Span.bold(d.code())));
        Picture rate = new Picture(rating, qr, qr, List.of(Span.bold("Đánh giá hài lòng")));
        Picture find = new Picture(lookup, qr, qr, List.of(Span.bold("Tra cứu hồ sơ")));
        Picture pay = feeQr == null || roll ? null : new Picture(feeQr, qr, qr,
                List.of(Span.bold("Nộp phí (VietQR)")));
        if (roll) {
            b.add(new Pictures(List.of(bar), 0.8f));
            b.add(new Pictures(List.of(rate, find), 0.8f));
        } else {
            b.add(new Pictures(pay == null ? List.of(rate, bar, find) : List.of(rate, bar, find, pay), 0.8f));
        }
        b.addAll(FormParts.applicantLines(d, ctx.unitSentence() + " tiếp nhận hồ sơ của"));
        b.add(FormParts.request(d));
        b.add(Para.of(Span.bold("1. Thành phần hồ sơ nộp gồm:")).before(0.2f).keepingWithNext());
        b.add(documents(d, roll));
        b.add(FormParts.plainField("2. Số lượng hồ sơ", String.format("%02d (bộ)", d.sets())).before(0.2f));
        b.add(FormParts.plainField("3. Thời gian giải quyết hồ sơ theo quy định", statutoryTime(d)));
        b.add(Para.field("4. Thời gian nhận hồ sơ", VnDates.full(d.receivedAt())));
        b.add(Para.field("5. Thời gian trả kết quả giải quyết hồ sơ", d.appointmentAt() == null
                ? "Không có ngày hẹn trả cụ thể theo quy định" : VnDates.full(d.appointmentAt())));
        b.add(FormParts.plainField("6. Đăng ký nhận kết quả tại", d.returnMethod().labelVi()));
        if (r.fee() != null) {
            b.addAll(fee(r.fees(), r.fee(), roll ? feeQr : null));
        } else if (r.fees() != null && !r.fees().isBlank()) {
            b.add(FormParts.plainField("Phí, lệ phí (nếu có)", r.fees()));
        }
        b.add(FormParts.plainField("Vào Sổ theo dõi hồ sơ", r.logbook() == null ? "Quyển số: ……, Số thứ tự: ……"
                : r.logbook().text()));
        b.add(new Signatures(List.of(
                new Signer(null, "NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", FormParts.submitterName(d)),
                new Signer(null, "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", r.receiverName()))));
        b.add(FormParts.note("Ghi chú: Mang theo Giấy này khi đến nhận kết quả; nếu nhờ người khác nhận thay phải có "
                + "giấy ủy quyền. Kết quả có thể được trả sớm hơn ngày hẹn hoặc gửi qua dịch vụ bưu chính công ích nếu "
                + "ông/bà có yêu cầu. Quét mã «Tra cứu hồ sơ» để theo dõi tình trạng hồ sơ; quét mã «Đánh giá hài lòng» "
                + "sau khi nhận kết quả."));
        return b;
    }

    /**
     * Item 3: the statutory time, e.g. "03 ngày làm việc"; a procedure without a fixed time limit (no appointment, or
     * a time of zero that is not "same day") prints that it has none instead of "00 ngày làm việc".
     */
    static String statutoryTime(Dossier d) {
        ProcessingTime t = d.processingTime();
        if (t == null || d.appointmentAt() == null || (t.value() == 0 && t.unit() != TimeUnit.SAME_DAY)) {
            return "Không quy định thời hạn giải quyết cụ thể";
        }
        return t.toVietnamese();
    }

    /**
     * The amount to pay and how (the VietQR code sits with the other codes at the top of an A5/A4 receipt, here on
     * the roll), or the note that it has been paid.
     */
    private static List<Block> fee(String feeText, FeeQr fee, BufferedImage rollQr) {
        List<Block> out = new ArrayList<>();
        String what = feeText == null || feeText.isBlank() ? VnMoney.dong(fee.amountVnd()) : feeText;
        if (fee.paidText() != null) {
            out.add(FormParts.plainField("Phí, lệ phí (nếu có)", what + " — " + fee.paidText()));
            return out;
        }
        if (!fee.hasCode()) {
            out.add(FormParts.plainField("Phí, lệ phí (nếu có)", what));
            return out;
        }
        out.add(new Para(List.of(Span.regular("Phí, lệ phí (nếu có): " + what + " — tiền mặt hoặc mã «Nộp phí (VietQR)» "),
                Span.italic("(" + fee.accountLine() + "; nội dung: mã hồ sơ)")), Align.LEFT, 1f, 0, 1.5f, 0, false,
                false));
        if (rollQr != null) {
            out.add(new Pictures(List.of(new Picture(rollQr, 30, 30, List.of(Span.bold("Nộp phí (VietQR)")))), 0.8f));
        }
        return out;
    }

    /** TT / Thành phần hồ sơ / Số lượng: Bản chính, Bản chứng thực, Bản photo (DOMAIN.md §1.2). */
    private static Table documents(Dossier d, boolean roll) {
        List<List<List<Span>>> rows = new ArrayList<>();
        int i = 1;
        for (ReceivedDocument doc : d.documents()) {
            rows.add(List.of(List.of(Span.regular(String.valueOf(i++))), List.of(Span.regular(doc.name())),
                    count(doc.originals()), count(doc.certifiedCopies()), count(doc.copies())));
        }
        if (rows.isEmpty()) {
            rows.add(List.of(List.of(), List.of(Span.italic("(Không có giấy tờ kèm theo)")), List.of(), List.of(),
                    List.of()));
        }
        // narrow count columns leave the name room for one or two lines, so a usual list keeps each copy on one page
        float n = roll ? 1.9f : 1.6f;
        return new Table(List.of(new Column(roll ? 1.2f : 0.7f, Align.CENTER), new Column(roll ? 5f : 9.0f, Align.LEFT),
                new Column(n, Align.CENTER), new Column(n, Align.CENTER), new Column(n, Align.CENTER)),
                List.of(List.of(new HeadCell("TT", 1, 2), new HeadCell("Thành phần hồ sơ", 1, 2),
                                new HeadCell("Số lượng", 3, 1)),
                        List.of(HeadCell.of("Bản chính"), HeadCell.of("Bản chứng thực"), HeadCell.of("Bản photo"))),
                rows, 0.92f);
    }

    private static List<Span> count(int n) {
        return n == 0 ? List.of() : List.of(Span.regular(String.valueOf(n)));
    }
}
