package vn.motcua.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TransitionRefusedException;

class DossierServiceTest {
    @TempDir
    Path dir;
    DeskFixture desk;
    String code;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 5, 4, 10, 0));
        code = desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức").dossier().code();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void lifecycle_toDone_writesOneProgressEntryAndOneOutboxEventPerAction() {
        DossierService s = desk.ctx().dossiers();
        s.transitionTo(code, DossierStatus.PROCESSING, desk.admin(), null);
        s.transitionTo(code, DossierStatus.RELEASING, desk.admin(), null);
        var done = s.transitionTo(code, DossierStatus.DONE, desk.admin(), null);

        assertThat(done.after().status()).isEqualTo(DossierStatus.DONE);
        var view = s.show(code, desk.admin()).orElseThrow();
        assertThat(view.progress()).extracting(e -> e.status()).containsExactly(DossierStatus.NEW,
                DossierStatus.PROCESSING, DossierStatus.RELEASING, DossierStatus.DONE);
        assertThat(view.dossier().finishedAt()).isEqualTo(LocalDateTime.of(2026, 5, 4, 10, 0));
        assertThat(view.dossier().returnedAt()).isNotNull();
        assertThat(desk.count("outbox")).isEqualTo(4);
        assertThat(view.dossier().version()).isEqualTo(4);
    }

    @Test
    void correctingTheName_followsTheRegistrationsNameRule_andWritesItAsOnPapers() {
        DossierService s = desk.ctx().dossiers();
        assertThatThrownBy(() -> s.correctApplicant(code, desk.admin(), "Nguyễn Văn 2", null, null, null, "Sai tên"))
                .isInstanceOf(ValidationException.class).hasMessage("fullName: "
                        + vn.motcua.domain.citizen.PersonNames.problem("Nguyễn Văn 2").orElseThrow().vi());
        assertThatThrownBy(() -> s.correctApplicant(code, desk.admin(), "   ", null, null, null, "Sai tên"))
                .isInstanceOf(ValidationException.class);
        assertThat(desk.count("outbox")).as("nothing of a refused correction is stored").isEqualTo(1);
        var corrected = s.correctApplicant(code, desk.admin(), "  trần   thị  hoa  ", null, null, null, "Sai tên");
        assertThat(corrected.applicant().fullName()).isEqualTo("Trần Thị Hoa");
        assertThat(corrected.applicant().idNumber()).as("the rest of the applicant is kept").isNotNull();
    }

    @Test
    void impossibleTransition_isRefusedWithReason_andChangesNothing() {
        assertThatThrownBy(() -> desk.ctx().dossiers().transitionTo(code, DossierStatus.DONE, desk.admin(), null))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessageContaining("Được tiếp nhận");
        assertThat(desk.count("progress")).isEqualTo(1);
        assertThat(desk.count("outbox")).isEqualTo(1);
        assertThat(desk.ctx().dossiers().show(code, desk.admin()).orElseThrow().dossier().status())
                .isEqualTo(DossierStatus.NEW);
    }

    @Test
    void supplementRound_pausesAndRecomputesTheAppointmentOnTheWorkingCalendar() {
        DossierService s = desk.ctx().dossiers();
        s.apply(code, DossierAction.TRANSFER, desk.admin(), null, null, null);
        s.apply(code, DossierAction.REQUEST_SUPPLEMENT, desk.admin(), "Thiếu bản sao giấy khai sinh", null, null);
        var resumed = s.apply(code, DossierAction.SUPPLEMENT_RECEIVED, desk.admin(), null, null, null);
        // recompute from Mon 4 May 2026 10:00 with 3 working days → Thu 7 May 10:00
        assertThat(resumed.after().appointmentAt()).isEqualTo(LocalDateTime.of(2026, 5, 7, 10, 0));
        assertThat(resumed.after().supplements()).singleElement()
                .satisfies(r -> assertThat(r.completedAt()).isNotNull());
    }

    @Test
    void revokingAHandOver_needsAnAdministrator() {
        DossierService s = desk.ctx().dossiers();
        s.transitionTo(code, DossierStatus.PROCESSING, desk.admin(), null);
        s.transitionTo(code, DossierStatus.RELEASING, desk.admin(), null);
        s.transitionTo(code, DossierStatus.DONE, desk.admin(), null);
        Actor clerk = new Actor("clerk", "Cán bộ", "", "", Role.CLERK);
        assertThatThrownBy(() -> s.apply(code, DossierAction.REVOKE_RETURN, clerk, "Nhầm người nhận", null, null))
                .isInstanceOf(TransitionRefusedException.class);
        assertThat(s.apply(code, DossierAction.REVOKE_RETURN, desk.admin(), "Nhầm người nhận", null, null)
                .after().status()).isEqualTo(DossierStatus.RELEASING);
    }

    @Test
    void unknownCode_isAClearInputError() {
        assertThatThrownBy(() -> desk.ctx().dossiers().transitionTo("000.00.01.H22-260429-9999",
                DossierStatus.PROCESSING, desk.admin(), null))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Không tìm thấy");
    }
}
