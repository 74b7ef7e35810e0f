package vn.motcua.domain.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The VietQR payload against the public description of the format (EMVCo merchant-presented TLV, NAPAS template 38,
 * CRC-16/CCITT-FALSE) and against payloads published with open-source implementations and real bank/payment-gateway
 * codes found in public repositories (checked here only as data: the CRC and the structure must agree).
 */
class VietQrTest {

    @Test
    void crc_isCcittFalse_checkValue() {
        // The catalogue check value of CRC-16/CCITT-FALSE over "123456789".
        assertThat(Crc16CcittFalse.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x29B1);
        assertThat(Crc16CcittFalse.hex("")).isEqualTo("FFFF");
    }

    /** Published payloads: amount, BIN, account, purpose as their authors built them, and the whole payload. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // subiz/vietqr README: 120.000 to 0011001932418 at BIN 970415, note "ủng hộ lũ lụt" (folded to ASCII)
        "120000|970415|0011001932418|ủng hộ lũ lụt|"
            + "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA530370454061200005802VN"
            + "62170813ung ho lu lut6304C15C",
        // cuongnm/viet_qr_pay README: a static code (no amount, no note)
        "0|970416|257678859||"
            + "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F",
        // a payment gateway's dynamic code (payOS sample in a public repository): 2.000 đồng, 20-character note
        "2000|970422|VQRQABRLS0448|18f8746b181045f0a2ce|"
            + "00020101021238570010A000000727012700069704220113VQRQABRLS04480208QRIBFTTA5303704540420005802VN"
            + "6224082018f8746b181045f0a2ce63040FC0"
    })
    void payload_reproducesPublishedCodes(long amount, String bin, String account, String purpose, String expected) {
        assertThat(VietQr.payload(bin, account, amount, purpose)).isEqualTo(expected);
    }

    /** Published static codes with a lower-case or upper-case CRC: structure and checksum hold. */
    @ParameterizedTest
    @ValueSource(strings = {
        "00020101021138540010A00000072701240006970422011009119673630208QRIBFTTA53037045802VN63046ad9",
        "00020101021138570010A00000072701270006970405011322082054793800208QRIBFTTA53037045802VN630497A6"
    })
    void parse_acceptsPublishedStaticCodes(String payload) {
        Map<String, String> top = VietQr.parse(payload);
        assertThat(top).containsEntry("00", "01").containsEntry("01", "11").containsEntry("53", "704")
                .containsEntry("58", "VN");
        assertThat(VietQr.objects(top.get("38"))).containsEntry("00", "A000000727").containsEntry("02", "QRIBFTTA");
    }

    @Test
    void feePayload_hasEveryDataObjectTheSpecNames_inOrder() {
        String p = VietQr.payload("970415", "113366668888", 50_000, VietQr.purposeFor("000.00.31.H56-260429-0001"));
        Map<String, String> top = VietQr.parse(p);
        assertThat(top.keySet()).containsExactly("00", "01", "38", "53", "54", "58", "62", "63");
        assertThat(top).containsEntry("00", "01").containsEntry("01", "12").containsEntry("53", "704")
                .containsEntry("54", "50000").containsEntry("58", "VN");
        Map<String, String> account = VietQr.objects(top.get("38"));
        assertThat(account).containsExactly(Map.entry("00", "A000000727"),
                Map.entry("01", "0006970415011211336666888 8".replace(" ", "")), Map.entry("02", "QRIBFTTA"));
        assertThat(VietQr.objects(account.get("01"))).containsExactly(Map.entry("00", "970415"),
                Map.entry("01", "113366668888"));
        assertThat(VietQr.objects(top.get("62"))).containsExactly(Map.entry("08", "000.00.31.H56-260429-0001"));
        assertThat(p).endsWith("6304" + Crc16CcittFalse.hex(p.substring(0, p.length() - 4)));
    }

    @Test
    void integrationNoteSample_checksOut() {
        // ../shared/INTEGRATION.md §4's synthetic fee code (fictitious account): our builder gives the same string.
        String sample = "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA53037045405500005802VN"
                + "62230819LEPHI HS250714-000163042B12";
        assertThat(VietQr.payload("970415", "113366668888", 50_000, "LEPHI HS250714-0001")).isEqualTo(sample);
    }

    @Test
    void parse_refusesABrokenChecksum_orLength() {
        String good = VietQr.payload("970415", "113366668888", 8_000, "X");
        String bad = good.substring(0, good.length() - 1) + (good.endsWith("0") ? "1" : "0");
        assertThatThrownBy(() -> VietQr.parse(bad)).hasMessageContaining("CRC");
        assertThatThrownBy(() -> VietQr.objects("0002")).hasMessageContaining("bad data object");
    }

    @Test
    void refusesWhatCannotBeCarried() {
        assertThat(VietQr.problem("97041", "1")).isPresent();
        assertThat(VietQr.problem("970415", "12345678901234567890")).isPresent();
        assertThat(VietQr.problem("970415", "TK 123")).isPresent();
        assertThatThrownBy(() -> VietQr.payload("970415", "1", 1, "a".repeat(26))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void purpose_isTheDossierCode_fitToTwentyFiveCharacters() {
        assertThat(VietQr.purposeFor("000.00.31.H56-260429-0001")).isEqualTo("000.00.31.H56-260429-0001");
        assertThat(VietQr.purposeFor("000.00.031.H56-260429-0001")).isEqualTo("00000031H56-260429-0001");
        assertThat(VietQr.ascii("Lệ phí Đăng ký")).isEqualTo("Le phi Dang ky");
    }
}
