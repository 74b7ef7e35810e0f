package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.HandOver;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Table;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (DOMAIN.md §1.2): one row per hand-over between units worked out from
 * the progress log ("1. Giao: … 2. Nhận: …", the time, whether the step finished before, on or after the time allotted
 * to it), then blank rows for the hand-overs still to come, filled in by hand.
 */
public final class ControlSlipForm {
    private static final int BLANK_ROWS = 2;

    private ControlSlipForm() {
    }

    public static Doc build(FormContext ctx, NoticeData n, PaperFormat paper) {
        Dossier d = n.dossier();
        List<Block> b = NoticeForms.top(ctx, FormType.CONTROL, d);
        b.add(Para.field("Kèm theo hồ sơ của", "Ông/Bà " + d.applicant().fullName()).before(0.4f));
        b.add(FormParts.request(d));
        b.add(FormParts.plainField("Ngày nhận hồ sơ", VnDates.full(d.receivedAt())));
        b.add(FormParts.plainField("Ngày hẹn trả kết quả", d.appointmentAt() == null
                ? "Không có ngày hẹn trả cụ thể theo quy định" : VnDates.full(d.appointmentAt())));
        if (d.rescheduledAt() != null) {
            b.add(FormParts.plainField("Ngày hẹn lại (theo phiếu xin lỗi)", VnDates.full(d.rescheduledAt())));
        }
        b.add(FormParts.plainField("Cơ quan, bộ phận chủ trì giải quyết", FormParts.orBlank(leadUnit(n))));
        b.add(FormParts.plainField("Cơ quan phối hợp giải quyết", FormParts.orBlank(d.interopAgency())));
        b.add(FormParts.plainField("Vào Sổ theo dõi hồ sơ", n.logbook() == null ? "Quyển số: ……, Số thứ tự: ……"
                : n.logbook().text()));
        b.add(new Block.Gap(0.3f));
        b.add(new Table(List.of(new Column(3.2f, Align.LEFT), new Column(3.6f, Align.LEFT),
                new Column(2.4f, Align.CENTER), new Column(2.2f, Align.LEFT)),
                List.of(List.of(HeadCell.of("TÊN CƠ QUAN"), HeadCell.of("THỜI GIAN GIAO, NHẬN HỒ SƠ"),
                        HeadCell.of("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)"), HeadCell.of("GHI CHÚ"))),
                rows(ctx, n), 0.88f));
        b.add(FormParts.note("Ghi chú: Phiếu này đi kèm hồ sơ và Liên 1 của Giấy tiếp nhận; mỗi lần giao, nhận hồ sơ "
                + "giữa các cơ quan, bộ phận đều ghi vào phiếu và ký xác nhận."));
        return NoticeForms.single(ctx, FormType.CONTROL, d, paper, b);
    }

    private static String leadUnit(NoticeData n) {
        if (!n.leadUnit().isBlank()) {
            return n.leadUnit();
        }
        for (ProgressEntry e : n.progress()) {
            if (!e.unit().isBlank() && e != n.progress().get(0)) {
                return e.unit();
            }
        }
        return "";
    }

    /**
     * One row per hand-over between units: the first from the one-stop unit to the processing unit, each judged
     * against the time allotted to the step it ended (worked out by the caller, {@link NoticeData#stepResults}).
     */
    private static List<List<List<Span>>> rows(FormContext ctx, NoticeData n) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (HandOver h : n.handOvers()) {
            String giver = h.from().isBlank() ? ctx.unitSentence() : h.from();
            String taker = h.to().isBlank() ? ctx.unitSentence() : h.to();
            rows.add(List.of(
                    List.of(Span.regular("1. Giao: " + giver + "\n2. Nhận: " + taker)),
                    List.of(Span.regular(VnDates.full(h.at()) + "\n"), Span.italic("Người giao: "),
                            Span.regular(h.giver() + "\n"), Span.italic("Người nhận: "), Span.regular(h.receiver())),
                    List.of(Span.regular(n.stepResult(h.step()))),
                    List.of(Span.regular(h.note()))));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(List.of(List.of(Span.regular("1. Giao: \n2. Nhận: ")),
                    List.of(Span.regular("…… giờ …… phút, ngày …… tháng …… năm ……\n"), Span.italic("Người giao:\n"),
                            Span.italic("Người nhận:")), List.of(), List.of()));
        }
        return rows;
    }

    /**
     * "Trước hạn", "Đúng hạn" or "Quá hạn" for a step handed over at {@code at} whose allotted time ran out at
     * {@code deadline}, compared by date as the statistics do (DOMAIN.md §2.4); blank without a deadline.
     */
    public static String onTime(LocalDateTime at, LocalDateTime deadline) {
        if (deadline == null || at == null) {
            return "";
        }
        int c = at.toLocalDate().compareTo(deadline.toLocalDate());
        return c < 0 ? "Trước hạn" : c == 0 ? "Đúng hạn" : "Quá hạn";
    }
}
