package vn.motcua.cli;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ReceivedDocument;

/** Realistic generated dossiers for benchmarks (seeded, so runs are repeatable). Not for production data. */
final class SampleDossiers {
    private static final String[] FAMILY = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
        "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn"};
    private static final String[] MIDDLE = {"Văn", "Văn", "Thị", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang",
        "Xuân", "Kim", "Công", "Đình"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hà", "Hải", "Hạnh", "Hiếu",
        "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phúc",
        "Quân", "Quỳnh", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Tùng", "Vân", "Việt", "Yến",
        "Đạt", "Định", "Đông"};
    private static final String[] PROVINCES = {"001", "038", "040", "042", "026", "079", "048", "031"};

    private final Random random;
    private final List<Procedure> procedures;
    private final String agency;
    private final int deskNo;

    SampleDossiers(long seed, List<Procedure> procedures, String agency, int deskNo) {
        this.random = new Random(seed);
        this.procedures = procedures;
        this.agency = agency;
        this.deskNo = deskNo;
    }

    /** The n-th dossier: received on a working-hours moment in 2025–2026, with a unique code per day. */
    Dossier next(int n) {
        LocalDateTime received = LocalDateTime.of(2025, 1, 2, 7, 30).plusDays(n / 200).plusMinutes(random.nextInt(540));
        Procedure p = procedures.get(random.nextInt(procedures.size()));
        String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                + GIVEN[random.nextInt(GIVEN.length)];
        int birthYear = 1950 + random.nextInt(60);
        String id = PROVINCES[random.nextInt(PROVINCES.length)] + (birthYear < 2000 ? random.nextInt(2) : 2 + random
                .nextInt(2)) + String.format("%02d%06d", birthYear % 100, random.nextInt(1_000_000));
        String phone = "09" + (1 + random.nextInt(8)) + String.format("%07d", random.nextInt(10_000_000));
        DossierStatus status = DossierStatus.values()[1 + random.nextInt(9)];
        LocalDateTime due = received.plusDays(3);
        LocalDateTime finished = switch (status) {
            case CANCELLED, UNRESOLVED, RELEASING, DONE -> received.plusDays(random.nextInt(6)).plusHours(1);
            default -> null;
        };
        String code = String.format("%s-%s-%04d", agency,
                received.toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd")), n % 200 + 1);
        return Dossier.builder()
                .id(UUID.nameUUIDFromBytes(("bench-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .code(code)
                .procedureCode(p.code()).procedureName(p.name())
                .fieldCode(p.field().code()).fieldName(p.field().name())
                .channel(Channel.DIRECT)
                .applicant(Applicant.builder().fullName(name).idNumber(id).phone(phone)
                        .address("Thôn " + (1 + random.nextInt(12))).build())
                .documents(p.documents().stream()
                        .map(d -> new ReceivedDocument(d.name(), d.originals(), d.copies(), d.mandatory())).toList())
                .processingTime(p.timeFor(Channel.DIRECT))
                .receivedAt(received)
                .appointmentAt(due)
                .finishedAt(finished)
                .returnedAt(status == DossierStatus.DONE ? finished.plusDays(1) : null)
                .status(status)
                .deskNo(deskNo)
                .receivedBy("bench")
                .version(1)
                .build();
    }

    /**
     * {@code n} registration requests for {@code register --jsonl}, one JSON object a line: real procedure codes,
     * received in 2025 at most 500 a day (inside one desk's daily block of codes), valid ID numbers and phones.
     */
    static String registrationLines(long seed, List<String> procedureCodes, int n) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(n * 220);
        for (int i = 0; i < n; i++) {
            LocalDateTime received = LocalDateTime.of(2025, 1, 2, 7, 30).plusDays(i / 500)
                    .plusMinutes(random.nextInt(540));
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            int birthYear = 1950 + random.nextInt(60);
            String id = PROVINCES[random.nextInt(PROVINCES.length)] + (birthYear < 2000 ? 0 : 2)
                    + String.format("%02d%06d", birthYear % 100, random.nextInt(1_000_000));
            String phone = "09" + (1 + random.nextInt(8)) + String.format("%07d", random.nextInt(10_000_000));
            out.append("{\"procedureCode\":\"").append(procedureCodes.get(random.nextInt(procedureCodes.size())))
                    .append("\",\"receivedAt\":\"").append(received).append("\",\"applicant\":{\"fullName\":\"")
                    .append(name).append("\",\"idNumber\":\"").append(id).append("\",\"birthDate\":\"")
                    .append(birthYear).append("-03-08\",\"phone\":\"").append(phone)
                    .append("\",\"address\":\"Thôn ").append(1 + random.nextInt(12)).append(", xã Bench\"}}\n");
        }
        return out.toString();
    }
}
