package vn.motcua.domain.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitizenIdsTest {

    @ParameterizedTest(name = "{0} ({1}) is a clean personal ID")
    @CsvSource({
            "038095001234, 1995",
            "001301012345, 2001",
            "079188000001, 1988",
            "096200123456, 2000"})
    void personalId_withKnownProvinceAndMatchingYear_isAcceptedWithoutWarnings(String raw, int birthYear) {
        IdCheck check = CitizenIds.check(raw, birthYear);

        assertThat(check.valid()).isTrue();
        assertThat(check.kind()).isEqualTo(IdKind.PERSONAL_ID);
        assertThat(check.normalized()).isEqualTo(raw);
        assertThat(check.warnings()).isEmpty();
        assertThat(check.error()).isNull();
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            038 095 001 234        | 038095001234
            038.095.001.234        | 038095001234
            038-095-001-234        | 038095001234
            ' 038\u00A0095 001234 '| 038095001234
            ０３８０９５００１２３４   | 038095001234
            123 456 789            | 123456789
            123.456.789            | 123456789
            """)
    void separatorsAndFullWidthDigits_areRemoved(String raw, String expected) {
        assertThat(CitizenIds.check(raw, null).normalized()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "province {0} unknown")
    @CsvSource({"003095001234", "000095001234", "097095001234", "999095001234"})
    void personalId_withUnknownProvince_isValidWithWarning(String raw) {
        IdCheck check = CitizenIds.check(raw, 1995);

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).singleElement().asString()
                .contains("Mã tỉnh " + raw.substring(0, 3)).contains("không có trong danh mục");
    }

    @ParameterizedTest(name = "{0} with birth year {1} implies {2}")
    @CsvSource({
            "038095001234, 1985, 1995",
            "038195001234, 2095, 1995",
            "038295001234, 1995, 2095",
            "038301001234, 1901, 2001",
            "038000001234, 2000, 1900"})
    void personalId_whoseCenturyAndYearDisagreeWithBirthYear_isValidWithWarning(
            String raw, int birthYear, int implied) {
        IdCheck check = CitizenIds.check(raw, birthYear);

        assertThat(check.valid()).isTrue();
        assertThat(check.warnings()).singleElement().asString()
                .contains("Năm sinh " + birthYear).contains("năm sinh " + implied);
    }

    @ParameterizedTest(name = "G={0} accepted")
    @CsvSource({"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"})
    void personalId_acceptsEveryCenturyDigit(String g) {
        assertThat(CitizenIds.check("038" + g + "95001234", null).valid()).isTrue();
    }

    @Test
    void personalId_fromAFutureCenturyWithoutBirthYear_warns() {
        assertThat(CitizenIds.check("038495001234", null).warnings()).singleElement().asString().contains("2195");
        assertThat(CitizenIds.check("038395001234", null).warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} → province {1}, year {2}, female {3}")
    @CsvSource({
            "038095001234, 038, 1995, false",
            "001301012345, 001, 2001, true",
            "079188000001, 079, 1988, true",
            "096200123456, 096, 2000, false"})
    void decode_readsProvinceYearAndSex(String id, String province, int year, boolean female) {
        assertThat(CitizenIds.decode(id)).contains(new PersonalIdParts(province, year, female));
    }

    @Test
    void cmnd_nineDigits_isValidWithLegacyWarning() {
        IdCheck check = CitizenIds.check("123456789", 1970);

        assertThat(check.valid()).isTrue();
        assertThat(check.kind()).isEqualTo(IdKind.CMND);
        assertThat(check.warnings()).containsExactly(CitizenIds.CMND_WARNING);
        assertThat(CitizenIds.CMND_WARNING.vi()).contains("01/01/2025");
        assertThat(CitizenIds.CMND_WARNING.render(java.util.Locale.ENGLISH)).contains("01/01/2025").contains("no longer valid");
    }

    @ParameterizedTest(name = "passport {0}")
    @CsvSource({"B1234567, B1234567", "c7654321, C7654321", "n 123 4567, N1234567"})
    void passport_letterAndSevenDigits_isValidAndUpperCased(String raw, String expected) {
        IdCheck check = CitizenIds.check(raw, null);

        assertThat(check.valid()).isTrue();
        assertThat(check.kind()).isEqualTo(IdKind.PASSPORT);
        assertThat(check.normalized()).isEqualTo(expected);
        assertThat(check.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''               | Chưa nhập số giấy tờ
            ' . - '          | Chưa nhập số giấy tờ
            03809500123      | phải gồm 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có 11 chữ số
            0380950012345    | phải gồm 12 chữ số (CMND cũ: 9 chữ số); số vừa nhập có 13 chữ số
            12345678         | số vừa nhập có 8 chữ số
            1234567890       | số vừa nhập có 10 chữ số
            O38095001234     | có chữ cái "O" (có phải số 0?)
            0380950O1234     | có chữ cái "O" (có phải số 0?)
            03809500l234     | có chữ cái "l" (có phải số 1?)
            AB1234567        | có chữ cái "A"
            B123456          | Số hộ chiếu phải gồm 1 chữ cái và 7 chữ số; số vừa nhập có 6 chữ số
            B12345678        | có chữ cái "B" (có phải số 8?)
            B123456789       | Số hộ chiếu phải gồm 1 chữ cái và 7 chữ số; số vừa nhập có 9 chữ số
            038#95001234     | ký tự không hợp lệ: "#"
            038/095/001234   | ký tự không hợp lệ: "/"
            Đ1234567         | ký tự không hợp lệ: "Đ"
            """)
    void invalidNumbers_areRefusedWithAVietnameseReason(String raw, String reason) {
        IdCheck check = CitizenIds.check(raw, null);

        assertThat(check.valid()).isFalse();
        assertThat(check.kind()).isNull();
        assertThat(check.normalized()).isNull();
        assertThat(check.error().vi()).contains(reason);
    }

    @Test
    void null_isRefused() {
        assertThat(CitizenIds.check(null, null).error().vi()).isEqualTo("Chưa nhập số giấy tờ tùy thân");
        assertThat(CitizenIds.check("O38095001234", null).error().render(java.util.Locale.ENGLISH))
                .isEqualTo("A personal identification number has digits only, but this one has the letter \"O\" (did you mean the digit 0?)");
    }

    @ParameterizedTest(name = "province {0} = {1}")
    @CsvSource({"001, Hà Nội", "038, Thanh Hóa", "046, Thừa Thiên Huế", "079, Thành phố Hồ Chí Minh", "096, Cà Mau"})
    void provinceName_knowsThePre2025List(String code, String name) {
        assertThat(CitizenIds.provinceName(code)).contains(name);
    }

    @ParameterizedTest(name = "no province {0}")
    @CsvSource({"003", "038x", "38", "''"})
    void provinceName_ofUnknownCodeIsEmpty(String code) {
        assertThat(CitizenIds.provinceName(code)).isEmpty();
    }

    @Test
    void provinceList_hasTheSixtyThreeOldProvinces() {
        long known = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> String.format("%03d", i))
                .filter(code -> CitizenIds.provinceName(code).isPresent())
                .count();
        assertThat(known).isEqualTo(63);
    }

    @ParameterizedTest(name = "mask({0}) = {1}")
    @CsvSource({
            "038095001234, 0380******34",
            "038 095 001 234, 0380******34",
            "123456789, 1234***89",
            "b1234567, B123**67",
            "123456, ******",
            "12, **"})
    void mask_keepsFirstFourAndLastTwo(String id, String masked) {
        assertThat(CitizenIds.mask(id)).isEqualTo(masked);
    }

    @Test
    void mask_ofNullIsNull() {
        assertThat(CitizenIds.mask(null)).isNull();
    }

    @Test
    void idKind_hasVietnameseLabels() {
        assertThat(IdKind.PERSONAL_ID.labelVi()).isEqualTo("Số định danh cá nhân/CCCD");
        assertThat(IdKind.CMND.labelVi()).isEqualTo("CMND");
        assertThat(IdKind.PASSPORT.labelVi()).isEqualTo("Hộ chiếu");
    }
}
