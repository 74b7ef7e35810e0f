package vn.motcua.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.domain.rating.RatingToken;

/**
 * The receipt's codes, read back by an independent decoder (zbarimg on a pdftoppm 200-dpi render): the rating URL
 * whose token verifies, the lookup URL, and the Code 128 of the dossier code. Skipped with a message when
 * poppler-utils / zbar-tools are not installed.
 */
class ReceiptCodesTest {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptCodesTest.class);

    static boolean decodersInstalled() {
        boolean ok = PdfText.installed("pdftoppm") && PdfText.installed("zbarimg");
        if (!ok) {
            LOG.warn("SKIPPED: QR decoding needs pdftoppm and zbarimg (apt-get install poppler-utils zbar-tools)");
        }
        return ok;
    }

    @Test
    void qrLinks_carryTheCodeAndAVerifiableToken_butNoPersonalData() {
        QrLinks l = QrLinks.of(PrintFixtures.BASE + "/", PrintFixtures.CODE, PrintFixtures.SECRET);
        assertThat(l.lookup()).isEqualTo(PrintFixtures.BASE + "/tra-cuu/" + PrintFixtures.CODE);
        assertThat(l.rating()).startsWith(PrintFixtures.BASE + "/r/" + PrintFixtures.CODE + "?t=");
        String token = l.rating().substring(l.rating().indexOf("?t=") + 3);
        assertThat(token).hasSizeGreaterThanOrEqualTo(16);
        assertThat(RatingToken.verify(PrintFixtures.SECRET, PrintFixtures.CODE, token)).isTrue();
        assertThat(l.rating() + l.lookup()).doesNotContain("038095001234", "0912345678", "Nguy");
    }

    @ParameterizedTest
    @EnumSource(value = PaperFormat.class, names = {"A5", "A4", "ROLL_80MM"})
    void receiptCodes_decodeFromA200DpiRender(PaperFormat paper, @TempDir Path dir) throws Exception {
        assumeTrue(decodersInstalled(), "pdftoppm/zbarimg not installed");
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025),
                PrintFixtures.receipt(PrintFixtures.dossier(), null), paper));
        List<String> found = PdfText.decodeAll(pdf, dir);
        QrLinks expected = QrLinks.of(PrintFixtures.BASE, PrintFixtures.CODE, PrintFixtures.SECRET);
        // Two copies, each with the rating QR, the lookup QR and the barcode.
        assertThat(found).containsOnly("QR-Code:" + expected.rating(), "QR-Code:" + expected.lookup(),
                "CODE-128:" + PrintFixtures.CODE);
        assertThat(found).hasSize(6);
        String rating = found.stream().filter(s -> s.contains("/r/")).findFirst().orElseThrow();
        String token = rating.substring(rating.indexOf("?t=") + 3);
        assertThat(RatingToken.verify(PrintFixtures.SECRET, PrintFixtures.CODE, token)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = PaperFormat.class, names = {"A5", "A4", "ROLL_80MM"})
    void feeVietQr_decodesToExactlyThePayload_withoutPersonalData(PaperFormat paper, @TempDir Path dir)
            throws Exception {
        assumeTrue(decodersInstalled(), "pdftoppm/zbarimg not installed");
        String payload = vn.motcua.domain.fee.VietQr.payload("970415", "113366668888", 10_000,
                vn.motcua.domain.fee.VietQr.purposeFor(PrintFixtures.CODE));
        var base = PrintFixtures.receipt(PrintFixtures.dossier(), null);
        var data = new ReceiptData(base.dossier(), base.receiverName(), "Lệ phí: 10.000 đồng", base.logbook(),
                base.links(), null, new FeeQr(10_000, payload, "970415", "113366668888", "UBND XA QUANG PHU", null));
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025), data, paper));
        PrintFixtures.save("receipt-vietqr-" + paper.key() + ".pdf", pdf);
        assertThat(PdfRenderer.pageCount(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025), data,
                paper))).isEqualTo(2);
        List<String> found = PdfText.decodeAll(pdf, dir);
        assertThat(found.stream().filter(f -> f.contains("A000000727")).toList())
                .containsExactly("QR-Code:" + payload, "QR-Code:" + payload);
        assertThat(payload).doesNotContain("038095001234", "0912345678", "Nguy", "Duc");
    }

    /**
     * A usual dossier (three documents with two-line names, a fee with its VietQR code) keeps each copy on one page:
     * the copy is laid out again in slightly smaller text when it would spill one line onto a second page.
     */
    @ParameterizedTest
    @EnumSource(value = PaperFormat.class, names = {"A5", "A4"})
    void usualReceiptWithFee_keepsEachCopyOnOnePage(PaperFormat paper) {
        String payload = vn.motcua.domain.fee.VietQr.payload("970436", "0011001234567", 10_000,
                vn.motcua.domain.fee.VietQr.purposeFor(PrintFixtures.CODE));
        var base = PrintFixtures.receipt(PrintFixtures.dossier(), null);
        var d = base.dossier().toBuilder().documents(List.of(
                new vn.motcua.domain.dossier.ReceivedDocument("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu",
                        1, 0, true),
                new vn.motcua.domain.dossier.ReceivedDocument("Giấy tờ tùy thân còn giá trị sử dụng của người yêu cầu "
                        + "(xuất trình)", 1, 0, true),
                new vn.motcua.domain.dossier.ReceivedDocument("Bản án, quyết định ly hôn có hiệu lực hoặc giấy chứng tử "
                        + "của vợ/chồng (trường hợp đã có vợ/chồng)", 0, 1, true))).build();
        var data = new ReceiptData(d, base.receiverName(), "Lệ phí cấp Giấy xác nhận tình trạng hôn nhân: 10.000 đồng",
                base.logbook(), base.links(), null,
                new FeeQr(10_000, payload, "970436", "0011001234567", "UBND XA QUANG PHU", null));
        assertThat(PdfRenderer.pageCount(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025), data,
                paper))).isEqualTo(2);
    }

    @Test
    void escPosRaster_isExactly576DotsWide_andItsQrCodesStillDecode(@TempDir Path dir) throws Exception {
        byte[] pdf = PdfRenderer.render(ReceiptForm.build(PrintFixtures.context(TemplateSet.TT03_2025),
                PrintFixtures.receipt(PrintFixtures.dossier(), null), PaperFormat.ROLL_80MM));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        EscPosRaster.write(pdf, out);
        byte[] b = out.toByteArray();
        assertThat(b[0]).isEqualTo((byte) 0x1B);
        assertThat(b[1]).isEqualTo((byte) 0x40);
        List<java.awt.image.BufferedImage> pages = EscPosParse.rasterPages(b);
        assertThat(pages).hasSize(2);
        for (var img : pages) {
            assertThat(img.getWidth()).isEqualTo(EscPosRaster.DOTS);
            assertThat(img.getHeight()).isGreaterThan(1000);
        }
        for (int i = 0; i < pages.size(); i++) {
            javax.imageio.ImageIO.write(pages.get(i), "png", Path.of("target", "print-samples").toFile().exists()
                    ? Path.of("target", "print-samples", "escpos-" + (i + 1) + ".png").toFile()
                    : dir.resolve("escpos-" + i + ".png").toFile());
        }
        assumeTrue(decodersInstalled(), "zbarimg not installed");
        Path png = dir.resolve("raster.png");
        javax.imageio.ImageIO.write(pages.get(1), "png", png.toFile());
        List<String> found = PdfText.run(List.of("zbarimg", "--quiet", png.toString()));
        QrLinks expected = QrLinks.of(PrintFixtures.BASE, PrintFixtures.CODE, PrintFixtures.SECRET);
        assertThat(found).contains("QR-Code:" + expected.rating(), "QR-Code:" + expected.lookup());
    }
}
