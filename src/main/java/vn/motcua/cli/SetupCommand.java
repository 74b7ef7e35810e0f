package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.service.DeskContext;
import vn.motcua.service.SetupService;

@Command(name = "setup", description = {"First-run initialisation of this desk: office, desk number, form header "
        + "texts, first administrator; loads the sample catalogue and the official calendars.",
    "Refuses to run a second time unless --force (dossiers are always kept)."})
final class SetupCommand extends DeskCommand {
    @Option(names = "--office-name", required = true, description = "e.g. \"Xã Quảng Phú\"")
    String officeName;
    @Option(names = "--agency-code", required = true, description = "electronic agency identifier, e.g. 000.00.01.H22")
    String agencyCode;
    @Option(names = "--desk", required = true, description = "desk number in the office (1-9 with the default block size)")
    int desk;
    @Option(names = "--admin-user", required = true)
    String adminUser;
    @Option(names = "--admin-password", required = true, description = "at least 8 characters", arity = "1")
    String adminPassword;
    @Option(names = "--admin-name", description = "full name of the administrator")
    String adminName;
    @Option(names = "--governing-body", description = "header line 1 (default: ỦY BAN NHÂN DÂN + office name)")
    String governingBody;
    @Option(names = "--unit-name", description = "header line 2 (default: TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG)")
    String unitName;
    @Option(names = "--place", description = "place name for dates on forms (default: from the office name)")
    String place;
    @Option(names = "--force", description = "set up again over an existing setup")
    boolean force;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        SetupService.SetupResult r = ctx.setup().setup(new SetupService.SetupRequest(officeName, agencyCode, desk,
                governingBody, unitName, place, adminUser, adminName, adminPassword), force);
        Map<String, Object> out = new LinkedHashMap<>();
        var o = r.office();
        Map<String, Object> office = new LinkedHashMap<>();
        office.put("officeName", o.officeName());
        office.put("agencyCode", o.agencyCode());
        office.put("deskNo", o.deskNo());
        office.put("governingBody", o.governingBody());
        office.put("unitName", o.unitName());
        office.put("placeName", o.placeName());
        office.put("deviceId", o.deviceId());
        out.put("office", office);
        out.put("adminUser", r.adminUser());
        out.put("proceduresInCatalogue", r.proceduresLoaded());
        out.put("reinitialised", r.reinitialised());
        out.put("dataDir", ctx.dataDir().toAbsolutePath().toString());
        printJson(out);
        return 0;
    }
}
