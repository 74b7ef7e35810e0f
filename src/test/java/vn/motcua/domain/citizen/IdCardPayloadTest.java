package vn.motcua.domain.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdCardPayloadTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 29);
    static final String SEVEN = "001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|"
            + "Thôn Đông, Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình|15042021";

    @Test
    void sevenFields_allReadByPosition() {
        IdCardReading r = IdCardPayload.read(SEVEN + "\r\n", TODAY);
        assertThat(r.ok()).isTrue();
        IdCardPayload c = r.card();
        assertThat(c.raw()).isEqualTo(SEVEN + "\r\n");
        assertThat(c.idNumber()).isEqualTo("001090123456");
        assertThat(c.oldIdNumber()).isEqualTo("012345678");
        assertThat(c.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 1));
        assertThat(c.sex()).isEqualTo(Sex.MALE);
        assertThat(c.address()).isEqualTo("Thôn Đông, Xã Yên Hòa, Huyện Yên Mô, Tỉnh Ninh Bình");
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2021, 4, 15));
        assertThat(c.extraFields()).isEmpty();
        assertThat(c.addressPredatesReorganisation()).isTrue();
        assertThat(c.warnings()).singleElement().asString().contains("01/07/2025").contains("tên xã");
        assertThat(c.toString()).doesNotContain("001090123456").doesNotContain("Nguy").contains("0010******56");
    }

    @Test
    void sevenFields_emptyOldId_femaleBornIn1995() {
        IdCardPayload c = IdCardPayload.read("038195004321||TRẦN THỊ BÌNH|23071995|Nữ|"
                + "Số 12 Ngõ 4, Phường Điện Biên, Quận Ba Đình, Hà Nội|10082022", TODAY).card();
        assertThat(c.oldIdNumber()).isNull();
        assertThat(c.fullName()).isEqualTo("Trần Thị Bình");
        assertThat(c.sex()).isEqualTo(Sex.FEMALE);
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(1995, 7, 23));
    }

    @Test
    void sixFields_withoutTheOldIdField() {
        IdCardPayload c = IdCardPayload.read("001090123456|Nguyễn Văn An|01011990|Nam|Thôn Đông, Xã Yên Hòa|15042021",
                TODAY).card();
        assertThat(c.idNumber()).isEqualTo("001090123456");
        assertThat(c.oldIdNumber()).isNull();
        assertThat(c.fullName()).isEqualTo("Nguyễn Văn An");
        assertThat(c.address()).isEqualTo("Thôn Đông, Xã Yên Hòa");
        assertThat(c.issuedOn()).isEqualTo(LocalDate.of(2021, 4, 15));
    }

    @Test
    void card2024_longerPayload_extraFieldsKept_notBeforeTheReorganisation() {
        String payload = "079304001234||LÊ THỊ HỒNG NHUNG|05032004|Nữ|Tổ 3, Phường Sài Gòn, Thành phố Hồ Chí Minh|"
                + "20082025|NGUYỄN VĂN CHA|PHẠM THỊ MẸ||x";
        IdCardPayload c = IdCardPayload.read(payload, TODAY).card();
        assertThat(c.fullName()).isEqualTo("Lê Thị Hồng Nhung");
        assertThat(c.dateOfBirth()).isEqualTo(LocalDate.of(2004, 3, 5));
        assertThat(c.extraFields()).containsExactly("NGUYỄN VĂN CHA", "PHẠM THỊ MẸ", "", "x");
        assertThat(c.addressPredatesReorganisation()).isFalse();
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void nfd_isComposed_andHighlandNamesKeepTheirCapitals() {
        String nfd = Normalizer.normalize("066190000123||H'HEN NIÊ|12121990|Nữ|Buôn Ko Sier, Xã Ea Kao|01022022",
                Normalizer.Form.NFD);
        IdCardPayload c = IdCardPayload.read(nfd, TODAY).card();
        assertThat(c.fullName()).isEqualTo("H'Hen Niê");
        assertThat(Normalizer.isNormalized(c.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(Normalizer.isNormalized(c.address(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void datesWithSlashes_areAccepted() {
        assertThat(IdCardPayload.read("001090123456||Nguyễn Văn An|01/01/1990|Nam|Xã Yên Hòa|15/04/2021", TODAY).ok())
                .isTrue();
    }

    @Test
    void nameWithoutDiacritics_isFilledWithAWarningPointingToSerialMode() {
        IdCardPayload c = IdCardPayload.read("001090123456||NGUYEN VAN AN|01011990|Nam|Thon Dong, Xa Yen Hoa|"
                + "15042021", TODAY).card();
        assertThat(c.fullName()).isEqualTo("Nguyen Van An");
        assertThat(c.nameWithoutDiacritics()).isTrue();
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w.vi()).contains("không có dấu").contains("cổng nối tiếp"));
        assertThat(c.warnings()).anySatisfy(w -> assertThat(w.key()).isEqualTo(IdCardPayload.NAME_NO_DIACRITICS_KEY));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
        too few fields            ; 001090123456|012345678|NGUYỄN VĂN AN|01011990          ; chỉ có 4 trường
        one field                 ; 001090123456                                          ; chỉ có 1 trường
        date of birth not a date  ; 001090123456||Nguyễn Văn An|32011990|Nam|Xã Yên Hòa|15042021 ; Ngày sinh «32011990»
        date of birth missing     ; 001090123456||Nguyễn Văn An|0101199|Nam|Xã Yên Hòa|15042021  ; Không thấy ngày sinh
        issue date not a date     ; 001090123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|31022021 ; Ngày cấp «31022021»
        issued before birth       ; 001090123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042027 ; Ngày cấp thẻ 15/04/2027
        born in the future        ; 001026123456||Nguyễn Văn An|01012027|Nam|Xã Yên Hòa|15042021 ; Ngày sinh 01/01/2027
        ID of 11 digits           ; 00109012345||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021  ; 12 chữ số
        ID with a letter          ; 00109O123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021 ; Số định danh
        ID century vs birth year  ; 001290123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021 ; không khớp ngày sinh
        ID year vs birth year     ; 001091123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021 ; năm sinh 1991
        ID sex digit vs sex       ; 001190123456||Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021 ; không khớp giới tính
        sex unreadable            ; 001090123456||Nguyễn Văn An|01011990|Male?|Xã Yên Hòa|15042021 ; dấu «?»
        sex unknown word          ; 001090123456||Nguyễn Văn An|01011990|Khác|Xã Yên Hòa|15042021 ; Giới tính «Khác»
        old ID of 8 digits        ; 001090123456|01234567|Nguyễn Văn An|01011990|Nam|Xã Yên Hòa|15042021 ; CMND cũ
        letters became ?          ; 001090123456||NGUY?N V?N AN|01011990|Nam|X? Y?n H?a|15042021 ; dấu «?»
        replacement character     ; 001090123456||NGUY\uFFFDN VĂN AN|01011990|Nam|Xã Yên Hòa|15042021 ; dấu «?»
        letters stripped          ; 001090123456||NGUYN VN AN|01011990|Nam|Thn ng, X Yn Ha|15042021 ; bị mất
        stripped sex              ; 001090123456||NGUYEN THI AN|01011990|N|Thon Dong|15042021   ; bị mất
        stripped address only     ; 001090123456||Nguyễn Văn An|01011990|Nam|Thn ng, X Yn Ha|15042021 ; bị mất
        blank                     ; '   '                                                   ; trống
        """)
    void damaged_givesAReason_andNoCard(String what, String payload, String reasonPart) {
        String text = payload.replace("\\uFFFD", "\uFFFD");
        IdCardReading r = IdCardPayload.read(text, TODAY);
        assertThat(r.ok()).as(what).isFalse();
        assertThat(r.card()).isNull();
        assertThat(r.problem().vi()).as(what).contains(reasonPart);
        assertThat(r.problem().render(java.util.Locale.ENGLISH)).as(what + " in English").doesNotContain("Quét lại")
                .containsPattern("[Ss]can");
    }

    @Test
    void mojibake_utf8ReadAsCp1252_isRefused() throws Exception {
        String garbled = new String(SEVEN.getBytes(StandardCharsets.UTF_8), "windows-1252");
        IdCardReading r = IdCardPayload.read(garbled, TODAY);
        assertThat(r.ok()).isFalse();
        assertThat(r.problem().vi()).contains("sai bảng mã").contains("UTF-8");
        String latin1 = new String(SEVEN.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(IdCardPayload.read(latin1, TODAY).problem().vi()).contains("sai bảng mã");
    }

    @Test
    void addressAbbreviations_areNotMistakenForLostLetters() {
        IdCardReading r = IdCardPayload.read("001090123456||Nguyễn Văn An|01011990|Nam|Số 5, KP 3, P. Tân Định, "
                + "TP Hồ Chí Minh|15042021", TODAY);
        assertThat(r.ok()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
        001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|x|15042021 ; true
        001090123456|012345678                                       ; true
        001090123456                                                 ; false
        00109012345|a|b|c|d                                          ; true
        000.00.01.H22-260429-0001                                    ; false
        https://motcua.example.vn/r/000.00.01.H22-260429-0001?t=abc  ; false
        nguyen|van|an|x|y                                            ; false
        """)
    void looksLikeCard(String text, boolean expected) {
        assertThat(IdCardPayload.looksLikeCard(text)).isEqualTo(expected);
    }
}
