package vn.motcua.cli;

import picocli.CommandLine.Command;
import vn.motcua.service.DeskContext;
import vn.motcua.store.AuditRepository;

@Command(name = "audit", description = "The audit log of views, prints, exports and changes of dossiers.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

    @Command(name = "verify", description = "Check the audit log's hash chain: exit 0 when intact, 1 when a row was "
            + "altered, deleted or inserted (the first broken row is named).")
    static final class Verify extends DeskCommand {
        @Override
        Integer execute(DeskContext ctx) throws Exception {
            AuditRepository.Verification v = ctx.database().read(c -> new AuditRepository().verify(c));
            printJson(v);
            if (!v.intact()) {
                spec.commandLine().getErr().println("error: audit log tampered: " + v.problem());
                return 1;
            }
            return 0;
        }
    }
}
