package vn.motcua.sync.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.dossier.Applicant;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ReceivedDocument;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.dossier.SupplementRound;
import vn.motcua.store.Json;

/**
 * The dossier of protocol v1 keeps the bytes today's desks send and read (decision 0018): {@link #TODAY} is what a
 * desk built before {@link DossierPayload} existed wrote for {@link #dossier()} (the domain record through the desk's
 * mapper), kept here as text so a change of the domain record cannot change it unnoticed.
 */
class DossierPayloadTest {

    /** A desk's dossier JSON as of protocol v1 before the typed payload (every member, nulls included). */
    static final String TODAY = """
            {"id":"7b0f3c2e-5d1a-4c8e-9a6b-2f4e8d1c0a93","code":"000.00.01.H22-260506-0001","procedureCode":"1.004873",\
            "procedureName":"Chứng thực bản sao từ bản chính","fieldCode":"CT","fieldName":"Chứng thực",\
            "channel":"DIRECT","returnMethod":"POST","applicant":{"fullName":"Nguyễn Văn Đức","idNumber":"038095012345",\
            "birthDate":"1995-03-08","phone":"0912345678","email":"duc@example.vn","address":"Thôn 1, xã Quảng Phú",\
            "sex":"MALE","otherIdNumber":"172345678"},"submitter":{"fullName":"Lê Thị Hoa","idNumber":null,\
            "birthDate":null,"phone":"0987654321","email":null,"address":null,"sex":null,"otherIdNumber":null},\
            "documents":[{"name":"Tờ khai theo mẫu","originals":1,"copies":0,"mandatory":true,"certifiedCopies":0},\
            {"name":"Bản sao CCCD","originals":0,"copies":1,"mandatory":false,"certifiedCopies":2}],"sets":2,\
            "summary":"Chứng thực 2 bản","notes":null,"processingTime":{"value":3,"unit":"WORKING_DAY"},\
            "receivedAt":"2026-05-06T15:30","appointmentAt":"2026-05-11T15:30","rescheduledAt":"2026-05-12T09:00:12",\
            "status":"PROCESSING","interopAgency":null,"supplements":[{"round":1,"requestedAt":"2026-05-07T08:00",\
            "requestedBy":"canbo1","content":"Bổ sung bản sao","deadline":"2026-05-09T00:00","completedAt":"2026-05-08T10:15:30",\
            "dueBefore":"2026-05-11T15:30","dueAfter":"2026-05-12T15:30","open":false},{"round":2,"requestedAt":"2026-05-08T11:00",\
            "requestedBy":"canbo1","content":"Ký lại tờ khai","deadline":null,"completedAt":null,"dueBefore":"2026-05-12T15:30",\
            "dueAfter":null,"open":true}],"finishedAt":null,"returnedAt":null,"deskNo":1,"receivedBy":"admin",\
            "receivedById":"L:dev-1:admin","receivedByName":"Trần Văn An","version":4}""";

    static Dossier dossier() {
        return Dossier.builder()
                .id(UUID.fromString("7b0f3c2e-5d1a-4c8e-9a6b-2f4e8d1c0a93")).code("000.00.01.H22-260506-0001")
                .procedureCode("1.004873").procedureName("Chứng thực bản sao từ bản chính").fieldCode("CT")
                .fieldName("Chứng thực").channel(Channel.DIRECT).returnMethod(ReturnMethod.POST)
                .applicant(Applicant.builder().fullName("Nguyễn Văn Đức").idNumber("038095012345")
                        .birthDate(LocalDate.of(1995, 3, 8)).phone("0912345678").email("duc@example.vn")
                        .address("Thôn 1, xã Quảng Phú").sex(Sex.MALE).otherIdNumber("172345678").build())
                .submitter(Applicant.builder().fullName("Lê Thị Hoa").phone("0987654321").build())
                .documents(List.of(new ReceivedDocument("Tờ khai theo mẫu", 1, 0, true),
                        new ReceivedDocument("Bản sao CCCD", 0, 1, false, 2)))
                .sets(2).summary("Chứng thực 2 bản").notes(null)
                .processingTime(new ProcessingTime(3, TimeUnit.WORKING_DAY))
                .receivedAt(LocalDateTime.of(2026, 5, 6, 15, 30)).appointmentAt(LocalDateTime.of(2026, 5, 11, 15, 30))
                .rescheduledAt(LocalDateTime.of(2026, 5, 12, 9, 0, 12))
                .status(DossierStatus.PROCESSING).interopAgency(null)
                .supplements(List.of(
                        new SupplementRound(1, LocalDateTime.of(2026, 5, 7, 8, 0), "canbo1", "Bổ sung bản sao",
                                LocalDate.of(2026, 5, 9).atStartOfDay(), LocalDateTime.of(2026, 5, 8, 10, 15, 30),
                                LocalDateTime.of(2026, 5, 11, 15, 30), LocalDateTime.of(2026, 5, 12, 15, 30)),
                        new SupplementRound(2, LocalDateTime.of(2026, 5, 8, 11, 0), "canbo1", "Ký lại tờ khai", null,
                                null, LocalDateTime.of(2026, 5, 12, 15, 30), null)))
                .finishedAt(null).returnedAt(null).deskNo(1).receivedBy("admin").receivedById("L:dev-1:admin")
                .receivedByName("Trần Văn An").version(4)
                .build();
    }

    @Test
    void aPayloadIsWrittenByteForByteAsTodaysDesksWriteTheDossier() throws Exception {
        assertThat(Json.mapper().writeValueAsString(DossierPayload.of(dossier()))).isEqualTo(TODAY);
    }

    @Test
    void todaysJson_readsBackToTheSameDossier() throws Exception {
        DossierPayload p = Json.mapper().readValue(TODAY, DossierPayload.class);
        assertThat(p.toDossier()).isEqualTo(dossier());
        // and through the wire's own mapper (the server side) as well
        assertThat(WireJson.mapper().readValue(TODAY, DossierPayload.class).toDossier()).isEqualTo(dossier());
    }

    @Test
    void anOlderDesksDossier_withoutTheMembersAddedSince_stillReads() throws Exception {
        ObjectNode old = (ObjectNode) Json.mapper().readTree(TODAY);
        old.remove(List.of("receivedById", "receivedByName", "returnMethod"));
        ((ObjectNode) old.get("applicant")).remove(List.of("sex", "otherIdNumber"));
        ((ObjectNode) old.get("documents").get(1)).remove("certifiedCopies");
        Dossier d = Json.mapper().treeToValue(old, DossierPayload.class).toDossier();
        assertThat(d.receivedById()).isNull();
        assertThat(d.returnMethod()).isEqualTo(ReturnMethod.COUNTER);
        assertThat(d.applicant().sex()).isNull();
        assertThat(d.documents().get(1).certifiedCopies()).isZero();
        assertThat(d.code()).isEqualTo(dossier().code());
    }

    @Test
    void membersANewerPeerAdds_areIgnoredWhenRead() throws Exception {
        ObjectNode newer = (ObjectNode) Json.mapper().readTree(TODAY);
        newer.put("priority", "HIGH");
        newer.putObject("portal").put("syncedAt", "2027-01-01T00:00");
        ((ObjectNode) newer.get("applicant")).put("nationality", "VN");
        ((ObjectNode) newer.get("supplements").get(0)).put("channel", "online");
        assertThat(Json.mapper().treeToValue(newer, DossierPayload.class).toDossier()).isEqualTo(dossier());
        assertThat(WireJson.mapper().treeToValue(newer, DossierPayload.class).toDossier()).isEqualTo(dossier());
    }
}
