package vn.motcua.cli;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.service.DeskContext;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncException;

@Command(name = "enroll", description = {"Enroll this desk with the province's central server: trades the one-time "
        + "code for a device token (stored in the desk database, never printed) and hands the server this desk's "
        + "rating secret. The server URL becomes the central.baseUrl setting."})
final class EnrollCommand extends DeskCommand {
    @Option(names = "--server", required = true, paramLabel = "URL", description = "e.g. https://motcua.example.gov.vn")
    String server;

    @Option(names = "--code", required = true, paramLabel = "CODE", description = "from 'central enroll-code'")
    String code;

    @Option(names = "--name", paramLabel = "NAME", description = "device label for the administrator (default: host name)")
    String name;

    @Option(names = "--insecure", description = "allow plain http:// to a host other than this machine (the code and "
            + "the device token then cross the network unencrypted; for a closed test network only)")
    boolean insecure;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        String label = name != null ? name : hostName();
        SyncEngine.Enrolled e;
        try {
            e = ctx.sync().enroll(server, code, label, actor(ctx), insecure);
        } catch (SyncException ex) {
            if (ex.retryable()) {
                throw ex; // the server could not be reached: exit 4, try again later
            }
            throw new UserInputException(ex.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("enrolled", true);
        out.put("server", e.serverUrl());
        out.put("deviceId", e.deviceId());
        out.put("officeCode", e.officeCode());
        out.put("officeName", e.officeName());
        out.put("deskNo", e.deskNo());
        if (e.warning() != null) {
            out.put("warning", e.warning());
        }
        printJson(out);
        return 0;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException ex) {
            return "desk";
        }
    }
}
