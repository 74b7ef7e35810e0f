package vn.motcua.service;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.store.DossierRepository;

/** A desk with a few thousand generated dossiers around "now", four clerks, for screenshots of the supervisor. */
public final class RealisticDesk {
    public static final LocalDateTime NOW = LocalDateTime.of(2026, 5, 13, 10, 15);
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Đức Cường", "Thị Hạnh", "Minh Khánh", "Thị Lan",
        "Quang Long", "Ngọc Mai", "Văn Nam", "Thị Yến"};
    private static final String[] CLERKS = {"canbo1", "canbo2", "canbo3", "canbo4"};

    private RealisticDesk() {
    }

    public static DeskFixture create(java.nio.file.Path dir, int n) {
        DeskFixture desk = DeskFixture.create(dir, 1, NOW);
        String[] names = {"Trần Văn Một", "Lê Thị Hai", "Phạm Quốc Ba", "Đỗ Thị Bốn"};
        for (int i = 0; i < CLERKS.length; i++) {
            desk.ctx().accounts().create(desk.admin(), CLERKS[i], names[i], "Công chức", "", Role.CLERK,
                    "mat-khau-can-bo-" + i);
        }
        desk.ctx().accounts().create(desk.admin(), "lanhdao", "Phạm Văn Lãnh Đạo", "Chủ tịch", "", Role.SUPERVISOR,
                "mat-khau-lanh-dao");
        List<Procedure> procedures = desk.ctx().catalog().list(true);
        Random r = new Random(7);
        List<Dossier> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDateTime received = NOW.minusMinutes((long) r.nextInt(90 * 24 * 60)).withSecond(0);
            if (received.getHour() < 7 || received.getHour() > 16) {
                received = received.withHour(7 + r.nextInt(9));
            }
            Procedure p = procedures.get(r.nextInt(procedures.size()));
            LocalDateTime due = received.plusDays(1 + r.nextInt(12)).withHour(r.nextBoolean() ? 10 : 16)
                    .withMinute(0);
            double age = java.time.Duration.between(received, NOW).toHours() / 24.0;
            DossierStatus s;
            int roll = r.nextInt(100);
            if (age > 20) {
                s = roll < 80 ? DossierStatus.DONE : roll < 88 ? DossierStatus.RELEASING : roll < 92
                        ? DossierStatus.CANCELLED : roll < 96 ? DossierStatus.PROCESSING : DossierStatus.WAITING;
            } else {
                s = roll < 30 ? DossierStatus.PROCESSING : roll < 45 ? DossierStatus.NEW : roll < 55
                        ? DossierStatus.WAITING : roll < 60 ? DossierStatus.PAYING : roll < 75
                        ? DossierStatus.RELEASING : DossierStatus.DONE;
            }
            LocalDateTime finished = null;
            LocalDateTime returned = null;
            if (s == DossierStatus.DONE || s == DossierStatus.RELEASING || s == DossierStatus.CANCELLED) {
                finished = received.plusHours(4 + r.nextInt(24 * 10));
                if (finished.isAfter(NOW)) {
                    finished = NOW.minusHours(1 + r.nextInt(20));
                }
                if (s == DossierStatus.DONE) {
                    returned = finished.plusHours(r.nextInt(30));
                    if (returned.isAfter(NOW)) {
                        returned = NOW.minusMinutes(5 + r.nextInt(120));
                    }
                }
            }
            List<SupplementRound> rounds = s == DossierStatus.WAITING ? List.of(new SupplementRound(1,
                    received.plusDays(1), "canbo1", "Bổ sung bản sao giấy tờ", null, null, due, null)) : List.of();
            String code = String.format("%s-%s-%04d", DeskFixture.AGENCY,
                    received.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")), i + 1);
            all.add(Dossier.builder()
                    .id(UUID.nameUUIDFromBytes(("real-" + i).getBytes(StandardCharsets.UTF_8)))
                    .code(code)
                    .procedureCode(p.code()).procedureName(p.name())
                    .fieldCode(p.field().code()).fieldName(p.field().name())
                    .applicant(Applicant.builder()
                            .fullName(FAMILY[r.nextInt(FAMILY.length)] + " " + GIVEN[r.nextInt(GIVEN.length)]).build())
                    .receivedAt(received).appointmentAt(due).status(s).finishedAt(finished).returnedAt(returned)
                    .supplements(rounds).deskNo(1).receivedBy(CLERKS[r.nextInt(CLERKS.length)]).version(1)
                    .build());
        }
        DossierRepository repo = new DossierRepository();
        String[] reasons = {"Phải chờ lâu", "Trả kết quả trễ hẹn", "Hướng dẫn chưa rõ ràng, phải đi lại hai lần",
            "Thái độ cán bộ chưa tốt"};
        desk.ctx().database().write(c -> {
            for (Dossier d : all) {
                repo.insert(c, d, NOW);
                if (d.status() == DossierStatus.DONE && r.nextInt(100) < 45) {
                    int roll = r.nextInt(100);
                    String level = roll < 58 ? "VERY_SATISFIED" : roll < 90 ? "SATISFIED" : "DISSATISFIED";
                    String reason = level.equals("DISSATISFIED") ? reasons[r.nextInt(reasons.length)] : null;
                    LocalDateTime at = d.returnedAt().plusMinutes(r.nextInt(600));
                    if (at.isAfter(NOW)) {
                        at = NOW.minusMinutes(1);
                    }
                    if (r.nextBoolean()) {
                        vn.motcua.store.SqlValues.update(c, "INSERT INTO counter_rating (dossier_code, dossier_id, "
                                + "level, reason, rated_at, desk_user) VALUES (?, ?, ?, ?, ?, 'canbo1')", d.code(),
                                d.id(), level, reason, at);
                    } else {
                        String instant = at.atZone(DeskContext.ZONE).toInstant().toString();
                        new vn.motcua.store.RatingRepository().upsert(c, new vn.motcua.store.RatingRepository.Rating(
                                d.code(), d.id().toString(), level, reason, null, "QR", instant, instant, 1));
                    }
                }
            }
            return null;
        });
        return desk;
    }
}
