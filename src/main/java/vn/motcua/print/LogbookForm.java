package vn.motcua.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.citizen.Locality;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Signatures;
import vn.motcua.print.Block.Signer;
import vn.motcua.print.Block.Table;

/** Sổ theo dõi hồ sơ for a period: an A4 landscape table, its two-row header repeated on every page. */
public final class LogbookForm {
    private LogbookForm() {
    }

    public static Doc build(FormContext ctx, LocalDate from, LocalDate to, List<LogbookRow> rows) {
        List<Block> b = new ArrayList<>(FormParts.formNumber(ctx, FormType.LOGBOOK));
        b.add(FormParts.header(ctx, ctx.printedAt().toLocalDate()));
        b.add(FormParts.title(ctx, FormType.LOGBOOK));
        b.add(Para.centered(1f, Span.italic("Từ ngày " + VnDates.date(from) + " đến ngày " + VnDates.date(to))));
        b.add(new Block.Gap(0.5f));
        List<List<List<Span>>> body = new ArrayList<>();
        int i = 1;
        for (LogbookRow r : rows) {
            Dossier d = r.dossier();
            body.add(List.of(cell(String.valueOf(i++)), cell(d.code()),
                    cell(d.procedureName() == null ? d.procedureCode() : d.procedureName()),
                    cell(String.valueOf(d.sets())), cell(d.applicant().fullName()), cell(d.applicant().address()),
                    cell(d.applicant().phone()), cell(stacked(d.receivedAt())),
                    cell(d.appointmentAt() == null ? "Không hẹn" : stacked(d.appointmentAt())),
                    cell(stacked(d.returnedAt())), List.of(), List.of(), cell(r.receiverName()),
                    cell(Locality.of(d.applicant().address())), cell(d.status().labelVi())));
        }
        if (body.isEmpty()) {
            List<List<Span>> empty = new ArrayList<>();
            for (int c = 0; c < 15; c++) {
                empty.add(c == 2 ? List.of(Span.italic("Không có hồ sơ nào trong kỳ")) : List.of());
            }
            body.add(empty);
        }
        List<HeadCell> numbers = new ArrayList<>();
        for (int c = 1; c <= 15; c++) {
            numbers.add(HeadCell.of("(" + c + ")"));
        }
        b.add(new Table(List.of(col(0.7f, Align.CENTER), col(3.4f, Align.LEFT), col(2.2f, Align.LEFT),
                col(1.1f, Align.CENTER), col(1.7f, Align.LEFT), col(1.9f, Align.LEFT), col(1.6f, Align.LEFT),
                col(1.5f, Align.CENTER), col(1.5f, Align.CENTER), col(1.5f, Align.CENTER), col(1f, Align.LEFT),
                col(1f, Align.LEFT), col(1.4f, Align.LEFT), col(1.3f, Align.LEFT), col(1.3f, Align.LEFT)),
                List.of(List.of(new HeadCell("STT", 1, 2), new HeadCell("Mã hồ sơ", 1, 2),
                                new HeadCell("Nội dung hồ sơ (thủ tục)", 1, 2), new HeadCell("Số lượng (bộ)", 1, 2),
                                new HeadCell("Họ tên chủ hồ sơ", 1, 2), new HeadCell("Địa chỉ", 1, 2),
                                new HeadCell("Số điện thoại", 1, 2), new HeadCell("Ngày tháng năm", 2, 1),
                                new HeadCell("Trả kết quả", 3, 1), new HeadCell("Người nhận hồ sơ", 1, 2),
                                new HeadCell("Địa bàn phát sinh", 1, 2), new HeadCell("Ghi chú", 1, 2)),
                        List.of(HeadCell.of("Nhận hồ sơ"), HeadCell.of("Hẹn trả kết quả"),
                                HeadCell.of("Ngày nhận kết quả"), HeadCell.of("Bên giao (ký tên)"),
                                HeadCell.of("Bên nhận (ký tên)")),
                        numbers), body, 0.92f));
        b.add(Para.of(Span.regular("Tổng số: "), Span.bold(rows.size() + " hồ sơ")).before(0.4f));
        b.add(new Signatures(List.of(new Signer(null, "", "", ""),
                new Signer(VnDates.placeAndDate(ctx.office().placeName(), ctx.printedAt().toLocalDate()),
                        "NGƯỜI LẬP SỔ", "(Ký và ghi rõ họ tên)", ctx.clerkName()))));
        return new Doc("Sổ theo dõi hồ sơ " + VnDates.date(from) + " - " + VnDates.date(to), PaperFormat.A4_LANDSCAPE,
                List.of(new Doc.Part("Sổ theo dõi hồ sơ từ " + VnDates.date(from) + " đến " + VnDates.date(to), b)));
    }

    /** "15:30" over "29/04/2026". */
    private static String stacked(java.time.LocalDateTime t) {
        return t == null ? null : String.format("%02d:%02d%n", t.getHour(), t.getMinute()).strip() + "\n"
                + VnDates.date(t.toLocalDate());
    }

    private static Column col(float w, Align a) {
        return new Column(w, a);
    }

    private static List<Span> cell(String text) {
        return text == null ? List.of() : List.of(Span.regular(text));
    }
}
