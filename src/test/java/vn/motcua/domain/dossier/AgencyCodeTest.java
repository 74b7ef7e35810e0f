package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgencyCodeTest {

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000.00.01.H22     | 000.00.01.H22
            000.00.00.H56     | 000.00.00.H56
            000.00.06.h56     | 000.00.06.H56
            '  123.45.67.X89 '| 123.45.67.X89
            """)
    void parse_acceptsTheFourLevelsAndUpperCasesTheLetter(String raw, String expected) {
        AgencyCode code = AgencyCode.parse(raw);

        assertThat(code.value()).isEqualTo(expected);
        assertThat(code).hasToString(expected);
        assertThat(AgencyCode.problem(raw)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                | Chưa nhập mã định danh cơ quan
            000.00.01         | phải gồm 4 phần cách nhau bởi dấu chấm
            000.00.01.H22.01  | phải gồm 4 phần cách nhau bởi dấu chấm
            000-00-01-H22     | phải gồm 4 phần cách nhau bởi dấu chấm
            00.00.01.H22      | Phần thứ nhất của mã định danh cơ quan phải gồm 3 chữ số
            0a0.00.01.H22     | Phần thứ nhất của mã định danh cơ quan phải gồm 3 chữ số
            000.0.01.H22      | Phần thứ hai của mã định danh cơ quan phải gồm 2 chữ số
            000.00.1.H22      | Phần thứ ba của mã định danh cơ quan phải gồm 2 chữ số
            000.00.01.22      | Phần cuối của mã định danh cơ quan phải gồm 1 chữ cái và 2 chữ số
            000.00.01.HH2     | Phần cuối của mã định danh cơ quan phải gồm 1 chữ cái và 2 chữ số
            000.00.01.H222    | Phần cuối của mã định danh cơ quan phải gồm 1 chữ cái và 2 chữ số
            000.00.01.Đ22     | Phần cuối của mã định danh cơ quan phải gồm 1 chữ cái và 2 chữ số
            000.00. 01.H22    | Phần thứ ba
            """)
    void parse_refusesWithAVietnameseReason(String raw, String reason) {
        assertThat(AgencyCode.problem(raw)).hasValueSatisfying(p -> assertThat(p.vi()).contains(reason));
        assertThatIllegalArgumentException().isThrownBy(() -> AgencyCode.parse(raw)).withMessageContaining(reason);
    }

    @Test
    void problem_ofNullAsksForTheCode() {
        assertThat(AgencyCode.problem(null).map(vn.motcua.domain.text.Msg::vi)).contains("Chưa nhập mã định danh cơ quan");
    }

    @Test
    void constructor_insistsOnCanonicalForm() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode("000.00.01.h22"))
                .withMessageContaining("parse()");
        assertThatIllegalArgumentException().isThrownBy(() -> new AgencyCode("000.00.01"))
                .withMessageContaining("4 phần");
        assertThat(new AgencyCode("000.00.01.H22")).isEqualTo(AgencyCode.parse("000.00.01.h22"));
    }
}
