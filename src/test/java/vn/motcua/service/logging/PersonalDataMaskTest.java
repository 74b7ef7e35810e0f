package vn.motcua.service.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

class PersonalDataMaskTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        ID 038095001234 refused          | ID 0380******34 refused
        phone 0912345678.                | phone 091*****678.
        phone +84912345678               | phone 091*****678
        old CMND 123456789 given         | old CMND 12*****89 given
        code 000.00.01.H22-260429-0001   | code 000.00.01.H22-260429-0001
        2026-04-29T15:30 at desk 1       | 2026-04-29T15:30 at desk 1
        event 6fe8cdbe-aec6-ac671234507f | event 6fe8cdbe-aec6-ac671234507f
        file e5da01c3038095001234f2fe51  | file e5da01c3038095001234f2fe51
        (ID:038095001234)                | (ID:0380******34)
        """)
    void mask_hidesIdsAndPhones_butNotCodesDatesOrHexIds(String raw, String masked) {
        assertThat(PersonalDataMask.mask(raw)).isEqualTo(masked);
    }

    @Test
    void logFiles_neverContainAFullIdNumberOrPhone(@TempDir Path dir) throws Exception {
        LogFiles.install(dir, false);
        LoggerFactory.getLogger("test.masking").warn("Registered applicant {} phone {}", "038095001234",
                "0912345678");
        Path log = dir.resolve("logs/motcua.log");
        String text = Files.readString(log);
        assertThat(text).contains("0380******34").contains("091*****678")
                .doesNotContain("038095001234").doesNotContain("0912345678");
    }

    @Test
    void cardPayload_isMaskedWhole_inMessagesAndInExceptionTraces(@TempDir Path dir) throws Exception {
        String payload = "001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|Thôn Đông, Xã Yên Hòa|15042021";
        assertThat(PersonalDataMask.mask("scanned " + payload + "\nnext line"))
                .isEqualTo("scanned [card payload, 7 fields]\nnext line");
        assertThat(PersonalDataMask.mask("six " + "001090123456|NGUYEN VAN AN|01011990|Nam|Xa Yen Hoa|15042021"))
                .isEqualTo("six [card payload, 6 fields]");
        LogFiles.install(dir, false);
        LoggerFactory.getLogger("test.masking").warn("Scan {} failed", payload,
                new IllegalStateException("could not use " + payload));
        String text = Files.readString(dir.resolve("logs/motcua.log"));
        assertThat(text).contains("[card payload, 7 fields]").contains("IllegalStateException")
                .doesNotContain("001090123456").doesNotContain("NGUYỄN").doesNotContain("01011990")
                .doesNotContain("Yên Hòa");
    }
}
