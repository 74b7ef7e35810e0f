package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DossierCodeTest {

    private static final AgencyCode H22 = AgencyCode.parse("000.00.01.H22");

    @ParameterizedTest(name = "{0} {1} #{2} → {3}")
    @CsvSource({
            "000.00.01.H22, 2025-03-14, 7, 000.00.01.H22-250314-0007",
            "000.00.00.H56, 2026-12-31, 9999, 000.00.00.H56-261231-9999",
            "000.00.06.H56, 2000-01-01, 1, 000.00.06.H56-000101-0001",
            "123.45.67.X89, 2099-02-28, 1234, 123.45.67.X89-990228-1234",
            "000.00.01.H22, 2028-02-29, 10, 000.00.01.H22-280229-0010"})
    void toString_andParse_roundTrip(String agency, LocalDate date, int sequence, String text) {
        DossierCode code = new DossierCode(AgencyCode.parse(agency), date, sequence);

        assertThat(code).hasToString(text);
        assertThat(DossierCode.parse(text)).isEqualTo(code);
        assertThat(DossierCode.tryParse(text)).contains(code);
        assertThat(DossierCode.problem(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" read as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            000.00.01.h22-250314-0007          | 000.00.01.H22-250314-0007
            ' 000.00.01.H22 - 250314 - 0007 '  | 000.00.01.H22-250314-0007
            000.00.01.H22–250314–0007          | 000.00.01.H22-250314-0007
            """)
    void parse_toleratesCaseSpacesAndTypographicDashes(String raw, String canonical) {
        assertThat(DossierCode.parse(raw)).hasToString(canonical);
    }

    @Test
    void parse_readsTwoDigitYearAs20yy() {
        DossierCode code = DossierCode.parse("000.00.01.H22-991231-0042");

        assertThat(code.agency()).isEqualTo(H22);
        assertThat(code.date()).isEqualTo(LocalDate.of(2099, 12, 31));
        assertThat(code.sequence()).isEqualTo(42);
    }

    @ParameterizedTest(name = "\"{0}\" refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                               | Chưa nhập mã hồ sơ
            000.00.01.H22                    | Mã hồ sơ phải có dạng <mã cơ quan>-YYMMDD-NNNN
            000.00.01.H22-250314             | Mã hồ sơ phải có dạng <mã cơ quan>-YYMMDD-NNNN
            000.00.01.H22-250314-0007-1      | Mã hồ sơ phải có dạng <mã cơ quan>-YYMMDD-NNNN
            000.00.01.H22/250314/0007        | Mã hồ sơ phải có dạng <mã cơ quan>-YYMMDD-NNNN
            00.00.01.H22-250314-0007         | Phần mã cơ quan của mã hồ sơ không hợp lệ: Phần thứ nhất
            000.00.01.22-250314-0007         | Phần mã cơ quan của mã hồ sơ không hợp lệ: Phần cuối
            -250314-0007                     | Phần mã cơ quan của mã hồ sơ không hợp lệ: Chưa nhập
            000.00.01.H22-25031-0007         | Phần ngày tiếp nhận của mã hồ sơ phải gồm 6 chữ số
            000.00.01.H22-2503144-0007       | Phần ngày tiếp nhận của mã hồ sơ phải gồm 6 chữ số
            000.00.01.H22-25O314-0007        | Phần ngày tiếp nhận của mã hồ sơ phải gồm 6 chữ số
            000.00.01.H22-261332-0007        | Ngày tiếp nhận 261332 trong mã hồ sơ không tồn tại: không có tháng 13
            000.00.01.H22-250014-0007        | Ngày tiếp nhận 250014 trong mã hồ sơ không tồn tại: không có tháng 0
            000.00.01.H22-250230-0007        | Ngày tiếp nhận 250230 trong mã hồ sơ không tồn tại: 30/02/2025
            000.00.01.H22-250229-0007        | Ngày tiếp nhận 250229 trong mã hồ sơ không tồn tại: 29/02/2025
            000.00.01.H22-250431-0007        | Ngày tiếp nhận 250431 trong mã hồ sơ không tồn tại: 31/04/2025
            000.00.01.H22-250300-0007        | Ngày tiếp nhận 250300 trong mã hồ sơ không tồn tại: 00/03/2025
            000.00.01.H22-250314-0000        | Số thứ tự cuối mã hồ sơ phải từ 0001 đến 9999
            000.00.01.H22-250314-007         | Số thứ tự cuối mã hồ sơ phải gồm 4 chữ số
            000.00.01.H22-250314-00007       | Số thứ tự cuối mã hồ sơ phải gồm 4 chữ số
            000.00.01.H22-250314-00a7        | Số thứ tự cuối mã hồ sơ phải gồm 4 chữ số
            """)
    void parse_refusesWithAVietnameseReason(String raw, String reason) {
        assertThatIllegalArgumentException().isThrownBy(() -> DossierCode.parse(raw)).withMessageContaining(reason);
        assertThat(DossierCode.tryParse(raw)).isEmpty();
        assertThat(DossierCode.problem(raw)).hasValueSatisfying(p -> assertThat(p.vi()).contains(reason));
        assertThat(DossierCode.problem(raw)).hasValueSatisfying(p -> assertThat(p.render(java.util.Locale.ENGLISH))
                .as("in English").doesNotContainPattern("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]"));
    }

    @Test
    void parse_ofNullAsksForTheCode() {
        assertThat(DossierCode.tryParse(null)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> DossierCode.parse(null))
                .withMessage("Chưa nhập mã hồ sơ");
    }

    @ParameterizedTest(name = "sequence {0} is a programming error")
    @CsvSource({"0", "-1", "10000"})
    void constructor_refusesSequenceOutside1To9999(int sequence) {
        LocalDate day = LocalDate.of(2025, 3, 14);
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode(H22, day, sequence))
                .withMessageContaining("1-9999");
    }

    @ParameterizedTest(name = "year {0} cannot be written with yy")
    @CsvSource({"1999-12-31", "2100-01-01"})
    void constructor_refusesYearsOutside2000To2099(LocalDate date) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DossierCode(H22, date, 1))
                .withMessageContaining("2000-2099");
    }
}
