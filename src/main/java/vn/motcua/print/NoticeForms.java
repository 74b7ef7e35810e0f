package vn.motcua.print;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.print.Block.Column;
import vn.motcua.print.Block.HeadCell;
import vn.motcua.print.Block.Para;
import vn.motcua.print.Block.Signatures;
import vn.motcua.print.Block.Signer;
import vn.motcua.print.Block.Table;

/**
 * The notices given to an applicant about a dossier (DOMAIN.md §1.2): request to supplement, refusal, apology with a
 * new appointment, notice of stopping processing. One copy each; A5 by default.
 */
public final class NoticeForms {
    private NoticeForms() {
    }

    /**
     * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: the documents to add with their counts (original / certified copy /
     * photocopy), the reason, the contact officer and phone, signed by the person who submitted and the guide.
     */
    public static Doc supplement(FormContext ctx, NoticeData n, PaperFormat paper) {
        Dossier d = n.dossier();
        List<Block> b = top(ctx, FormType.SUPPLEMENT, d);
        b.addAll(FormParts.applicantLines(d, ctx.unitSentence() + " tiếp nhận hồ sơ của"));
        b.add(FormParts.request(d));
        b.add(Para.of(Span.regular("Ngày tiếp nhận: " + VnDates.full(d.receivedAt()) + ".")));
        b.add(Para.of(Span.regular("Sau khi xem xét, đối chiếu với quy định, " + lower(ctx) + " đề nghị ông/bà bổ sung, "
                + "hoàn thiện hồ sơ gồm những nội dung sau:")).before(0.3f).keepingWithNext());
        List<List<List<Span>>> rows = new ArrayList<>();
        int i = 1;
        for (String item : n.items()) {
            SupplementItem it = SupplementItem.parse(item);
            rows.add(List.of(List.of(Span.regular(String.valueOf(i++))), List.of(Span.regular(it.name())),
                    count(it.originals()), count(it.certified()), count(it.photocopies())));
        }
        while (rows.size() < 2) {
            rows.add(List.of(List.of(Span.regular(String.valueOf(i++))), List.of(Span.regular(" ")), List.of(),
                    List.of(), List.of()));
        }
        b.add(new Table(List.of(new Column(0.9f, Align.CENTER), new Column(7.6f, Align.LEFT),
                new Column(1.7f, Align.CENTER), new Column(1.7f, Align.CENTER), new Column(1.7f, Align.CENTER)),
                List.of(List.of(new HeadCell("TT", 1, 2), new HeadCell("Giấy tờ, nội dung cần bổ sung, hoàn thiện",
                                1, 2), new HeadCell("Số lượng", 3, 1)),
                        List.of(HeadCell.of("Bản chính"), HeadCell.of("Bản chứng thực"), HeadCell.of("Bản photo"))),
                rows, 0.92f));
        b.add(FormParts.plainField("Lý do", FormParts.orBlank(n.reason())).before(0.3f));
        if (n.deadline() != null) {
            b.add(Para.field("Thời hạn bổ sung", "trước " + VnDates.full(n.deadline())));
        }
        b.add(Para.of(Span.regular("Thời gian bổ sung, hoàn thiện hồ sơ không tính vào thời hạn giải quyết. Trong quá "
                + "trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ "
                + (n.contact().isBlank() ? ctx.clerkName() : n.contact()) + " để được hướng dẫn.")));
        b.add(FormParts.plainField("Công chức hướng dẫn", FormParts.orBlank(ctx.clerkName()) + "; số điện thoại: "
                + FormParts.orBlank(n.officerPhone())));
        b.add(new Signatures(List.of(new Signer(null, "NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)",
                        FormParts.submitterName(d)),
                new Signer(null, "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)", ctx.clerkName()))));
        return single(ctx, FormType.SUPPLEMENT, d, paper, b);
    }

