package vn.motcua.print;

import org.junit.jupiter.api.Test;

class SampleRenderTest {
    @Test
    void renderSamples() throws Exception {
        FormContext ctx = PrintFixtures.context(TemplateSet.TT03_2025);
        for (PaperFormat p : new PaperFormat[] {PaperFormat.A5, PaperFormat.A4, PaperFormat.ROLL_80MM}) {
            PrintFixtures.save("receipt-" + p.key() + ".pdf", PdfRenderer.render(ReceiptForm.build(ctx,
                    PrintFixtures.receipt(PrintFixtures.dossier(), null), p)));
        }
        PrintFixtures.save("receipt-long-a5.pdf", PdfRenderer.render(ReceiptForm.build(ctx,
                PrintFixtures.receipt(PrintFixtures.longDossier(), ctx.printedAt()), PaperFormat.A5)));
        NoticeData n = new NoticeData(PrintFixtures.dossier(), PrintFixtures.progress(), "Thiếu chữ ký của cha",
                java.time.LocalDateTime.of(2026, 5, 8, 9, 0), java.util.List.of("Bản sao giấy chứng nhận kết hôn của cha mẹ",
                "Tờ khai có đủ chữ ký"), java.time.LocalDateTime.of(2026, 5, 10, 17, 0), "Lê Văn Hộ Tịch, 0237 3812 345",
                new LogbookRef("2026", 15));
        PrintFixtures.save("supplement.pdf", PdfRenderer.render(NoticeForms.supplement(ctx, n, PaperFormat.A5)));
        PrintFixtures.save("refusal.pdf", PdfRenderer.render(NoticeForms.refusal(ctx, n, PaperFormat.A5)));
        PrintFixtures.save("apology.pdf", PdfRenderer.render(NoticeForms.apology(ctx, n, PaperFormat.A5)));
        PrintFixtures.save("stop.pdf", PdfRenderer.render(NoticeForms.stop(ctx, n, PaperFormat.A5)));
        PrintFixtures.save("control.pdf", PdfRenderer.render(ControlSlipForm.build(ctx, n, PaperFormat.A5)));
        java.util.List<LogbookRow> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new LogbookRow(i % 2 == 0 ? PrintFixtures.dossier() : PrintFixtures.longDossier(), "Trần Thị Tiếp Nhận"));
        }
        PrintFixtures.save("logbook.pdf", PdfRenderer.render(LogbookForm.build(ctx, java.time.LocalDate.of(2026, 4, 1),
                java.time.LocalDate.of(2026, 4, 30), rows)));
    }
}
