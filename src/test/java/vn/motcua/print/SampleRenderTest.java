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
    }
}
