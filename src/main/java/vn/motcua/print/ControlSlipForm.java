package vn.motcua.print;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Table;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (DOMAIN.md §1.2): one row per hand-over taken from the progress log
 * ("1. Giao: … 2. Nhận: …", the time, whether the step finished before, on or after its deadline), then blank rows
 * for the hand-overs still to come, filled in by hand.
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
        b.add(FormParts.plainField("Cơ quan, bộ phận chủ trì giải quyết", FormParts.orBlank(leadUnit(n.progress()))));
        b.add(FormParts.plainField("Cơ quan phối hợp giải quyết", FormParts.orBlank(d.interopAgency())));
        b.add(FormParts.plainField("Vào Sổ theo dõi hồ sơ", n.logbook() == null ? "Quyển số: ……, Số thứ tự: ……"
                : n.logbook().text()));
        b.add(new Block.Gap(0.3f));
        b.add(new Table(List.of(new Column(3.2f, Align.LEFT), new Column(3.6f, Align.LEFT),
                new Column(2.4f, Align.CENTER), new Column(2.2f, Align.LEFT)),
                List.of(List.of(HeadCell.of("TÊN CƠ QUAN"), HeadCell.of("THỜI GIAN GIAO, NHẬN HỒ SƠ"),
                        HeadCell.of("KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)"), HeadCell.of("GHI CHÚ"))),
                rows(ctx, n.progress()), 0.88f));
        b.add(FormParts.note("Ghi chú: Phiếu này đi kèm hồ sơ và Liên 1 của Giấy tiếp nhận; mỗi lần giao, nhận hồ sơ "
                + "giữa các cơ quan, bộ phận đều ghi vào phiếu và ký xác nhận."));
        return NoticeForms.single(ctx, FormType.CONTROL, d, paper, b);
    }

    private static String leadUnit(List<ProgressEntry> progress) {
        for (ProgressEntry e : progress) {
            if (!e.unit().isBlank() && e != progress.get(0)) {
                return e.unit();
            }
        }
        return "";
    }

    private static List<List<List<Span>>> rows(FormContext ctx, List<ProgressEntry> progress) {
        List<List<List<Span>>> rows = new ArrayList<>();
        for (int i = 1; i < progress.size(); i++) {
            ProgressEntry from = progress.get(i - 1);
            ProgressEntry to = progress.get(i);
            String giver = from.unit().isBlank() ? ctx.unitSentence() : from.unit();
            String taker = to.unit().isBlank() ? ctx.unitSentence() : to.unit();
            rows.add(List.of(
                    List.of(Span.regular("1. Giao: " + giver + "\n2. Nhận: " + taker)),
                    List.of(Span.regular(VnDates.full(to.at()) + "\n"), Span.italic("Người giao: "),
                            Span.regular(from.actor() + "\n"), Span.italic("Người nhận: "), Span.regular(to.actor())),
                    List.of(Span.regular(onTime(to.at(), from.stepDeadline()))),
                    List.of(Span.regular(to.action() + (to.note() == null || to.note().isBlank() ? ""
                            : ": " + to.note())))));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(List.of(List.of(Span.regular("1. Giao: \n2. Nhận: ")),
                    List.of(Span.regular("…… giờ …… phút, ngày …… tháng …… năm ……\n"), Span.italic("Người giao:\n"),
                            Span.italic("Người nhận:")), List.of(), List.of()));
        }
        return rows;
    }

    /** "Trước hạn", "Đúng hạn" (same minute) or "Quá hạn" for a step handed over at {@code at}. */
    static String onTime(LocalDateTime at, LocalDateTime deadline) {
        if (deadline == null) {
            return "";
        }
        LocalDateTime a = at.withSecond(0).withNano(0);
        LocalDateTime dl = deadline.withSecond(0).withNano(0);
        if (a.isBefore(dl)) {
            return "Trước hạn";
        }
        return a.isEqual(dl) ? "Đúng hạn" : "Quá hạn";
    }
}
