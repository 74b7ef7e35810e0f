package vn.motcua.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.desk.register.RegisterViewModel;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.RegistrationService.Registered;

/** The registration form's rules, without a window: validation, the live appointment, recall, submitting. */
class RegisterViewModelTest {
    /** Wednesday 29 April 2026, 15:30 — after the 15:00 cut-off, before the 30/4–1/5 holidays. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 4, 29, 15, 30);

    @TempDir
    Path dir;
    private DeskFixture desk;
    private RegisterViewModel vm;
    private final List<Registered> registered = new ArrayList<>();

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, NOW);
        vm = new RegisterViewModel(RegisterViewModel.Services.of(desk.ctx(), desk.admin()), desk.ctx().clock(),
                new CurrentThreadTaskExecutor(), Messages.forLanguage("vi"), registered::add);
        vm.loadCatalogue();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    private void pick(String query) {
        vm.picker().queryProperty().set(query);
        assertThat(vm.picker().chooseFirstSuggestion()).isTrue();
    }

    @Test
    void picker_findsProceduresByNameWithoutDiacriticsOrByCode() {
        vm.picker().queryProperty().set("xac nhan tinh trang hon nhan");
        assertThat(vm.picker().suggestions()).extracting(p -> p.code()).containsExactly("1.004873");
        vm.picker().queryProperty().set("1.001193");
        assertThat(vm.picker().suggestions()).extracting(p -> p.name()).containsExactly("Đăng ký khai sinh");
        vm.picker().queryProperty().set("zzz không có");
        assertThat(vm.picker().suggestions()).isEmpty();
        assertThat(vm.picker().chooseFirstSuggestion()).isFalse();
    }

    @Test
    void emptyForm_isNotValid_andSaysWhatIsMissing() {
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.missingProperty().get()).isEqualTo("Còn thiếu: thủ tục, họ tên chủ hồ sơ, số định danh");
        pick("khai sinh");
        vm.fullNameProperty().set("Nguyễn Văn Đức");
        assertThat(vm.missingProperty().get()).isEqualTo("Còn thiếu: số định danh");
        vm.applicant().idNumberProperty().set("038095001234");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.missingProperty().get()).isEmpty();
    }

    @Test
    void badInput_showsItsMessageInline_andBlocksSubmitting() {
        pick("khai sinh");
        vm.fullNameProperty().set("Nguyễn Văn 2");
        vm.applicant().idNumberProperty().set("03809500123");
        vm.applicant().phoneProperty().set("12345");
        vm.applicant().birthDateProperty().set("31/02/1990");
        vm.applicant().emailProperty().set("khong-phai-thu");
        assertThat(vm.error(RegisterViewModel.NAME).get()).contains("chữ số");
        assertThat(vm.error(RegisterViewModel.ID).get()).isNotEmpty();
        assertThat(vm.error(RegisterViewModel.PHONE).get()).isNotEmpty();
        assertThat(vm.error(RegisterViewModel.BIRTH).get()).contains("ngày/tháng/năm");
        assertThat(vm.error(RegisterViewModel.EMAIL).get()).isNotEmpty();
        assertThat(vm.validProperty().get()).isFalse();

        vm.fullNameProperty().set("Nguyễn Văn Đức");
        vm.applicant().idNumberProperty().set("038095001234");
        vm.applicant().phoneProperty().set("0912 345 678");
        vm.applicant().birthDateProperty().set("8/3/1995");
        vm.applicant().emailProperty().set("duc@example.vn");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void submitterDifferent_needsTheSubmittersName() {
        pick("khai sinh");
        vm.fullNameProperty().set("Nguyễn Văn Đức");
        vm.applicant().idNumberProperty().set("038095001234");
        vm.applicant().submitterDifferentProperty().set(true);
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.missingProperty().get()).contains("họ tên người nộp");
        vm.applicant().submitterNameProperty().set("Trần Thị Mai");
        assertThat(vm.validProperty().get()).isTrue();
    }

    @Test
    void appointment_isLive_andFollowsProcedureAndChannel() {
        assertThat(vm.appointment().appointmentTextProperty().get()).isEqualTo("chọn thủ tục để tính");
        // same-day procedure received after the 15:00 cut-off: next working day is Monday 4 May (30/4, 1/5 off)
        pick("1.001193");
        assertThat(vm.appointment().appointmentProperty().get().appointmentAt().toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2026, 5, 4));
        assertThat(vm.appointment().appointmentTextProperty().get()).startsWith("Thứ Hai, 04/05/2026 lúc");
        assertThat(vm.appointment().provisionalCalendarProperty().get()).isFalse();
        LocalDateTime sameDay = vm.appointment().appointmentProperty().get().appointmentAt();

        pick("1.004873");
        LocalDateTime threeDays = vm.appointment().appointmentProperty().get().appointmentAt();
        assertThat(threeDays).isAfter(sameDay);
        assertThat(vm.appointment().procedureInfoProperty().get()).contains("ngày làm việc");

        vm.appointment().channelProperty().set(Channel.ONLINE);
        assertThat(vm.appointment().appointmentProperty().get()).isNotNull();
    }

    @Test
    void documents_comeFromTheProcedure_extraLinesCanBeAdded_andMissingMandatoryOnesWarn() {
        pick("khai sinh");
        assertThat(vm.documents().lines()).hasSize(4);
        // nothing starts ticked: the clerk looks at the papers (or ticks all with Ctrl+D)
        assertThat(vm.documents().lines()).allMatch(d -> !d.receivedProperty().get());
        vm.tickAllDocuments();
        assertThat(vm.documents().lines()).allMatch(d -> d.receivedProperty().get());
        vm.documents().lines().get(0).receivedProperty().set(false);
        assertThat(vm.documents().warningProperty().get()).contains("Tờ khai đăng ký khai sinh");
        vm.documents().addDocument("Giấy xác nhận cư trú").copiesProperty().set(2);
        assertThat(vm.documents().lines()).hasSize(5);
    }

    @Test
    void submit_storesTheDossier_andARecalledCitizenFillsTheForm() {
        pick("khai sinh");
        vm.applicant().idNumberProperty().set("038095001234");
        vm.fullNameProperty().set("nguyễn văn đức");
        vm.applicant().phoneProperty().set("0912345678");
        vm.applicant().addressProperty().set("Thôn 1, xã Quảng Phú");
        vm.tickAllDocuments();
        vm.documents().lines().get(3).receivedProperty().set(false); // the optional paper was not brought
        vm.submit();
        assertThat(registered).hasSize(1);
        assertThat(registered.get(0).dossier().applicant().fullName()).isEqualTo("Nguyễn Văn Đức");
        assertThat(registered.get(0).dossier().documents()).hasSize(3);

        vm.reset();
        assertThat(vm.fullNameProperty().get()).isEmpty();
        vm.applicant().idNumberProperty().set("038095001234");
        assertThat(vm.fullNameProperty().get()).isEqualTo("Nguyễn Văn Đức");
        assertThat(vm.applicant().phoneProperty().get()).isEqualTo("0912345678");
        assertThat(vm.applicant().recallMessageProperty().get()).contains("Nguyễn Văn Đức");
    }

    @Test
    void theFormAndTheService_findTheSameProblems_inTheSameInputs() {
        pick("khai sinh");
        vm.applicant().idNumberProperty().set("03809500123");
        vm.fullNameProperty().set("Nguyễn Văn 2");
        vm.applicant().birthDateProperty().set("01/01/2030");
        vm.applicant().phoneProperty().set("12345");
        vm.applicant().emailProperty().set("khong-phai-thu");
        vm.applicant().submitterDifferentProperty().set(true);
        vm.applicant().submitterIdProperty().set("12");
        vm.tickAllDocuments();
        vm.documents().lines().get(1).nameProperty().set(" ");
        vm.appointment().summaryProperty().set("x".repeat(1001));

        var formSaw = vm.checkProperty().get().problems().stream()
                .map(p -> p.field() + " " + p.msg()).toList();
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> desk.ctx().registration().register(vm.request(), desk.admin()),
                vn.motcua.service.ValidationException.class);
        var serviceSaw = thrown.problems().stream().map(p -> p.field() + " " + p.msg()).toList();

        assertThat(formSaw).hasSize(9).isEqualTo(serviceSaw);
        assertThat(vm.validProperty().get()).isFalse();
        // each shows where the clerk looks: under its field, in "still needed", or below the form
        assertThat(vm.error(RegisterViewModel.BIRTH).get()).isNotEmpty();
        assertThat(vm.error(RegisterViewModel.SUB_ID).get()).isNotEmpty();
        assertThat(vm.error(RegisterViewModel.DOCUMENTS).get()).isEqualTo("Tên giấy tờ không được để trống.");
        assertThat(vm.missingProperty().get()).isEqualTo("Còn thiếu: họ tên người nộp");
        assertThat(vm.formErrorProperty().get()).contains("Trích yếu quá dài");
    }

    @Test
    void certifiedCopies_areCountedOnTheForm_andStored() {
        pick("khai sinh");
        vm.applicant().idNumberProperty().set("038095001234");
        vm.fullNameProperty().set("Nguyễn Văn Đức");
        vm.tickAllDocuments();
        vm.documents().lines().get(1).certifiedProperty().set(2);
        vm.documents().lines().get(1).copiesProperty().set(1);
        vm.submit();
        assertThat(registered).hasSize(1);
        var doc = registered.get(0).dossier().documents().get(1);
        assertThat(doc.certifiedCopies()).isEqualTo(2);
        assertThat(doc.copies()).isEqualTo(1);
        assertThat(vm.draft(NOW).documents().get(1).certified()).isEqualTo(2);
    }
}
