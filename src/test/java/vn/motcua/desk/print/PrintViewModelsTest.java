package vn.motcua.desk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.service.FormOptions;
import vn.motcua.desk.common.CurrentThreadTaskExecutor;
import vn.motcua.desk.common.Messages;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.print.FormType;
import vn.motcua.print.PaperFormat;
import vn.motcua.print.TemplateSet;
import vn.motcua.service.DeskFixture;
import vn.motcua.service.PrintService;

class PrintViewModelsTest {
    @TempDir
    Path dir;
    private DeskFixture desk;
    private String code;
    private final Messages m = Messages.forLanguage("vi");

    @BeforeAll
    static void toolkit() throws Exception {
        try {
            javafx.application.Platform.startup(() -> { });
        } catch (IllegalStateException alreadyStarted) {
            // another test class started it: fine
        }
    }

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 4, 29, 9, 0));
        code = desk.register("1.004873", "2026-04-29T08:30", "Nguyễn Văn Đức").dossier().code();
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @Test
    void preview_rendersOnce_reusesBytesForSave_andRendersAgainOnlyForAnotherPaper() throws Exception {
        PrintService print = desk.ctx().print();
        List<PaperFormat> renders = new ArrayList<>();
        PrintPreviewViewModel vm = new PrintPreviewViewModel(print, FormType.RECEIPT, p -> {
            renders.add(p);
            return print.receiptPdf(code, p, desk.admin(), false);
        }, desk.admin(), new CurrentThreadTaskExecutor(), m);
        vm.load(null, null);
        assertThat(renders).containsExactly(PaperFormat.A5);
        assertThat(vm.formatProperty().get()).isEqualTo(PaperFormat.A5);
        assertThat(vm.pages()).isNotEmpty();
        assertThat(vm.readyProperty().get()).isTrue();
        Path out = dir.resolve("r.pdf");
        vm.savePdf(out);
        assertThat(Files.readAllBytes(out)).isEqualTo(vm.pdf());
        assertThat(vm.statusProperty().get()).contains("Đã lưu PDF");
        // the name offered when saving is the form's Vietnamese name without diacritics, never "receipt-…"
        assertThat(vm.suggestedFileName(code)).startsWith("Giay-tiep-nhan").endsWith(code + ".pdf");
        vm.changeFormat(PaperFormat.A5);
        assertThat(renders).hasSize(1);
        vm.changeFormat(PaperFormat.ROLL_80MM);
        assertThat(renders).containsExactly(PaperFormat.A5, PaperFormat.ROLL_80MM);
        assertThat(vm.formats()).containsExactly(PaperFormat.A5, PaperFormat.A4, PaperFormat.ROLL_80MM);
    }

    @Test
    void preview_showsTheServiceRefusalInVietnamese() {
        PrintPreviewViewModel vm = new PrintPreviewViewModel(desk.ctx().print(), FormType.APOLOGY,
                p -> desk.ctx().print().formPdf(FormType.APOLOGY, code, desk.admin(),
                        FormOptions.NONE.withNewAppointment(java.time.LocalDateTime.parse("2020-01-01T08:00"))
                                .withReason("Trễ")), desk.admin(), new CurrentThreadTaskExecutor(), m);
        vm.load(PaperFormat.A5, null);
        assertThat(vm.pages()).isEmpty();
        assertThat(vm.statusProperty().get()).contains("Ngày hẹn lại phải sau");
    }

    @Test
    void extras_apologyNeedsReasonAndNewDate_supplementTakesItemsAndDeadline() {
        FormExtrasViewModel apology = new FormExtrasViewModel(FormType.APOLOGY, m, false);
        assertThat(apology.extras()).isEmpty();
        assertThat(apology.errorProperty().get()).contains("ngày hẹn");
        apology.dateProperty().set(LocalDate.of(2026, 5, 20));
        apology.timeProperty().set("14:30");
        assertThat(apology.extras()).isEmpty();
        assertThat(apology.errorProperty().get()).contains("lý do");
        apology.reasonProperty().set("Chờ xác minh của cơ quan khác");
        assertThat(apology.extras()).get().satisfies(x -> {
            assertThat(x.newAppointment()).isEqualTo(java.time.LocalDateTime.parse("2026-05-20T14:30"));
            assertThat(x.reason()).isEqualTo("Chờ xác minh của cơ quan khác");
        });
        apology.timeProperty().set("25h");
        assertThat(apology.extras()).isEmpty();

        // the dossier has a saved apology: blank fields are the saved reason and date (a reprint)
        FormExtrasViewModel reprint = new FormExtrasViewModel(FormType.APOLOGY, m, true);
        assertThat(reprint.dateRequired()).isFalse();
        assertThat(reprint.extras()).get().isEqualTo(FormOptions.NONE);
        FormExtrasViewModel english = new FormExtrasViewModel(FormType.APOLOGY, Messages.forLanguage("en"), false);
        assertThat(english.extras()).isEmpty();
        assertThat(english.errorProperty().get()).isEqualTo("Choose the new date for returning the result.");

        FormExtrasViewModel supplement = new FormExtrasViewModel(FormType.SUPPLEMENT, m, false);
        assertThat(supplement.extras()).get().isEqualTo(FormOptions.NONE);
        supplement.itemsProperty().set("Bản sao giấy khai sinh\nẢnh 4x6");
        supplement.dateProperty().set(LocalDate.of(2026, 5, 6));
        assertThat(supplement.extras()).get().satisfies(x -> {
            assertThat(x.items()).isEqualTo("Bản sao giấy khai sinh\nẢnh 4x6");
            assertThat(x.deadline()).isEqualTo(java.time.LocalDateTime.parse("2026-05-06T08:00"));
        });
        assertThat(new FormExtrasViewModel(FormType.CONTROL, m, false).asksAnything()).isFalse();
    }

    @Test
    void settings_rememberPrinterPaperAndTemplateSet() {
        PrintSettingsViewModel vm = new PrintSettingsViewModel(desk.ctx().print(), desk.admin(),
                new CurrentThreadTaskExecutor(), m);
        vm.load();
        assertThat(vm.rows()).hasSize(FormType.values().length);
        PrintSettingsViewModel.Row receipt = vm.rows().get(0);
        assertThat(receipt.type()).isEqualTo(FormType.RECEIPT);
        assertThat(receipt.formatProperty().get()).isEqualTo(PaperFormat.A5);
        receipt.formatProperty().set(PaperFormat.ROLL_80MM);
        receipt.printerProperty().set("Xprinter XP-80");
        receipt.escPosProperty().set(true);
        vm.templateSetProperty().set(TemplateSet.TT01_2018);
        vm.save();
        assertThat(vm.statusProperty().get()).isEqualTo("Đã lưu cài đặt in.");
        var s = desk.ctx().print().settings(FormType.RECEIPT);
        assertThat(s.printer()).isEqualTo("Xprinter XP-80");
        assertThat(s.format()).isEqualTo(PaperFormat.ROLL_80MM);
        assertThat(s.escPos()).isTrue();
        assertThat(desk.ctx().print().templateSet()).isEqualTo(TemplateSet.TT01_2018);
    }

    @Test
    void settings_knowWhenSomethingIsUnsaved_andSayWhenThereIsNoPrinter() {
        PrintSettingsViewModel vm = new PrintSettingsViewModel(desk.ctx().print(), desk.admin(),
                new CurrentThreadTaskExecutor(), m);
        vm.load();
        assertThat(vm.hasUnsavedChanges()).isFalse();
        PrintSettingsViewModel.Row receipt = vm.rows().get(0);
        assertThat(receipt.printerProperty().get()).as("the OS default printer is the blank name").isEmpty();
        receipt.formatProperty().set(PaperFormat.A4);
        assertThat(vm.hasUnsavedChanges()).isTrue();
        receipt.formatProperty().set(PaperFormat.A5);
        assertThat(vm.hasUnsavedChanges()).as("back as it was").isFalse();
        vm.templateSetProperty().set(TemplateSet.TT01_2018);
        assertThat(vm.hasUnsavedChanges()).isTrue();
        boolean[] closed = {false};
        vm.save(() -> closed[0] = true);
        assertThat(closed[0]).isTrue();
        assertThat(vm.hasUnsavedChanges()).isFalse();

        boolean none = desk.ctx().print().printers().isEmpty();
        assertThat(vm.noPrinterProperty().get()).isEqualTo(none);
        if (none) {
            vm.load();
            assertThat(vm.statusProperty().get()).contains("Lưu PDF");
        }
    }

    @Test
    void suggestion_followsWhereTheFormArises() {
        assertThat(DossierPrintMenu.suggestion(DossierStatus.WAITING, TimeFlag.WITHIN_TIME))
                .isEqualTo(FormType.SUPPLEMENT);
        assertThat(DossierPrintMenu.suggestion(DossierStatus.DENIED, TimeFlag.NONE)).isEqualTo(FormType.REFUSAL);
        assertThat(DossierPrintMenu.suggestion(DossierStatus.UNRESOLVED, TimeFlag.NONE)).isEqualTo(FormType.STOP);
        assertThat(DossierPrintMenu.suggestion(DossierStatus.PROCESSING, TimeFlag.OVERDUE))
                .isEqualTo(FormType.APOLOGY);
        assertThat(DossierPrintMenu.suggestion(DossierStatus.PROCESSING, TimeFlag.WITHIN_TIME)).isNull();
        assertThat(DossierPrintMenu.suggestion(DossierStatus.DONE, TimeFlag.LATE)).isNull();
    }

    @Test
    void logbookPeriodChecks() {
        LocalDate d = LocalDate.of(2026, 4, 1);
        assertThat(LogbookDialog.check(d, d.plusDays(10), m)).isNull();
        assertThat(LogbookDialog.check(d, d.minusDays(1), m)).contains("Đến ngày");
        assertThat(LogbookDialog.check(d, d.plusYears(2), m)).contains("một năm");
        assertThat(LogbookDialog.check(null, d, m)).contains("Cần chọn");
    }
}
