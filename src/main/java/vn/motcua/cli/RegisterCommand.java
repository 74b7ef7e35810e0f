package vn.motcua.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.service.DeskContext;
import vn.motcua.service.RegistrationRequest;
import vn.motcua.service.RegistrationService;
import vn.motcua.store.Json;

@Command(name = "register", description = {"Register (tiếp nhận) a dossier without the UI.",
    "Input: {\"procedureCode\":\"1.001193\",\"channel\":\"direct\",\"returnMethod\":\"counter\","
        + "\"receivedAt\":\"2026-04-29T15:30\",\"applicant\":{\"fullName\":\"Nguyễn Văn Đức\","
        + "\"idNumber\":\"038095001234\",\"phone\":\"0912345678\",\"address\":\"Thôn 1, xã Quảng Phú\"},"
        + "\"documents\":[{\"name\":\"Tờ khai đăng ký khai sinh\",\"originals\":1,\"copies\":0}]}",
    "Optional: receivedAt (default now), channel (direct), returnMethod (counter), documents (the procedure's list), "
        + "submitter {...}, sets, summary, notes, applicant.email, applicant.birthDate."})
final class RegisterCommand extends DeskCommand {
    @Option(names = "--json", required = true, paramLabel = "FILE", description = "the dossier as JSON; '-' reads stdin")
    String json;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        RegistrationRequest request = read();
        RegistrationService.Registered r = ctx.registration().register(request, actor(ctx));
        Dossier d = r.dossier();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.code());
        out.put("appointmentAt", d.appointmentAt());
        out.put("status", d.status().key());
        out.put("statusCode", d.status().code());
        out.put("statusLabel", d.status().labelVi());
        out.put("receivedAt", d.receivedAt());
        out.put("procedureCode", d.procedureCode());
        out.put("procedureName", d.procedureName());
        out.put("processingTime", d.processingTime() == null ? null : d.processingTime().toVietnamese());
        out.put("noFixedAppointment", d.appointmentAt() == null);
        out.put("provisionalCalendar", r.provisionalCalendar());
        out.put("warnings", r.warnings());
        printJson(out);
        return 0;
    }

    private RegistrationRequest read() {
        try (InputStream in = "-".equals(json) ? System.in : open(Path.of(json))) {
            return Json.mapper().readValue(in, RegistrationRequest.class);
        } catch (MismatchedInputException e) {
            String path = e.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            throw new UserInputException("dossier JSON has a value of the wrong type at '" + path + "' (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new UserInputException("dossier JSON is malformed" + (loc == null ? "" : " at line "
                    + loc.getLineNr() + ", column " + loc.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot read " + json + ": " + e.getMessage());
        }
    }

    private static InputStream open(Path p) throws IOException {
        if (!Files.isRegularFile(p)) {
            throw new UserInputException("cannot read dossier file " + p);
        }
        return Files.newInputStream(p);
    }
}
