package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.service.DeskContext;
import vn.motcua.store.AuditRepository;
import vn.motcua.sync.SyncException;

@Command(name = "audit", description = "The audit log of views, prints, exports and changes of dossiers.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

    @Command(name = "verify", description = {"Check the audit log's hash chain: exit 0 when intact, 1 when a row was "
        + "altered, deleted or inserted, or a hash wiped (the first broken row is named).",
        "An enrolled desk also checks against the chain head the central server keeps (it travels with every push), "
            + "which detects rows deleted from the end; --offline skips that."})
    static final class Verify extends DeskCommand {
        @Option(names = "--offline", description = "Check the local chain only (no request to the server).")
        boolean offline;

        @Override
        Integer execute(DeskContext ctx) throws Exception {
            AuditRepository repo = new AuditRepository();
            AuditRepository.Head serverHead = null;
            String server = "not checked";
            if (!offline && ctx.sync().status().enrolled()) {
                try {
                    serverHead = ctx.sync().engine().serverAuditHead().orElse(null);
                    server = serverHead == null ? "the server has no head of this desk yet" : "checked";
                } catch (SyncException e) {
                    server = "not reachable: " + e.getMessage();
                }
            }
            AuditRepository.Head head = serverHead;
            AuditRepository.Verification v = ctx.database().read(c -> repo.verifyAgainst(c, head));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", v.intact());
            out.put("chainedRows", v.chainedRows());
            out.put("unchainedRows", v.unchainedRows());
            out.put("firstBrokenId", v.firstBrokenId());
            out.put("problem", v.problem());
            out.put("serverHead", serverHead == null ? null : Map.of("id", serverHead.id(), "hash", serverHead.hash()));
            out.put("server", server);
            printJson(out);
            if (!v.intact()) {
                spec.commandLine().getErr().println("error: audit log tampered: " + v.problem());
                return 1;
            }
            return 0;
        }
    }
}
