package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class ReportExportTest {
    private final PeriodReport report = new PeriodReport(new Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
            List.of(new PeriodRow("HT", "Hộ tịch", 1, 5, 2, 5, 1, 2, 2, 3, 2, 1)),
            new PeriodRow("", "Tổng cộng", 1, 5, 2, 5, 1, 2, 2, 3, 2, 1));

    @Test
    void xlsx_readsBackWithVietnameseHeadingsAndNumbers() throws Exception {
        ReportTable t = PeriodReportTable.of(report, "ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ", "Xã Quảng Phú");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxExport.write(t, out);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            String all = rows.stream().flatMap(r -> r.stream()).filter(c -> c != null && c.getRawValue() != null)
                    .map(c -> c.getRawValue()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(all).contains("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI XÃ QUẢNG PHÚ",
                    "Kỳ báo cáo: Từ ngày 01/04/2026 đến ngày 30/04/2026", "Số hồ sơ đã giải quyết", "Trước hạn",
                    "Đúng hạn", "Lĩnh vực giải quyết", "Hộ tịch", "Tổng cộng");
            Row hoTich = rows.stream().filter(r -> r.getCellCount() > 1 && r.getCell(1) != null
                    && "Hộ tịch".equals(r.getCell(1).getRawValue())).findFirst().orElseThrow();
            assertThat(hoTich.getCell(2).asNumber().intValue()).isEqualTo(8);
            assertThat(hoTich.getCell(12).asNumber().intValue()).isEqualTo(1);
        }
    }

    @Test
    void csv_isUtf8WithBom_quotesCommas_andNeutralisesFormulas() throws Exception {
        ReportTable t = new ReportTable("T", List.of(), List.of("Mã", "Tên"),
                List.of(Arrays.asList("000.00.01.H22-260429-0001", "Nguyễn Văn Đức, con"),
                        Arrays.asList("x", "=HYPERLINK(\"http://evil\")")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(t, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFMã,Tên\r\n")
                .contains("\"Nguyễn Văn Đức, con\"")
                .contains("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    }
}