    private static List<Span> count(Integer n) {
        return n == null ? List.of() : List.of(Span.regular(String.valueOf(n)));
    }

    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    public static Doc refusal(FormContext ctx, NoticeData n, PaperFormat paper) {
        Dossier d = n.dossier();
        List<Block> b = top(ctx, FormType.REFUSAL, d);
        b.addAll(FormParts.applicantLines(d, ctx.unitSentence() + " tiếp nhận hồ sơ của"));
        b.add(FormParts.request(d));
        b.add(Para.of(Span.regular("Qua xem xét, " + lower(ctx) + " từ chối tiếp nhận, giải quyết hồ sơ này với lý "
                + "do cụ thể như sau:")).before(0.3f));
        b.add(Para.of(Span.bold(FormParts.orBlank(n.reason()))).indented(1.5f, 0));
        b.add(Para.of(Span.regular("Xin thông báo để ông/bà được biết và thực hiện.")).before(0.3f));
        b.add(FormParts.plainField("Mọi vướng mắc, đề nghị liên hệ", n.contact().isBlank()
                ? FormParts.orBlank(ctx.clerkName()) + (n.officerPhone().isBlank() ? ""
                : ", số điện thoại: " + n.officerPhone()) : n.contact()));
        b.add(new Signatures(List.of(new Signer(null, "NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)",
                        FormParts.submitterName(d)),
                new Signer(null, "NGƯỜI TỪ CHỐI TIẾP NHẬN", "(Ký và ghi rõ họ tên)", ctx.clerkName()))));
        return single(ctx, FormType.REFUSAL, d, paper, b);
    }

    /**
     * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Circular 01/2018), or under Circular 03/2025 the "Văn bản xin lỗi và
     * đề nghị gia hạn thời gian giải quyết": the same facts plus the request to extend the time to the new date.
     * Signed by the head of the processing body, or by a deputy on the head's behalf ("KT.").
     */
    public static Doc apology(FormContext ctx, NoticeData n, PaperFormat paper) {
        Dossier d = n.dossier();
        boolean extension = ctx.templates() == TemplateSet.TT03_2025;
        List<Block> b = top(ctx, FormType.APOLOGY, d);
        b.addAll(kinhGui(d));
        b.add(Para.of(Span.regular(upperFirst(VnDates.longDate(d.receivedAt().toLocalDate())) + ", " + lower(ctx)
                + " tiếp nhận hồ sơ của ông/bà, mã hồ sơ "), Span.bold(d.code()),
                Span.regular(", nội dung yêu cầu giải quyết: " + what(d) + ". Thời gian hẹn trả kết quả: "
                        + (d.appointmentAt() == null ? FormParts.BLANK : VnDates.full(d.appointmentAt())) + "."))
                .before(0.4f));
        b.add(Para.of(Span.regular("Tuy nhiên đến nay, hồ sơ của ông/bà chưa giải quyết xong. Lý do: "),
                Span.bold(FormParts.orBlank(n.reason())), Span.regular(".")));
        String newDate = n.newAppointment() == null ? FormParts.BLANK : VnDates.full(n.newAppointment());
        if (extension) {
            b.add(Para.of(Span.regular(upperFirst(lower(ctx)) + " xin lỗi ông/bà vì sự chậm trễ này và đề nghị ông/bà "
                    + "đồng ý gia hạn thời gian giải quyết hồ sơ đến: "), Span.bold(newDate), Span.regular(".")));
            b.add(Para.of(Span.regular("Thời gian trả kết quả mới: "), Span.bold(newDate),
                    Span.regular(". Mong ông/bà thông cảm và quay lại đúng hẹn để nhận kết quả. Trân trọng.")));
        } else {
            b.add(Para.of(Span.regular(upperFirst(lower(ctx)) + " xin lỗi ông/bà vì sự chậm trễ này và hẹn lại thời "
                    + "gian trả kết quả vào: "), Span.bold(newDate), Span.regular(".")));
            b.add(Para.of(Span.regular("Mong ông/bà thông cảm và quay lại đúng hẹn để nhận kết quả. Trân trọng.")));
        }
        b.add(new Signatures(List.of(new Signer(null, "", "", ""), headSigner(n))));
        b.add(noiNhan(ctx));
        return single(ctx, FormType.APOLOGY, d, paper, b);
    }

