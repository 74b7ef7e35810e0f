package vn.motcua.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ProgressEntry;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.office.OfficeProfile;

/** Sample office, dossiers and contexts for the print tests. */
public final class PrintFixtures {
    public static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTEyMzQ";
    public static final String CODE = "000.00.01.H22-260429-0001";
    public static final String NAME = "Nguyễn Văn Đức";
    public static final String BASE = "https://dichvucong.quangphu.example.gov.vn";
    public static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 4, 29, 15, 30);

    private PrintFixtures() {
    }

    public static OfficeProfile office() {
        return new OfficeProfile("Xã Quảng Phú", "000.00.01.H22", 1, "Ủy ban nhân dân xã Quảng Phú",
                "Trung tâm Phục vụ hành chính công", "Quảng Phú", SECRET, UUID.randomUUID(), RECEIVED);
    }

    public static FormContext context(TemplateSet set) {
        return new FormContext(office(), set, RECEIVED.plusDays(1).withHour(9).withMinute(5), "Trần Thị Tiếp Nhận");
    }

    public static Dossier dossier() {
        return Dossier.builder().id(UUID.nameUUIDFromBytes(CODE.getBytes())).code(CODE).procedureCode("1.001193")
                .procedureName("Đăng ký khai sinh").fieldName("Hộ tịch").channel(Channel.DIRECT)
                .returnMethod(ReturnMethod.COUNTER)
                .applicant(Applicant.builder().fullName(NAME).idNumber("038095001234").phone("0912345678")
                        .email("duc.nguyen@example.vn").address("Thôn 1, xã Quảng Phú, tỉnh Thanh Hóa").build())
                .documents(List.of(new ReceivedDocument("Tờ khai đăng ký khai sinh theo mẫu", 1, 0, true),
                        new ReceivedDocument("Giấy chứng sinh", 1, 0, true),
                        new ReceivedDocument("Giấy tờ tùy thân của người đi đăng ký", 0, 1, true)))
                .sets(1).processingTime(ProcessingTime.workingDays(3)).receivedAt(RECEIVED)
                .appointmentAt(LocalDateTime.of(2026, 5, 6, 15, 30)).status(DossierStatus.NEW).deskNo(1)
                .receivedBy("tiepnhan").build();
    }

    /** 60-character name, 120-character address, 15 documents with long names. */
    public static Dossier longDossier() {
        String name = "Nguyễn Thị Hồng Nhung Phượng Loan Quỳnh Trâm Diễm Kiều Oanh Bả";
        String address = "Số nhà 123, ngõ 45, ngách 67, đường Lê Thánh Tông kéo dài, thôn Đông Thượng Hạ, "
                + "xã Quảng Phú Cầu, tỉnh Thanh Hóa, Việt Nam (gần chợ)";
        List<ReceivedDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 15; i++) {
            docs.add(new ReceivedDocument("Giấy tờ chứng minh quyền sử dụng đất và tài sản gắn liền với đất số " + i
                    + " (bản sao có chứng thực hoặc bản chụp kèm bản chính để đối chiếu)", i % 3, 1, true));
        }
        return dossier().toBuilder().applicant(Applicant.builder().fullName(name.substring(0, 60))
                        .idNumber("038095001234").phone("0912345678").email("nhung.phuong.loan.quynh@example.vn")
                        .address(address.substring(0, 120)).build())
                .procedureName("Cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu "
                        + "cho hộ gia đình, cá nhân đang sử dụng đất ổn định")
                .summary("Đề nghị cấp giấy chứng nhận cho thửa đất số 245, tờ bản đồ số 12")
                .documents(docs).build();
    }

    public static List<ProgressEntry> progress() {
        return List.of(
                new ProgressEntry("Trần Thị Tiếp Nhận", "Cán bộ một cửa", "Bộ phận Một cửa", RECEIVED,
                        "Tiếp nhận hồ sơ", DossierStatus.NEW, RECEIVED, RECEIVED.plusHours(4), null),
                new ProgressEntry("Lê Văn Hộ Tịch", "Công chức Tư pháp - hộ tịch", "Tư pháp - hộ tịch",
                        RECEIVED.plusDays(1).withHour(8), "Chuyển xử lý", DossierStatus.PROCESSING,
                        RECEIVED.plusDays(1).withHour(8), LocalDateTime.of(2026, 5, 5, 17, 0), null),
                new ProgressEntry("Lê Văn Hộ Tịch", "Công chức Tư pháp - hộ tịch", "Tư pháp - hộ tịch",
                        LocalDateTime.of(2026, 5, 4, 10, 15), "Kết thúc xử lý", DossierStatus.RELEASING,
                        LocalDateTime.of(2026, 5, 4, 10, 15), null, "Đã ký giấy khai sinh"));
    }

    public static ReceiptData receipt(Dossier d, LocalDateTime reprintedAt) {
        return new ReceiptData(d, "Trần Thị Tiếp Nhận", "Lệ phí: miễn", new LogbookRef("2026", 15),
                QrLinks.of(BASE, d.code(), SECRET), reprintedAt);
    }

    /** Writes a sample under target/print-samples for a look. */
    public static Path save(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "print-samples");
        Files.createDirectories(dir);
        Path p = dir.resolve(name);
        Files.write(p, pdf);
        return p;
    }
}
