package vn.motcua.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.ReceivedDocument;

/**
 * A 60-character name, a 120-character address and 15 long document names: every glyph stays inside the page's
 * margins, nothing is cut (every value extracts whole), and the copies simply run onto more pages.
 */
class OverflowTest {

    /** A glyph that sticks out of the printable area. */
    record Outside(int page, String text, float x, float y, float w) {
    }

    static List<Outside> glyphsOutside(byte[] pdf, PaperFormat paper) throws IOException {
        List<Outside> bad = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float pageW = getCurrentPage().getMediaBox().getWidth();
                        float pageH = getCurrentPage().getMediaBox().getHeight();
                        float x = p.getXDirAdj();
                        float y = p.getYDirAdj();
                        float w = p.getWidthDirAdj();
                        boolean inside = x >= paper.left() - 0.5f && x + w <= pageW - paper.right() + 0.5f
                                && y - p.getHeightDir() >= 0 && y <= pageH - paper.bottom() * 0.5f;
                        if (!inside) {
                            bad.add(new Outside(getCurrentPageNo(), p.getUnicode(), x, y, w));
                        }
                    }
                }
            };
            s.getText(doc);
        }
        return bad;
    }

    private static Dossier longer() {
        Dossier d = PrintFixtures.longDossier();
        List<ReceivedDocument> docs = new ArrayList<>(d.documents());
        // A "word" longer than any line must break by characters, not run off the page.
        docs.set(0, new ReceivedDocument("GiấyTờKhôngCóDấuCáchNàoCảĐểThửViệcNgắtDòngTheoKýTựChoĐếnHếtDòngMớiThôi"
                + "VàCònDàiThêmNữa", 1, 0, true));
        return d.toBuilder().documents(docs).build();
    }

    @ParameterizedTest
    @EnumSource(value = PaperFormat.class, names = {"A5", "A4", "ROLL_80MM"})
    void receipt_longValues_stayInsideThePage_andAreNotCut(PaperFormat paper) throws Exception {
        Dossier d = longer();
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025),
                PrintFixtures.receipt(d, LocalDateTime.of(2026, 4, 30, 9, 5)), paper));
        PrintFixtures.save("receipt-long-" + paper.key() + ".pdf", pdf);
        assertThat(d.applicant().fullName()).hasSize(60);
        assertThat(d.applicant().address()).hasSize(120);
        assertThat(d.documents()).hasSize(15);
        assertThat(glyphsOutside(pdf, paper)).isEmpty();
        String flat = PdfText.flat(pdf);
        String joined = flat.replace(" ", "");
        assertThat(flat).contains(d.applicant().fullName(), d.applicant().address(), "NGƯỜI TIẾP NHẬN HỒ SƠ");
        for (ReceivedDocument doc : d.documents()) {
            assertThat(joined).contains(doc.name().replace(" ", ""));
        }
        if (!paper.continuous()) {
            assertThat(PdfPages.pageCount(pdf)).isGreaterThan(2);
            assertThat(flat).contains("Liên 1 · Trang 1/", "Liên 2 · Trang 1/");
        } else {
            assertThat(PdfPages.pageCount(pdf)).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(value = FormType.class, names = {"SUPPLEMENT", "REFUSAL", "APOLOGY", "STOP", "CONTROL"})
    void notices_longValues_stayInsideThePage(FormType type) throws Exception {
        NoticeData n = new NoticeData(longer(), PrintFixtures.progress(), "Lý do rất dài ".repeat(30), null,
                List.of("Nội dung bổ sung dài ".repeat(8), "Mục hai"), null, "", null);
        var ctx = PrintFixtures.context(TemplateSet.TT03_2025);
        Doc doc = switch (type) {
            case SUPPLEMENT -> NoticeForms.supplement(ctx, n, PaperFormat.A5);
            case REFUSAL -> NoticeForms.refusal(ctx, n, PaperFormat.A5);
            case APOLOGY -> NoticeForms.apology(ctx, n, PaperFormat.A5);
            case STOP -> NoticeForms.stop(ctx, n, PaperFormat.A5);
            default -> ControlSlipForm.build(ctx, n, PaperFormat.A5);
        };
        byte[] pdf = PdfRenderer.render(doc);
        assertThat(glyphsOutside(pdf, PaperFormat.A5)).isEmpty();
        assertThat(PdfText.flat(pdf)).contains(n.dossier().applicant().fullName());
    }

    @org.junit.jupiter.api.Test
    void theBoundsCheck_catchesTextOutsideTheMargins() throws Exception {
        byte[] a5 = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025),
                PrintFixtures.receipt(PrintFixtures.dossier(), null), PaperFormat.A5));
        // Judged by A4's 30 mm left margin, the A5 text starting at 15 mm is outside.
        assertThat(glyphsOutside(a5, PaperFormat.A4)).isNotEmpty();
    }

    @org.junit.jupiter.api.Test
    void logbook_longValues_stayInsideThePage() throws Exception {
        List<LogbookRow> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(new LogbookRow(longer(), "Trần Thị Tiếp Nhận"));
        }
        byte[] pdf = PdfRenderer.render(LogbookForm.build(PrintFixtures.context(TemplateSet.TT03_2025),
                java.time.LocalDate.of(2026, 4, 1), java.time.LocalDate.of(2026, 4, 30), rows));
        assertThat(glyphsOutside(pdf, PaperFormat.A4_LANDSCAPE)).isEmpty();
    }
}