    /** "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", or "KT. THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ" over the deputy's title. */
    private static Signer headSigner(NoticeData n) {
        String head = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ";
        if (n.deputyTitle().isBlank()) {
            return new Signer(null, head, "(Ký, ghi rõ họ tên và đóng dấu)", "");
        }
        return new Signer(null, "KT. " + head + "\n" + n.deputyTitle().toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "(Ký, ghi rõ họ tên và đóng dấu)", "");
    }

    /** Thông báo dừng giải quyết hồ sơ. */
    public static Doc stop(FormContext ctx, NoticeData n, PaperFormat paper) {
        Dossier d = n.dossier();
        List<Block> b = top(ctx, FormType.STOP, d);
        b.addAll(kinhGui(d));
        b.add(Para.of(Span.regular(upperFirst(lower(ctx)) + " đã tiếp nhận hồ sơ của ông/bà lúc "
                + VnDates.full(d.receivedAt()) + ", mã hồ sơ "), Span.bold(d.code()),
                Span.regular(", nội dung yêu cầu giải quyết: " + what(d) + ".")).before(0.4f));
        b.add(Para.of(Span.regular("Nay " + lower(ctx) + " thông báo dừng giải quyết hồ sơ nêu trên. Lý do: "),
                Span.bold(FormParts.orBlank(n.reason())), Span.regular(".")));
        b.add(Para.of(Span.regular("Đề nghị ông/bà liên hệ " + lower(ctx) + " để nhận lại hồ sơ đã nộp"
                + (n.contact().isBlank() ? "" : " (liên hệ: " + n.contact() + ")") + ". Trân trọng.")));
        b.add(new Signatures(List.of(new Signer(null, "", "", ""),
                new Signer(null, "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ", "(Ký, ghi rõ họ tên và đóng dấu)", ""))));
        b.add(noiNhan(ctx));
        return single(ctx, FormType.STOP, d, paper, b);
    }

    static List<Block> top(FormContext ctx, FormType type, Dossier d) {
        List<Block> b = new ArrayList<>(FormParts.formNumber(ctx, type));
        b.add(FormParts.header(ctx, ctx.printedAt().toLocalDate()));
        b.add(FormParts.title(ctx, type));
        b.add(FormParts.codeLine(d));
        return b;
    }

    static Doc single(FormContext ctx, FormType type, Dossier d, PaperFormat paper, List<Block> blocks) {
        return new Doc(type.labelVi() + " " + d.code(), paper, List.of(new Doc.Part("Mã hồ sơ " + d.code(), blocks)));
    }

    private static List<Block> kinhGui(Dossier d) {
        List<Block> out = new ArrayList<>();
        out.add(Para.of(Span.bold("Kính gửi: Ông/Bà " + d.applicant().fullName())).indented(2, 0).before(0.5f));
        out.add(FormParts.plainField("Địa chỉ", FormParts.orBlank(d.applicant().address())).indented(2, 1.5f));
        out.add(FormParts.contactLine(d.applicant()).indented(2, 1.5f));
        return out;
    }

    private static Para noiNhan(FormContext ctx) {
        return new Para(List.of(Span.bold("Nơi nhận:\n"), Span.regular("- Như trên;\n- " + ctx.unitSentence()
                + ";\n- Lưu: VT, hồ sơ.")), Align.LEFT, 0.78f, 0, 0, 0, false, false);
    }

    private static String what(Dossier d) {
        String w = d.procedureName() == null ? d.procedureCode() : d.procedureName();
        return d.summary() == null || d.summary().isBlank() || d.summary().strip().equals(w) ? w
                : w + " — " + d.summary().strip();
    }

    /** The unit as an object in mid-sentence: "trung tâm phục vụ hành chính công". */
    private static String lower(FormContext ctx) {
        String u = ctx.unitSentence();
        return Character.toLowerCase(u.charAt(0)) + u.substring(1);
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
