package vn.motcua.service;

import vn.motcua.domain.dossier.RegistrationRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.store.Json;

/** What an ID-card scan adds to the applicant (sex, the old CMND as another identifier): stored, found, recalled. */
class ApplicantCardFieldsTest {
    @TempDir
    Path dir;
    private DeskFixture desk;

    @BeforeEach
    void open() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private RegistrationRequest request(String sex, String otherId) {
        return new RegistrationRequest("1.004873", "direct", "counter", "2026-04-29T09:00",
                new RegistrationRequest.Person("Nguyễn Văn An", "001090123456", "1990-01-01", null, null,
                        "Thôn Đông, Xã Yên Hòa", sex, otherId), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null);
    }

    @Test
    void sexAndOldId_areStored_searchable_recalled_andCarriedInTheSyncEvent() throws Exception {
        Dossier d = desk.ctx().registration().register(request("Nam", "012345678"), desk.admin()).dossier();
        Dossier shown = desk.ctx().dossiers().show(d.code(), desk.admin()).orElseThrow().dossier();
        assertThat(shown.applicant().sex()).isEqualTo(Sex.MALE);
        assertThat(shown.applicant().otherIdNumber()).isEqualTo("012345678");
        assertThat(desk.ctx().dossiers().search("012345678", 10)).extracting(Dossier::code).containsExactly(d.code());
        assertThat(desk.ctx().dossiers().search("001090123456", 10)).extracting(Dossier::code)
                .containsExactly(d.code());
        var recalled = desk.ctx().dossiers().recallApplicant("001090123456").orElseThrow();
        assertThat(recalled.sex()).isEqualTo(Sex.MALE);
        assertThat(recalled.otherIdNumber()).isEqualTo("012345678");
        // the outbox event (what sync sends) carries them, and reads back into the same applicant
        String json = desk.ctx().database().read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT payload FROM outbox")) {
                rs.next();
                return rs.getString(1);
            }
        });
        Dossier back = Json.mapper().treeToValue(Json.mapper().readTree(json).get("dossier"), Dossier.class);
        assertThat(back.applicant()).isEqualTo(shown.applicant());
    }

    @Test
    void badSexOrOldId_isRefusedWithTheField() {
        assertThatThrownBy(() -> desk.ctx().registration().register(request("X", "12345"), desk.admin()))
                .isInstanceOfSatisfying(ValidationException.class, v -> assertThat(v.problems())
                        .extracting(Problem::field).contains("applicant.sex", "applicant.otherIdNumber"));
    }
}
