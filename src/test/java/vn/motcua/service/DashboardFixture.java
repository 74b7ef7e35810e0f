package vn.motcua.service;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.SqlValues;

/**
 * A hand-built desk for the supervisor's figures, the clock at Wednesday 13/05/2026 10:00 (next working day
 * Thursday 14/05). Expected, by hand: received today 1 (A1; A2 refused and A3 online-unaccepted do not count), due
 * today 1 (B1), due soon 1 (C1; C2 is due the day after), overdue 2 (D1 3 days late, B2 1 day late; D2 has an
 * apology's new date, D3 is finished), waiting longer than 5 days 1 (E1; E2 only 3 days), returned today 1 (F1; F2
 * yesterday), quarantined 1 (B1). Clerk canbo1 received A1, D1, E1; canbo2 B1, B2, C1, F1.
 */
public final class DashboardFixture {
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 13, 10, 0);
    public static final String HO_TICH = "HT";
    public static final String CHUNG_THUC = "CT";

    private DashboardFixture() {
    }

    public static DeskFixture create(java.nio.file.Path dir) {
        DeskFixture desk = DeskFixture.create(dir, 1, NOW);
        desk.ctx().accounts().create(desk.admin(), "canbo1", "Trần Văn Một", "Cán bộ", "", Role.CLERK, "mat-khau-mot");
        desk.ctx().accounts().create(desk.admin(), "canbo2", "Lê Thị Hai", "Cán bộ", "", Role.CLERK, "mat-khau-hai");
        desk.ctx().accounts().create(desk.admin(), "lanhdao", "Phạm Văn Lãnh Đạo", "Chủ tịch", "", Role.SUPERVISOR,
                "mat-khau-lanh-dao");
        populate(desk.ctx());
        return desk;
    }

    static void populate(DeskContext ctx) {
        LocalDateTime today = NOW.toLocalDate().atStartOfDay();
        List<Dossier> all = List.of(
                d("A1", DossierStatus.NEW, today.plusHours(8), today.plusDays(7), "canbo1", HO_TICH).build(),
                d("A2", DossierStatus.DENIED, today.plusHours(9), null, "canbo1", HO_TICH).build(),
                d("A3", DossierStatus.RECEIVING, today.plusHours(9), null, "canbo1", HO_TICH).build(),
                d("B1", DossierStatus.PROCESSING, today.minusDays(3), today.plusHours(16), "canbo2", CHUNG_THUC)
                        .build(),
                d("B2", DossierStatus.PROCESSING, today.minusDays(3), today.plusHours(8), "canbo2", HO_TICH).build(),
                d("C1", DossierStatus.NEW, today.minusDays(2), today.plusDays(1).plusHours(10), "canbo2", CHUNG_THUC)
                        .build(),
                d("C2", DossierStatus.PAYING, today.minusDays(2), today.plusDays(2).plusHours(8), "canbo2",
                        CHUNG_THUC).build(),
                d("D1", DossierStatus.PROCESSING, today.minusDays(8), today.minusDays(3).plusHours(10), "canbo1",
                        HO_TICH).build(),
                d("D2", DossierStatus.PROCESSING, today.minusDays(8), today.minusDays(3).plusHours(10), "canbo1",
                        HO_TICH).rescheduledAt(today.plusDays(7).plusHours(10)).build(),
                d("D3", DossierStatus.RELEASING, today.minusDays(20), today.minusDays(12), "canbo1", HO_TICH)
                        .finishedAt(today.minusDays(1)).build(),
                d("E1", DossierStatus.WAITING, today.minusDays(15), today.plusDays(3), "canbo1", CHUNG_THUC)
                        .supplements(List.of(new SupplementRound(1, today.minusDays(12).plusHours(9), "canbo1",
                                "Bổ sung bản sao", null, null, today.plusDays(3), null))).build(),
                d("E2", DossierStatus.WAITING, today.minusDays(5), today.plusDays(3), "canbo1", CHUNG_THUC)
                        .supplements(List.of(new SupplementRound(1, today.minusDays(3).plusHours(9), "canbo1",
                                "Bổ sung ảnh", null, null, today.plusDays(3), null))).build(),
                d("F1", DossierStatus.DONE, today.minusDays(6), today.minusDays(1), "canbo2", CHUNG_THUC)
                        .finishedAt(today.minusDays(2)).returnedAt(today.plusHours(8).plusMinutes(30)).build(),
                d("F2", DossierStatus.DONE, today.minusDays(6), today.minusDays(1), "canbo2", CHUNG_THUC)
                        .finishedAt(today.minusDays(2)).returnedAt(today.minusDays(1).plusHours(15)).build());
        DossierRepository repo = new DossierRepository();
        ctx.database().write(c -> {
            for (Dossier x : all) {
                repo.insert(c, x, NOW);
            }
            SqlValues.update(c, "INSERT INTO outbox (event_id, type, dossier_id, occurred_at, payload, state, "
                    + "quarantine_code, last_error, quarantined_at) VALUES (?, 'STATUS_CHANGED', ?, "
                    + "'2026-05-12T09:00:00+07:00', '{}', 'QUARANTINED', 'VERSION_CONFLICT', 'Xung đột phiên bản', "
                    + "'2026-05-12T02:00:00Z')", UUID.randomUUID().toString(), id("B1").toString());
            return null;
        });
    }

    public static UUID id(String key) {
        return UUID.nameUUIDFromBytes(("dash-" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String code(String key) {
        return DeskFixture.AGENCY + "-260513-" + key;
    }

    private static Dossier.Builder d(String key, DossierStatus status, LocalDateTime received,
                                     LocalDateTime appointment, String clerk, String field) {
        return Dossier.builder()
                .id(id(key))
                .code(code(key))
                .procedureCode("P-" + field).procedureName(field.equals(HO_TICH) ? "Đăng ký khai sinh"
                        : "Chứng thực bản sao từ bản chính")
                .fieldCode(field).fieldName(field.equals(HO_TICH) ? "Hộ tịch" : "Chứng thực")
                .applicant(Applicant.builder().fullName("Người nộp " + key).build())
                .receivedAt(received)
                .appointmentAt(appointment)
                .status(status)
                .deskNo(1)
                .receivedBy(clerk)
                .receivedById(clerkId(clerk))
                .receivedByName(NAMES.get(clerk))
                .version(1);
    }

    /** The full names the fixture's clerks had when they received the dossiers. */
    static final java.util.Map<String, String> NAMES = java.util.Map.of("canbo1", "Trần Văn Một", "canbo2",
            "Lê Thị Hai", "admin", "Nguyễn Thị Quản Trị");

    /** The account id the dossiers carry for a clerk of this desk (as RegistrationService sets it). */
    public static String clerkId(String clerk) {
        return vn.motcua.domain.dossier.ClerkId.local(new java.util.UUID(0, 1), clerk);
    }
}
