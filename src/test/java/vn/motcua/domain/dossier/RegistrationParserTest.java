package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.DocumentComponent;
import vn.motcua.domain.catalog.Field;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcedureLevel;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.text.InputProblem;

class RegistrationParserTest {
    private static final LocalDateTime NOW = LocalDateTime.parse("2026-05-04T09:15:30.123");
    private static final Procedure BIRTH = new Procedure("1.001193", "Đăng ký khai sinh", new Field("HT", "Hộ tịch"),
            ProcedureLevel.COMMUNE, Map.of(Channel.DIRECT, ProcessingTime.workingDays(3)), false, false, List.of(),
            List.of(new DocumentComponent("Tờ khai đăng ký khai sinh", 1, 0, true),
                    new DocumentComponent("Giấy chứng sinh", 1, 0, true)), true, 1, null, 0, false);
    private final RegistrationParser parser = new RegistrationParser(
            code -> BIRTH.code().equals(code) ? Optional.of(BIRTH) : Optional.empty(), ZoneId.of("Asia/Ho_Chi_Minh"));

    private static RegistrationRequest request(RegistrationRequest.Person applicant,
                                               List<RegistrationRequest.DocumentLine> docs) {
        return new RegistrationRequest("1.001193", null, null, null, applicant, null, docs, null, "  ", null);
    }

    @Test
    void aGoodRequest_isCleanedOnce_intoAnApplicantAndADossierDraft() {
        var person = new RegistrationRequest.Person("  nguyễn   văn  ĐỨC ", "038 095 001 234", "08/03/1995",
                "0912.345.678", "duc@example.vn", "Thôn\t1", "Nam", null);
        ParsedRegistration p = parser.parse(request(person, List.of(
                new RegistrationRequest.DocumentLine("Tờ khai đăng ký khai sinh", 1, 0, null, 2))), NOW);

        assertThat(p.ok()).isTrue();
        Applicant a = p.registration().applicant();
        assertThat(a.fullName()).isEqualTo("Nguyễn Văn Đức");
        assertThat(a.idNumber()).isEqualTo("038095001234");
        assertThat(a.birthDate()).isEqualTo(LocalDate.of(1995, 3, 8));
        assertThat(a.phone()).isEqualTo("0912345678");
        assertThat(a.address()).isEqualTo("Thôn 1");
        assertThat(a.sex()).isEqualTo(Sex.MALE);
        Dossier d = p.registration().draft().id(java.util.UUID.randomUUID()).code("X").status(DossierStatus.NEW)
                .build();
        assertThat(d.summary()).isEqualTo("Đăng ký khai sinh");
        assertThat(d.receivedAt()).isEqualTo(NOW.withNano(0));
        assertThat(d.documents()).singleElement().satisfies(x -> {
            assertThat(x.mandatory()).isTrue();
            assertThat(x.certifiedCopies()).isEqualTo(2);
        });
        assertThat(p.warnings()).extracting(InputProblem::field).containsExactly("documents");
        assertThat(p.warnings().get(0).message()).contains("Giấy chứng sinh").doesNotContain("Tờ khai");
    }

    @Test
    void everyProblemIsListed_withRequiredValuesMarkedMissing() {
        var person = new RegistrationRequest.Person(" ", "03809500123X", "31/02/1995", "12", "x@", null, "khác",
                null);
        ParsedRegistration p = parser.parse(new RegistrationRequest(null, "fax", null, null, person,
                new RegistrationRequest.Person("Lê 2", null, null, null, null, null), null, 0, null, null), NOW);

        assertThat(p.ok()).isFalse();
        assertThat(p.problems()).filteredOn(InputProblem::missing).extracting(InputProblem::field)
                .containsExactly("procedureCode", "applicant.fullName");
        assertThat(p.problems()).filteredOn(x -> !x.missing()).extracting(InputProblem::field)
                .containsExactly("channel", "applicant.birthDate", "applicant.idNumber", "applicant.phone",
                        "applicant.email", "applicant.sex", "submitter.fullName", "sets");
        assertThat(p.problems()).filteredOn(x -> x.field().equals("submitter.fullName"))
                .extracting(x -> x.msg().key()).containsExactly("registration.name.digits");
    }

    @Test
    void datesOfBirth_inEitherWrittenForm_andNeverAfterReception() {
        for (String typed : List.of("1995-03-08", "08/03/1995", "8.3.1995", "08-03-1995")) {
            var person = new RegistrationRequest.Person("An", "038095001234", typed, null, null, null);
            assertThat(parser.parse(request(person, null), NOW).registration().applicant().birthDate())
                    .as(typed).isEqualTo(LocalDate.of(1995, 3, 8));
        }
        var future = new RegistrationRequest.Person("An", "038095001234", "05/05/2026", null, null, null);
        assertThat(parser.parse(request(future, null), NOW).problems()).extracting(x -> x.msg().key())
                .containsExactly("registration.birthDate.invalid");
        var garbage = new RegistrationRequest.Person("An", "038095001234", "1995", null, null, null);
        assertThat(parser.parse(request(garbage, null), NOW).problems()).extracting(x -> x.msg().key())
                .containsExactly("registration.birthDate.format");
    }

    @Test
    void anIdNumberFromAnotherYear_isAWarning_notARefusal() {
        var person = new RegistrationRequest.Person("An", "038095001234", "08/03/1990", null, null, null);
        ParsedRegistration p = parser.parse(request(person, null), NOW);
        assertThat(p.ok()).isTrue();
        assertThat(p.warnings()).extracting(InputProblem::field).containsExactly("applicant.idNumber");
    }

    @Test
    void noRequest_isOneMissingProblem() {
        assertThat(parser.parse(null, NOW).problems()).extracting(x -> x.msg().key())
                .containsExactly("registration.empty");
    }
}
