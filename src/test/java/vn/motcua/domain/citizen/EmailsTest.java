package vn.motcua.domain.citizen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailsTest {

    @ParameterizedTest(name = "{0} valid")
    @CsvSource({
            "nguyenvana@gmail.com",
            "tran.thi.b@thanhhoa.gov.vn",
            "ho_so+1@ubnd-xa.vn",
            "A.B@Example.COM",
            "x@y.io"})
    void isValid_acceptsOrdinaryAddresses(String email) {
        assertThat(Emails.isValid(email)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" invalid")
    @CsvSource({
            "''", "nguyenvana", "nguyenvana@", "@gmail.com", "a@@gmail.com", "a@b@gmail.com",
            "a@gmail", "a@gmail.", "a@.gmail.com", "a@gmail..com", "a@-gmail.com", "a@gmail-.com",
            ".a@gmail.com", "a.@gmail.com", "a..b@gmail.com", "'a b@gmail.com'", "a@gmail.c", "a@gmail.c0m",
            "nguyễn@gmail.com", "a@gmail.com.", "a@mail_server.vn"})
    void isValid_refusesMalformedAddresses(String email) {
        assertThat(Emails.isValid(email)).isFalse();
    }

    @Test
    void isValid_refusesNullAndOverlongAddresses() {
        assertThat(Emails.isValid(null)).isFalse();
        assertThat(Emails.isValid("a".repeat(65) + "@gmail.com")).isFalse();
        assertThat(Emails.isValid("a".repeat(64) + "@gmail.com")).isTrue();
        assertThat(Emails.isValid("a@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + "."
                + "e".repeat(60) + ".vn")).isFalse();
    }

    @Test
    void normalize_trimsRemovesSpacesAndLowerCases() {
        assertThat(Emails.normalize("  NguyenVanA @Gmail.com\u00A0")).isEqualTo("nguyenvana@gmail.com");
        assertThat(Emails.normalize(null)).isNull();
    }
}
