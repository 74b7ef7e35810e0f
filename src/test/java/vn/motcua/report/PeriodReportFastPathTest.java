package vn.motcua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;

/**
 * Decision 0023: the report's fast path (packed sums per field over {@code dossier_field_report}, the dossiers changed
 * after the end read from their history) equals the plain recount, on random dossiers with random lifecycles — some
 * with a progress log and later changes, some without, fields missing or empty — for random periods.
 */
class PeriodReportFastPathTest {
    private static final List<DossierStatus> STEPS = List.of(DossierStatus.PROCESSING, DossierStatus.WAITING,
            DossierStatus.PAYING, DossierStatus.RELEASING, DossierStatus.DONE, DossierStatus.CANCELLED,
            DossierStatus.UNRESOLVED, DossierStatus.DENIED);
    private static final String[][] FIELDS = {{"HT", "Hộ tịch"}, {"CT", "Chứng thực"}, {"DD", "Đất đai"},
        {"", ""}, {null, null}, {"BTXH", null}};

    @TempDir
    Path dir;

    @Test
    void fastPath_equalsTheRecount_onRandomHistories() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            try (Database db = Database.open(dir.resolve("r" + seed + ".db"))) {
                for (int i = 0; i < 400; i++) {
                    add(db, random, i);
                }
                for (int k = 0; k < 60; k++) {
                    LocalDate from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(200));
                    LocalDate to = from.plusDays(random.nextInt(k % 3 == 0 ? 5 : 120));
                    Period p = new Period(from, to);
                    PeriodReport fast = db.read(c -> PeriodReport.compute(c, p));
                    PeriodReport plain = db.read(c -> PeriodReport.recount(c, p));
                    assertThat(fast).as("seed %d, %s", seed, p).isEqualTo(plain);
                }
                // the recount is not trivially empty: the periods do count dossiers
                PeriodReport half = db.read(c -> PeriodReport.recount(c, new Period(LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30))));
                assertThat(half.total().received()).isGreaterThan(100);
                assertThat(half.rows()).hasSizeGreaterThanOrEqualTo(4);
            }
        }
    }

    /** One random dossier: received in the first half of 2026, then 0–3 steps, logged or written without a log. */
    private static void add(Database db, Random random, int i) {
        String[] field = FIELDS[random.nextInt(FIELDS.length)];
        LocalDateTime received = LocalDateTime.of(2026, 1, 1, 8, 0).plusDays(random.nextInt(200))
                .plusMinutes(random.nextInt(540));
        LocalDateTime appointment = random.nextInt(10) == 0 ? null
                : received.plusDays(random.nextInt(20)).withHour(16).withMinute(0);
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        boolean online = channel == Channel.ONLINE && random.nextBoolean();
        DossierStatus first = online ? DossierStatus.RECEIVING : DossierStatus.NEW;
        Dossier d = Dossier.builder().id(UUID.randomUUID())
                .code(String.format("000.00.01.H22-260101-%04d", i))
                .procedureCode("1.000001").procedureName("Thủ tục " + i)
                .fieldCode(field[0]).fieldName(field[1]).channel(channel)
                .applicant(Applicant.builder().fullName("Người " + i).build())
                .receivedAt(received).appointmentAt(appointment).deskNo(1).version(1).status(first).build();
        boolean logged = random.nextInt(4) != 0;
        int steps = random.nextInt(4);
        LocalDateTime at = received;
        Dossier current = d;
        if (!logged) {
            // written as an old desk had it: the final state only, no progress log
            DossierStatus st = steps == 0 ? first : STEPS.get(random.nextInt(STEPS.size()));
            LocalDateTime fin = finishes(st) ? received.plusDays(random.nextInt(40)).plusHours(1) : null;
            Dossier only = d.toBuilder().status(st).finishedAt(fin).build();
            db.write(c -> {
                new DossierRepository().insert(c, only, LocalDateTime.now());
                return null;
            });
            return;
        }
        Dossier start = d;
        db.write(c -> {
            DossierRepository repo = new DossierRepository();
            repo.insert(c, start, LocalDateTime.now());
            repo.addProgress(c, start.id(), entry(start.receivedAt(), start.status()));
            return null;
        });
        for (int s = 0; s < steps; s++) {
            at = at.plusDays(random.nextInt(30)).plusHours(1);
            DossierStatus to = STEPS.get(random.nextInt(STEPS.size()));
            Dossier.Builder b = current.toBuilder().status(to).version(current.version() + 1);
            if (finishes(to) && current.finishedAt() == null) {
                b.finishedAt(at);
            }
            if (to == DossierStatus.WAITING && random.nextBoolean() && appointment != null) {
                b.appointmentAt(appointment.plusDays(random.nextInt(10)));
            }
            Dossier before = current;
            Dossier after = b.build();
            LocalDateTime when = at;
            db.write(c -> {
                DossierRepository repo = new DossierRepository();
                assertThat(repo.update(c, after, before.version(), LocalDateTime.now())).isTrue();
                repo.addProgress(c, before.id(), entry(when, to));
                return null;
            });
            current = after;
        }
    }

    private static boolean finishes(DossierStatus s) {
        return s == DossierStatus.RELEASING || s == DossierStatus.DONE || s == DossierStatus.CANCELLED
                || s == DossierStatus.UNRESOLVED;
    }

    private static ProgressEntry entry(LocalDateTime at, DossierStatus status) {
        return new ProgressEntry("canbo", "Cán bộ", "Bộ phận một cửa", at, "Bước " + status.code(), status, at, null,
                null);
    }
}
