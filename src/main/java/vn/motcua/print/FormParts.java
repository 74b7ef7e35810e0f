package vn.motcua.print;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.print.Block.Header;
import vn.motcua.print.Block.HeaderLine;
import vn.motcua.print.Block.Para;

/** Pieces every one-stop form shares: the form number, the national header, the title, the applicant lines. */
final class FormParts {
    /** Printed where a value is unknown, for the clerk to fill in by hand. */
    static final String BLANK = "………………………………";

    private FormParts() {
    }

    static String orBlank(String s) {
        return s == null || s.isBlank() ? BLANK : s.strip();
    }

    /** "Mẫu số 01" and the legal-basis line, right-aligned and small. */
    static List<Block> formNumber(FormContext ctx, FormType type) {
        List<Span> spans = new ArrayList<>();
        ctx.templates().formLabel(type).ifPresent(label -> spans.add(Span.bold(label + " ")));
        spans.add(Span.italic(ctx.templates().legalBasis(type)));
        return List.of(new Para(spans, Align.RIGHT, 0.72f, 0, 0, 0, false, false), new Block.Gap(0.25f));
    }

    /** The national header with the place and date under the motto. */
    static Header header(FormContext ctx, java.time.LocalDate date) {
        List<HeaderLine> left = new ArrayList<>();
        left.add(new HeaderLine(ctx.governingBody(), TextStyle.REGULAR, 0));
        left.add(new HeaderLine(ctx.unitUpper(), TextStyle.BOLD, 0.4f));
        List<HeaderLine> right = new ArrayList<>();
        right.add(new HeaderLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", TextStyle.BOLD, 0));
        right.add(new HeaderLine("Độc lập - Tự do - Hạnh phúc", TextStyle.BOLD, 1f));
        if (date != null) {
            right.add(new HeaderLine(VnDates.placeAndDate(ctx.office().placeName(), date), TextStyle.ITALIC, 0));
        }
        return new Header(left, right, 0.48f, 0.8f);
    }

    static Para title(FormContext ctx, FormType type) {
        return Para.centered(1.2f, Span.bold(ctx.templates().title(type))).before(0.6f);
    }

    static Para codeLine(Dossier d) {
        return Para.centered(1f, Span.regular("Mã hồ sơ: "), Span.bold(d.code()));
    }

    /** The applicant's contact line, "Số điện thoại: … ; Email: …", the one block every form prints it with. */
    static Para contactLine(Applicant a) {
        return plainField("Số điện thoại", orBlank(a.phone()) + (a.email() == null ? "" : "; Email: " + a.email()));
    }

    /** Name, ID, address, phone and e-mail of the dossier owner (and the submitter when someone else submitted). */
    static List<Block> applicantLines(Dossier d, String subjectLabel) {
        Applicant a = d.applicant();
        List<Block> out = new ArrayList<>();
        out.add(Para.field(subjectLabel, "Ông/Bà " + a.fullName()).before(0.5f));
        if (a.idNumber() != null) {
            out.add(Para.field("Số định danh cá nhân/CCCD/Hộ chiếu", a.idNumber()));
        }
        out.add(plainField("Địa chỉ", orBlank(a.address())));
        out.add(contactLine(a));
        Applicant s = d.submitter();
        if (s != null && !s.fullName().equals(a.fullName())) {
            out.add(Para.field("Người nộp hồ sơ (được ủy quyền)", s.fullName()
                    + (s.idNumber() == null ? "" : ", số định danh " + s.idNumber())
                    + (s.phone() == null ? "" : ", điện thoại " + s.phone())));
        }
        return out;
    }

    /** Who signs as "Người nộp hồ sơ": the person who actually submitted (the owner unless someone else did). */
    static String submitterName(Dossier d) {
        return d.submitter() != null && !d.submitter().fullName().isBlank() ? d.submitter().fullName()
                : d.applicant().fullName();
    }

    /** "Label: value" with the value in regular type. */
    static Para plainField(String label, String value) {
        return new Para(List.of(Span.regular(label + ": "), Span.regular(value)), Align.LEFT, 1f, 0, 1.5f, 0, false,
                false);
    }

    /** "Nội dung yêu cầu giải quyết: procedure (summary)". */
    static Para request(Dossier d) {
        String what = d.procedureName() == null ? d.procedureCode() : d.procedureName();
        if (d.summary() != null && !d.summary().isBlank() && !d.summary().strip().equals(what)) {
            what = what + " — " + d.summary().strip();
        }
        return plainField("Nội dung yêu cầu giải quyết", what);
    }

    /** The note at the bottom of a page, small italic. */
    static Para note(String text) {
        return Para.of(Span.italic(text)).scaled(0.74f).before(0.3f);
    }
}
