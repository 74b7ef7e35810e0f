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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.dossier.DossierStatus;

class RegistrationServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 11, 20, 9, 0));
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void register_twiceForOneProcedure_givesTwoDistinctWellFormedCodes() {
        var a = desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
        var b = desk.register("1.004873", "2026-04-29T15:31", "Trần Thị Bình");

        assertThat(a.dossier().code()).isEqualTo("000.00.01.H22-260429-0001");
        assertThat(b.dossier().code()).isEqualTo("000.00.01.H22-260429-0002");
        assertThat(DossierCode.parse(b.dossier().code()).sequence()).isEqualTo(2);
        assertThat(a.dossier().appointmentAt()).isEqualTo(LocalDateTime.of(2026, 5, 6, 15, 30));
        assertThat(b.dossier().appointmentAt()).isEqualTo(LocalDateTime.of(2026, 5, 6, 15, 31));
        assertThat(a.dossier().status()).isEqualTo(DossierStatus.NEW);
    }

    @Test
    void register_writesDossierProgressSearchRowOutboxAndAuditTogether() {
        var r = desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");

        assertThat(desk.count("dossier")).isEqualTo(1);
        assertThat(desk.count("progress")).isEqualTo(1);
        assertThat(desk.count("dossier_search")).isEqualTo(1);
        assertThat(desk.count("outbox")).isEqualTo(1);
        assertThat(desk.count("audit")).isEqualTo(1);
        var view = desk.ctx().dossiers().show(r.dossier().code(), desk.admin()).orElseThrow();
        assertThat(view.progress()).singleElement().satisfies(e -> {
            assertThat(e.status()).isEqualTo(DossierStatus.NEW);
            assertThat(e.at()).isEqualTo(LocalDateTime.of(2026, 4, 29, 15, 30));
        });
    }

    @Test
    void sameDayProcedure_afterCutoff_isDueNextWorkingDay() {
        // 1.001193 khai sinh: same day, 15:00 cut-off. Thursday 16:10 → Friday, end of the afternoon session.
        var late = desk.register("1.001193", "2026-11-19T16:10", "Lê Văn An");
        assertThat(late.dossier().appointmentAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 17, 0));
        var early = desk.register("1.001193", "2026-11-19T14:59", "Lê Văn Bình");
        assertThat(early.dossier().appointmentAt()).isEqualTo(LocalDateTime.of(2026, 11, 19, 17, 0));
    }

    @Test
    void secondDesk_issuesCodesFromItsOwnBlock(@TempDir Path other) {
        try (DeskFixture desk2 = DeskFixture.create(other, 2, LocalDateTime.of(2026, 11, 20, 9, 0))) {
            var r = desk2.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
            assertThat(r.dossier().code()).isEqualTo("000.00.01.H22-260429-1001");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        invalid ID letters        | 1.004873 | 2026-04-29T15:30 | Nguyễn Văn Đức | 03809500123A | applicant.idNumber
        ID too short              | 1.004873 | 2026-04-29T15:30 | Nguyễn Văn Đức | 12345        | applicant.idNumber
        unknown procedure         | 1.999999 | 2026-04-29T15:30 | Nguyễn Văn Đức | 038095001234 | procedureCode
        future receipt time       | 1.004873 | 2027-01-01T08:00 | Nguyễn Văn Đức | 038095001234 | receivedAt
        malformed receipt time    | 1.004873 | 29/04/2026 15:30 | Nguyễn Văn Đức | 038095001234 | receivedAt
        blank name                | 1.004873 | 2026-04-29T15:30 | '   '          | 038095001234 | applicant.fullName
        name with digits          | 1.004873 | 2026-04-29T15:30 | Nguyen 2       | 038095001234 | applicant.fullName
        """)
    void badInput_isRefusedWithItsFieldAndChangesNothing(String label, String proc, String at, String name, String id,
                                                          String field) {
        assertThatThrownBy(() -> desk.ctx().registration().register(DeskFixture.request(proc, at, name, id),
                desk.admin()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::field).contains(field));
        assertThat(desk.count("dossier")).isZero();
        assertThat(desk.count("outbox")).isZero();
        assertThat(desk.count("code_sequence")).isZero();
    }

    @Test
    void inactiveAccount_orNoAccount_cannotRegister() {
        assertThatThrownBy(() -> desk.ctx().registration().register(
                DeskFixture.request("1.004873", "2026-04-29T15:30", "A B", "038095001234"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void returningCitizen_phoneIsNormalised_andWarningsDoNotBlock() {
        var req = new RegistrationRequest("1.004873", null, null, "2026-04-29T09:00",
                new RegistrationRequest.Person("nguyễn văn đức", "999095001234", null, "+84 912 345 678", null, null),
                null, null, null, null, null);
        var r = desk.ctx().registration().register(req, new Actor("admin", "A", "", "", Role.ADMIN));
        assertThat(r.dossier().applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
        assertThat(r.dossier().applicant().phone()).isEqualTo("0912345678");
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("applicant.idNumber"));
        // documents omitted: the procedure's catalogued list is taken
        assertThat(r.dossier().documents()).isNotEmpty();
        assertThat(List.of(r.dossier().channel().key(), r.dossier().returnMethod().key()))
                .containsExactly("direct", "counter");
    }
}
