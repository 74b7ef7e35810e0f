package vn.motcua.domain.office;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeHeadersTest {
    @Test
    void theUsualPrefixes_neverDoubleTheCommittee() {
        assertThat(OfficeHeaders.governingBody("UBND xã Quảng Phú")).isEqualTo("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ");
        assertThat(OfficeHeaders.governingBody("Ủy ban nhân dân xã Quảng Phú"))
                .isEqualTo("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ");
        assertThat(OfficeHeaders.governingBody("ỦY BAN NHÂN DÂN  phường Bến Nghé"))
                .isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG BẾN NGHÉ");
        assertThat(OfficeHeaders.governingBody("Trung tâm Phục vụ hành chính công xã Hòa An"))
                .isEqualTo("ỦY BAN NHÂN DÂN XÃ HÒA AN");
        assertThat(OfficeHeaders.governingBody("Xã Quảng Phú")).isEqualTo("ỦY BAN NHÂN DÂN XÃ QUẢNG PHÚ");
        assertThat(OfficeHeaders.governingBody("ubnd Đặc khu Phú Quốc")).isEqualTo("ỦY BAN NHÂN DÂN ĐẶC KHU PHÚ QUỐC");
    }
}
