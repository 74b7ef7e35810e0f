package vn.motcua.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.domain.citizen.IdCardPayload;
import vn.motcua.domain.citizen.IdCardReading;
import vn.motcua.store.Json;

/** {@code card parse}: what a scanned identity-card QR payload would fill, for testing a scanner and for scripts. */
@Command(name = "card", description = "Identity-card QR payloads (see docs/id-card.md).",
        subcommands = CardCommand.Parse.class)
final class CardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ErrorReporter.INPUT_REFUSED;
    }

    @Command(name = "parse", description = {"Print, as JSON, the fields a scanned card payload fills (nothing is "
            + "stored or logged). A damaged payload exits 2 with the reason.",
        "Example: card parse '001090123456|012345678|NGUYỄN VĂN AN|01011990|Nam|Thôn Đông, Xã Yên Hòa|15042021'",
        "         (serial scanner) card parse - < /dev/ttyACM0"})
    static final class Parse implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PAYLOAD", description = "the payload; '-' reads one from stdin (UTF-8)")
        String payload;

        @Override
        public Integer call() throws IOException {
            String text = "-".equals(payload) ? readLine(System.in) : payload;
            IdCardReading reading = IdCardPayload.read(text, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
            if (!reading.ok()) {
                throw new UserInputException("damaged card payload, nothing to fill: " + reading.problem().vi());
            }
            IdCardPayload c = reading.card();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("idNumber", c.idNumber());
            out.put("oldIdNumber", c.oldIdNumber());
            out.put("fullName", c.fullName());
            out.put("dateOfBirth", c.dateOfBirth().toString());
            out.put("sex", c.sex().labelVi());
            out.put("address", c.address());
            out.put("issuedOn", c.issuedOn().toString());
            out.put("addressPredatesReorganisation", c.addressPredatesReorganisation());
            out.put("extraFieldCount", c.extraFields().size());
            out.put("warnings", c.warnings().stream().map(vn.motcua.domain.text.Msg::vi).toList());
            spec.commandLine().getOut().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out));
            spec.commandLine().getOut().flush();
            return 0;
        }

        /** The first line of {@code in} (a scanner ends a payload with CR and/or LF), decoded as UTF-8. */
        private static String readLine(InputStream in) throws IOException {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n' && b != '\r') {
                bytes.write(b);
                if (bytes.size() > 64 * 1024) {
                    throw new UserInputException("no end of line within 64 KiB: not a card payload");
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
