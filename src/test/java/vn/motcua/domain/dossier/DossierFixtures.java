package vn.motcua.domain.dossier;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;

/** Dossiers, actors and a plain-calendar appointment clock shared by the lifecycle tests. */
final class DossierFixtures {

    static final LocalDateTime RECEIVED = LocalDateTime.parse("2026-03-02T08:00");
    static final LocalDateTime APPOINTMENT = LocalDateTime.parse("2026-03-10T17:00");
    static final LocalDateTime NOW = LocalDateTime.parse("2026-03-05T09:30");
    static final String AGENCY = "Chi cục Thuế khu vực XII";

    static final Actor CLERK = new Actor("lan.nt", "Nguyễn Thị Lan", "Công chức Văn phòng - Thống kê",
            "Trung tâm Phục vụ hành chính công xã Hòa Bình", Role.CLERK);
    static final Actor SUPERVISOR = new Actor("hung.tv", "Trần Văn Hùng", "Phó Giám đốc",
            "Trung tâm Phục vụ hành chính công xã Hòa Bình", Role.SUPERVISOR);
    static final Actor ADMIN = new Actor("admin", "Lê Quản Trị", "Quản trị hệ thống", "", Role.ADMIN);

    /** Due time = start + N plain calendar days; pauses shift the due time by their exact length. */
    static final AppointmentClock CALENDAR_DAYS = new AppointmentClock() {
        @Override
        public LocalDateTime dueFrom(LocalDateTime start, ProcessingTime time) {
            return start.plusDays(time.value());
        }

        @Override
        public LocalDateTime shiftByPause(LocalDateTime oldDue, LocalDateTime pausedAt, LocalDateTime resumedAt) {
            return oldDue.plus(Duration.between(pausedAt, resumedAt));
        }
    };

    private DossierFixtures() {
    }

    /** Not yet received: version 0, status NEW. */
    static Dossier draft() {
        return base().version(0).build();
    }

    static Dossier.Builder base() {
        return Dossier.builder()
                .id(UUID.fromString("00000000-0000-0000-0000-000000000042"))
                .code("000.00.01.H22-260302-0007")
                .procedureCode("1.004873")
                .procedureName("Xác nhận tình trạng hôn nhân")
                .channel(Channel.DIRECT)
                .applicant(Applicant.builder().fullName("Phạm Văn An").idNumber("001090001234").build())
                .processingTime(ProcessingTime.workingDays(8))
                .receivedAt(RECEIVED)
                .appointmentAt(APPOINTMENT)
                .version(3);
    }

    /** A registered dossier in {@code status}, with the data a dossier in that status would carry. */
    static Dossier inStatus(DossierStatus status) {
        Dossier.Builder b = base().status(status);
        switch (status) {
            case WAITING -> b.supplements(List.of(new SupplementRound(1, LocalDateTime.parse("2026-03-04T10:00"),
                    CLERK.fullName(), "Bản sao giấy khai sinh", null, null, APPOINTMENT, null)));
            case RELEASING, CANCELLED, UNRESOLVED -> b.finishedAt(LocalDateTime.parse("2026-03-04T15:00"));
            case DONE -> b.finishedAt(LocalDateTime.parse("2026-03-04T15:00"))
                    .returnedAt(LocalDateTime.parse("2026-03-05T08:00"));
            default -> {
                // nothing more
            }
        }
        return b.build();
    }

    static Dossier atAgency() {
        return inStatus(DossierStatus.PROCESSING).toBuilder().interopAgency(AGENCY).build();
    }

    /** A request carrying a reason and an agency, enough for any action. */
    static ActionRequest fullRequest(Actor actor) {
        return ActionRequest.of(actor, NOW).withReason("Theo đề nghị của công dân").withAgency(AGENCY);
    }
}
