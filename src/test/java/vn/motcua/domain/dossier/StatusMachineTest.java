package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.domain.dossier.DossierFixtures.atAgency;
import static vn.motcua.domain.dossier.DossierFixtures.draft;
import static vn.motcua.domain.dossier.DossierFixtures.inStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.account.Role;

class StatusMachineTest {

    @ParameterizedTest(name = "status {0} allows {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1  | ACCEPT_ONLINE DENY
            2  | TRANSFER WITHDRAW
            3  | ''
            4  | INTEROP_SEND REQUEST_SUPPLEMENT REQUEST_PAYMENT STOP WITHDRAW FINISH
            5  | SUPPLEMENT_RECEIVED STOP WITHDRAW
            6  | PAYMENT_RECEIVED STOP WITHDRAW
            7  | ''
            8  | ''
            9  | RETURN_RESULT
            10 | REVOKE_RETURN
            """)
    void allowedActions_followTheStatusTable(int code, String expected) {
        Dossier d = inStatus(DossierStatus.fromCode(code).orElseThrow());

        assertThat(StatusMachine.allowedActions(d)).containsExactlyElementsOf(actions(expected));
    }

    @Test
    void allowedActions_atInteropAgency_offerReturnInsteadOfSendAndFinish() {
        assertThat(StatusMachine.allowedActions(atAgency())).containsExactly(DossierAction.INTEROP_RETURN,
                DossierAction.REQUEST_SUPPLEMENT, DossierAction.REQUEST_PAYMENT, DossierAction.STOP,
                DossierAction.WITHDRAW);
    }

    @Test
    void allowedActions_ofADraft_areOnlyReceive() {
        assertThat(StatusMachine.allowedActions(draft())).containsExactly(DossierAction.RECEIVE);
        assertThat(StatusMachine.isDraft(draft())).isTrue();
        assertThat(StatusMachine.isDraft(inStatus(DossierStatus.NEW))).isFalse();
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource({
            "CLERK,      ''",
            "SUPERVISOR, ''",
            "ADMIN,      REVOKE_RETURN",
    })
    void allowedActions_forRole_hideRevocationFromNonAdmins(Role role, String expected) {
        assertThat(StatusMachine.allowedActions(inStatus(DossierStatus.DONE), role))
                .containsExactlyElementsOf(actions(expected));
    }

    @Test
    void refusal_namesCurrentStatusAndWhatMustHappenFirst() {
        assertThat(StatusMachine.refusal(inStatus(DossierStatus.PROCESSING), DossierAction.RETURN_RESULT, Role.CLERK))
                .contains("Không thể trả kết quả: hồ sơ đang ở trạng thái «Đang xử lý»; cần «Kết thúc xử lý» trước.");
    }

    @ParameterizedTest(name = "{1} from status {0} as {2} → \"{3}\"")
    @CsvSource(delimiter = '|', textBlock = """
            4  | RETURN_RESULT       | CLERK      | «Đang xử lý»; cần «Kết thúc xử lý» trước
            2  | FINISH              | CLERK      | «Được tiếp nhận»; cần «Chuyển xử lý» trước
            2  | STOP                | SUPERVISOR | «Được tiếp nhận»; cần «Chuyển xử lý» trước
            5  | FINISH              | CLERK      | «Yêu cầu bổ sung giấy tờ»; cần «Nhận bổ sung» trước
            6  | RETURN_RESULT       | CLERK      | cần «Đã thực hiện nghĩa vụ tài chính» trước
            1  | TRANSFER            | CLERK      | «Mới đăng ký»; cần «Tiếp nhận hồ sơ trực tuyến» trước
            4  | ACCEPT_ONLINE       | ADMIN      | chỉ dùng khi hồ sơ ở trạng thái «Mới đăng ký»
            3  | ACCEPT_ONLINE       | ADMIN      | «Không được tiếp nhận»; thao tác này chỉ dùng khi
            7  | TRANSFER            | CLERK      | «Công dân yêu cầu rút hồ sơ»; thao tác này chỉ dùng khi hồ sơ ở trạng thái «Được tiếp nhận»
            8  | SUPPLEMENT_RECEIVED | CLERK      | «Dừng xử lý»; thao tác này chỉ dùng khi
            10 | WITHDRAW            | CLERK      | «Đã trả kết quả»; thao tác này chỉ dùng khi
            9  | FINISH              | CLERK      | Không thể kết thúc xử lý: hồ sơ đang ở trạng thái «Đã xử lý xong»
            9  | REVOKE_RETURN       | ADMIN      | «Đã xử lý xong»; cần «Trả kết quả» trước
            10 | REVOKE_RETURN       | CLERK      | Không thể thu hồi: chỉ người có vai trò «Quản trị»
            10 | REVOKE_RETURN       | SUPERVISOR | (vai trò hiện tại: «Lãnh đạo/Giám sát»)
            9  | RECEIVE             | CLERK      | Không thể tiếp nhận: hồ sơ đã được tiếp nhận
            4  | INTEROP_RETURN      | CLERK      | hồ sơ không ở cơ quan liên thông nào; cần «Chuyển liên thông» trước
            """)
    void refusal_explainsInVietnamese(int code, DossierAction action, Role role, String expectedWords) {
        Dossier d = inStatus(DossierStatus.fromCode(code).orElseThrow());

        assertThat(StatusMachine.refusal(d, action, role)).hasValueSatisfying(m -> assertThat(m)
                .contains(expectedWords));
    }

    @ParameterizedTest(name = "{0} refused at the interop agency")
    @CsvSource({"FINISH, Không thể kết thúc xử lý", "INTEROP_SEND, Không thể chuyển liên thông"})
    void refusal_atInteropAgency_asksToTakeTheDossierBackFirst(DossierAction action, String start) {
        assertThat(StatusMachine.refusal(atAgency(), action, Role.ADMIN)).contains(start
                + ": hồ sơ đang ở cơ quan liên thông «" + DossierFixtures.AGENCY
                + "»; cần «Nhận lại từ liên thông» trước.");
    }

    @Test
    void refusal_ofAnyActionOnADraft_asksToReceiveFirst() {
        assertThat(StatusMachine.refusal(draft(), DossierAction.TRANSFER, Role.CLERK))
                .contains("Không thể chuyển xử lý: hồ sơ chưa được tiếp nhận; cần «Tiếp nhận» trước.");
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "1,  2,  ACCEPT_ONLINE",
            "1,  3,  DENY",
            "2,  4,  TRANSFER",
            "4,  5,  REQUEST_SUPPLEMENT",
            "5,  4,  SUPPLEMENT_RECEIVED",
            "4,  6,  REQUEST_PAYMENT",
            "6,  4,  PAYMENT_RECEIVED",
            "4,  8,  STOP",
            "5,  8,  STOP",
            "6,  8,  STOP",
            "2,  7,  WITHDRAW",
            "6,  7,  WITHDRAW",
            "4,  9,  FINISH",
            "9,  10, RETURN_RESULT",
            "10, 9,  REVOKE_RETURN",
            "4,  4,  ",
            "2,  9,  ",
            "4,  10, ",
            "9,  4,  ",
            "3,  2,  ",
            "2,  2,  ",
    })
    void actionFor_mapsAStatusChangeToItsOnlyAction(int from, int to, DossierAction expected) {
        assertThat(StatusMachine.actionFor(status(from), status(to))).isEqualTo(Optional.ofNullable(expected));
    }

    private static DossierStatus status(int code) {
        return DossierStatus.fromCode(code).orElseThrow();
    }

    private static List<DossierAction> actions(String names) {
        return names.isBlank() ? List.of()
                : Arrays.stream(names.trim().split("\\s+")).map(DossierAction::valueOf).toList();
    }
}
