package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.domain.account.Role;

class DossierActionTest {

    @ParameterizedTest(name = "{0}: «{1}», reason {2}, agency {3}")
    @CsvSource(delimiter = '|', textBlock = """
            RECEIVE             | Tiếp nhận                            | false | false
            ACCEPT_ONLINE       | Tiếp nhận hồ sơ trực tuyến           | false | false
            DENY                | Từ chối tiếp nhận                    | true  | false
            TRANSFER            | Chuyển xử lý                         | false | false
            INTEROP_SEND        | Chuyển liên thông                    | false | true
            INTEROP_RETURN      | Nhận lại từ liên thông               | false | false
            REQUEST_SUPPLEMENT  | Yêu cầu bổ sung                      | true  | false
            SUPPLEMENT_RECEIVED | Nhận bổ sung                         | false | false
            REQUEST_PAYMENT     | Yêu cầu thực hiện nghĩa vụ tài chính | false | false
            PAYMENT_RECEIVED    | Đã thực hiện nghĩa vụ tài chính      | false | false
            STOP                | Dừng xử lý                           | true  | false
            WITHDRAW            | Rút hồ sơ                            | true  | false
            FINISH              | Kết thúc xử lý                       | false | false
            RETURN_RESULT       | Trả kết quả                          | false | false
            REVOKE_RETURN       | Thu hồi                              | true  | false
            """)
    void action_hasItsLabelAndRequirements(DossierAction action, String label, boolean reason, boolean agency) {
        assertThat(action.labelVi()).isEqualTo(label);
        assertThat(action.reasonRequired()).isEqualTo(reason);
        assertThat(action.agencyRequired()).isEqualTo(agency);
    }

    @ParameterizedTest
    @EnumSource(value = DossierAction.class, names = "REVOKE_RETURN", mode = EnumSource.Mode.EXCLUDE)
    void everyActionButRevocation_isOpenToEveryRole(DossierAction action) {
        assertThat(action.allowedRoles()).isEqualTo(EnumSet.allOf(Role.class));
    }

    @Test
    void revocation_isForAdminsOnly() {
        assertThat(DossierAction.REVOKE_RETURN.allowedRoles()).containsExactly(Role.ADMIN);
        assertThat(DossierAction.REVOKE_RETURN.allows(Role.SUPERVISOR)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(DossierAction.class)
    void vietnameseTexts_areNfc(DossierAction action) {
        assertThat(Normalizer.isNormalized(action.labelVi(), Normalizer.Form.NFC)).isTrue();
        assertThat(Normalizer.isNormalized(action.entryTextVi(), Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void entryText_namesTheAgencyOnlyForInterop() {
        assertThat(DossierAction.INTEROP_SEND.entryTextVi("UBND xã Hòa Bình"))
                .isEqualTo("Chuyển liên thông đến UBND xã Hòa Bình");
        assertThat(DossierAction.FINISH.entryTextVi("UBND xã Hòa Bình")).isEqualTo("Kết thúc xử lý hồ sơ");
    }
}
