package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.motcua.service.DeskContext;

@Command(name = "officer-phone", description = "Set the phone printed for a user as the contact officer on the "
        + "supplement request and the refusal (your own, or anyone's as an administrator; blank clears it).")
final class OfficerPhoneCommand extends DeskCommand {
    @Parameters(index = "0", paramLabel = "USERNAME")
    String username;
    @Parameters(index = "1", paramLabel = "PHONE", arity = "0..1")
    String phone;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        ctx.accounts().setPhone(actor(ctx), username, phone);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("username", username);
        out.put("phone", ctx.accounts().phoneOf(username));
        printJson(out);
        return 0;
    }
}
