package vn.motcua.domain.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{1} prefix {0}")
    @CsvSource({
            "032, Viettel", "033, Viettel", "034, Viettel", "035, Viettel", "036, Viettel", "037, Viettel",
            "038, Viettel", "039, Viettel", "086, Viettel", "096, Viettel", "097, Viettel", "098, Viettel",
            "081, VinaPhone", "082, VinaPhone", "083, VinaPhone", "084, VinaPhone", "085, VinaPhone",
            "088, VinaPhone", "091, VinaPhone", "094, VinaPhone",
            "070, MobiFone", "076, MobiFone", "077, MobiFone", "078, MobiFone", "079, MobiFone",
            "089, MobiFone", "090, MobiFone", "093, MobiFone",
            "052, Vietnamobile", "056, Vietnamobile", "058, Vietnamobile", "092, Vietnamobile",
            "059, Gmobile", "099, Gmobile",
            "055, Wintel", "087, iTel"})
    void mobile_everyNetworkPrefixIsAccepted(String prefix, String network) {
        PhoneCheck check = PhoneNumbers.check(prefix + "1234567");

        assertThat(check.valid()).as(network).isTrue();
        assertThat(check.kind()).isEqualTo(PhoneKind.MOBILE);
        assertThat(check.normalized()).isEqualTo(prefix + "1234567");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0912345678          | 0912345678
            +84912345678        | 0912345678
            +84 912 345 678     | 0912345678
            84912345678         | 0912345678
            0084912345678       | 0912345678
            +84 (0) 912 345 678 | 0912345678
            0912.345.678        | 0912345678
            0912-345-678        | 0912345678
            (091) 234-5678      | 0912345678
            ' 0912 345 678 '    | 0912345678
            ０９１２３４５６７８      | 0912345678
            """)
    void mobile_separatorsAndCountryCodeAreNormalised(String raw, String expected) {
        PhoneCheck check = PhoneNumbers.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "landline \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0237 3900 900       | 02373900900
            (0237) 3.900.900    | 02373900900
            +84 237 3900 900    | 02373900900
            84 24 3825 3536     | 02438253536
            028-3829-6052       | 02838296052
            """)
    void landline_areaCodeAndSubscriber_isAccepted(String raw, String expected) {
        PhoneCheck check = PhoneNumbers.check(raw);

        assertThat(check.valid()).isTrue();
        assertThat(check.kind()).isEqualTo(PhoneKind.LANDLINE);
        assertThat(check.normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "prefix {0} refused")
    @CsvSource({"000", "010", "031", "040", "051", "060", "071", "075", "080"})
    void mobile_invalidPrefix_isRefused(String prefix) {
        PhoneCheck check = PhoneNumbers.check(prefix + "1234567");

        assertThat(check.valid()).isFalse();
        assertThat(check.error().vi()).isEqualTo("Đầu số " + prefix + " không phải đầu số di động hợp lệ");
        assertThat(check.error().render(java.util.Locale.ENGLISH)).isEqualTo("Prefix " + prefix + " is not a valid mobile prefix");
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''              | Chưa nhập số điện thoại
            ' - . '         | Chưa nhập số điện thoại
            091234567       | Số điện thoại phải có 10 chữ số (di động) hoặc 11 chữ số (cố định); số vừa nhập có 9
            09123456789     | Số điện thoại phải có 10 chữ số (di động) hoặc 11 chữ số (cố định); số vừa nhập có 11
            02373900900 1   | Số điện thoại phải có 10 chữ số (di động) hoặc 11 chữ số (cố định); số vừa nhập có 12
            0237390090      | Số cố định phải có 11 chữ số
            01689123456     | Đầu số 0168 (11 số) đã chuyển sang số di động 10 số
            912345678       | thiếu số 0 ở đầu
            9123456789      | phải bắt đầu bằng số 0 hoặc +84
            +1 202 555 0147 | Chỉ nhận số điện thoại Việt Nam
            0912 345 67a    | chỉ được gồm chữ số
            0912/345/678    | chỉ được gồm chữ số
            """)
    void invalidNumbers_areRefusedWithAVietnameseReason(String raw, String reason) {
        PhoneCheck check = PhoneNumbers.check(raw);

        assertThat(check.valid()).isFalse();
        assertThat(check.normalized()).isNull();
        assertThat(check.kind()).isNull();
        assertThat(check.error().vi()).contains(reason);
    }

    @Test
    void null_isRefused() {
        assertThat(PhoneNumbers.check(null).error().vi()).isEqualTo("Chưa nhập số điện thoại");
    }

    @ParameterizedTest(name = "mask({0}) = {1}")
    @CsvSource({
            "0912345678, *******678",
            "0912 345 678, *******678",
            "02373900900, ********900",
            "678, ***"})
    void mask_keepsLastThreeDigits(String phone, String masked) {
        assertThat(PhoneNumbers.mask(phone)).isEqualTo(masked);
    }

    @Test
    void mask_ofNullIsNull() {
        assertThat(PhoneNumbers.mask(null)).isNull();
    }
}
