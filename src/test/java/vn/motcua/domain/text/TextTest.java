package vn.motcua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Nguyễn Văn Đức          | nguyen van duc
            ĐẶNG THỊ ĐIỆP           | dang thi diep
            đường Lê Lợi            | duong le loi
            a à á ả ã ạ             | a a a a a a
            ă ằ ắ ẳ ẵ ặ             | a a a a a a
            â ầ ấ ẩ ẫ ậ             | a a a a a a
            e è é ẻ ẽ ẹ ê ề ế ể ễ ệ | e e e e e e e e e e e e
            i ì í ỉ ĩ ị             | i i i i i i
            o ò ó ỏ õ ọ ô ồ ố ổ ỗ ộ | o o o o o o o o o o o o
            ơ ờ ớ ở ỡ ợ             | o o o o o o
            u ù ú ủ ũ ụ ư ừ ứ ử ữ ự | u u u u u u u u u u u u
            y ỳ ý ỷ ỹ ỵ             | y y y y y y
            ÀÁẢÃẠ ỲÝỶỸỴ             | aaaaa yyyyy
            Số 12/3, Tổ 5 (xóm Đông) | so 12 3 to 5 xom dong
            '  Hồ—Chí_Minh  '       | ho chi minh
            """)
    void fold_removesTonesAndVowelMarksAndFoldsDd(String input, String expected) {
        assertThat(Text.fold(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "NFC and NFD of {0} fold alike")
    @CsvSource({"Nguyễn Văn Đức", "Phường Hương Sơ", "Trần Thị Ngọc Ánh", "Lưu Hữu Phước"})
    void fold_givesSameKeyForNfcAndNfdInput(String nfcName) {
        String decomposed = nfd(nfcName);
        assertThat(decomposed).isNotEqualTo(nfcName);
        assertThat(Text.fold(decomposed)).isEqualTo(Text.fold(nfcName)).isEqualTo(Text.fold(nfcName.toUpperCase(Locale.ROOT)));
    }

    @Test
    void fold_collapsesMixedWhitespace() {
        assertThat(Text.fold("\tNguyễn\u00A0\u00A0Văn \n Đức\u2003")).isEqualTo("nguyen van duc");
    }

    @Test
    void fold_ofNullIsEmptyKey() {
        assertThat(Text.fold(null)).isEmpty();
    }

    @Test
    void nfc_composesDecomposedInput() {
        String decomposed = "Nguye\u0302\u0303n";
        String result = Text.nfc(decomposed);
        assertThat(result).isEqualTo("Nguy\u1EC5n").hasSize(6);
        assertThat(Normalizer.isNormalized(result, Normalizer.Form.NFC)).isTrue();
    }

    @ParameterizedTest(name = "nfc(\"{0}\") = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '  Lê   Lợi  '               | Lê Lợi
            '\tTổ\t5\t'                  | Tổ 5
            'Xóm\u00A0\u00A0Đông'        | Xóm Đông
            'Ấp\u2009Bắc'                | Ấp Bắc
            '   '                        | ''
            """)
    void nfc_trimsAndCollapsesEveryKindOfWhitespace(String input, String expected) {
        assertThat(Text.nfc(input)).isEqualTo(expected);
    }

    @Test
    void nfc_turnsLineBreaksIntoSpaces() {
        assertThat(Text.nfc("dòng 1\r\n\r\ndòng 2\n")).isEqualTo("dòng 1 dòng 2");
    }

    @Test
    void nfc_stripsControlAndInvisibleFormatCharacters() {
        assertThat(Text.nfc("Hà\u0000 Nội\u0007")).isEqualTo("Hà Nội");
        assertThat(Text.nfc("Cà\u200B Mau\uFEFF")).isEqualTo("Cà Mau");
    }

    @Test
    void nfc_ofNullIsNull() {
        assertThat(Text.nfc(null)).isNull();
    }

    @ParameterizedTest(name = "personName({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            nguyễn văn đức       | Nguyễn Văn Đức
            NGUYỄN VĂN ĐỨC       | Nguyễn Văn Đức
            '  trẦn   thị  ánh ' | Trần Thị Ánh
            đặng ơn ưng          | Đặng Ơn Ưng
            h'hen niê            | H'Hen Niê
            y-moan ênuôl         | Y-Moan Ênuôl
            """)
    void personName_capitalisesEachWord(String input, String expected) {
        assertThat(Text.personName(input)).isEqualTo(expected);
    }

    @Test
    void personName_ofDecomposedInputIsComposed() {
        assertThat(Text.personName(nfd("lưu hữu phước"))).isEqualTo("Lưu Hữu Phước");
    }

    @Test
    void isBlank_treatsInvisibleCharactersAsBlank() {
        assertThat(Text.isBlank("\u00A0\t\u200B")).isTrue();
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" x ")).isFalse();
    }
}
