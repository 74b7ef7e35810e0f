package vn.motcua.central.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import vn.motcua.central.ApiException;
import vn.motcua.central.province.CommuneDetail;
import vn.motcua.central.province.Overview;
import vn.motcua.central.province.OverviewExport;
import vn.motcua.central.province.OverviewQuery;
import vn.motcua.central.province.ProvinceFigures;
import vn.motcua.central.store.ProvinceUser;
import vn.motcua.central.store.ProvinceUserRepository;
import vn.motcua.report.Period;

/**
 * What a signed-in province account may see and do on the dashboard. The role checks live here, not in the pages:
 * every method takes the {@link ProvinceActor} of the session, account management needs
 * {@link ProvinceRole#PROVINCE_ADMIN}, and every view of a list of dossiers (a commune's page: its overdue list,
 * apologies and dissatisfied ratings), every overview and every export is written to the audit log.
 */
public final class DashboardService {
    private final ProvinceAccounts accounts;
    private final ProvinceFigures figures;
    private final java.util.function.Supplier<PortalPanel> portal;

    public DashboardService(ProvinceAccounts accounts, ProvinceFigures figures) {
        this(accounts, figures, null);
    }

    /** @param portal reads the national portal's outbox per office (null: the page says there is nothing to show) */
    public DashboardService(ProvinceAccounts accounts, ProvinceFigures figures,
                            java.util.function.Supplier<PortalPanel> portal) {
        this.accounts = accounts;
        this.figures = figures;
        this.portal = portal;
    }

    /** The national portal's outbox per office (any role; audited). */
    public PortalPanel portal(ProvinceActor who, String client) {
        if (who == null) {
            throw new ApiException(403, "FORBIDDEN", "Cần đăng nhập.");
        }
        PortalPanel p = portal == null ? new PortalPanel(List.of(), java.util.Map.of(), java.time.Instant.now())
                : portal.get();
        accounts.audit(who.username(), "VIEW_PORTAL", null, p.offices().size() + " offices", client);
        return p;
    }

    /** The overview of every commune (any role). */
    public Overview overview(ProvinceActor who, OverviewQuery q, String client) {
        Overview o = figures.overview(q);
        accounts.audit(who.username(), "VIEW_OVERVIEW", null, q.period().textVi(), client);
        return o;
    }

    /** One commune's page with its lists of dossiers (any role; audited with the commune and the period). */
    public Optional<CommuneDetail> commune(ProvinceActor who, String officeCode, Period period, String client) {
        Optional<CommuneDetail> d = figures.commune(officeCode, period);
        accounts.audit(who.username(), "VIEW_DOSSIER_LIST", officeCode,
                period.textVi() + (d.isEmpty() ? " (no such office)"
                        : ", overdue " + d.get().overdue().size() + ", apologies " + d.get().apologies().size()
                        + ", dissatisfied " + d.get().dissatisfiedRatings().size()), client);
        return d;
    }

    /** The overview as XLSX or CSV bytes ({@code xlsx} / {@code csv}; any role; audited). */
    public byte[] export(ProvinceActor who, OverviewQuery q, String format, String client) {
        Overview o = figures.overview(q);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if ("xlsx".equals(format)) {
                OverviewExport.xlsx(o, out);
            } else if ("csv".equals(format)) {
                OverviewExport.csv(o, out);
            } else {
                throw ApiException.badRequest("INVALID_FORMAT", "Định dạng xuất phải là xlsx hoặc csv.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        accounts.audit(who.username(), "EXPORT", null, format + " " + q.period().textVi(), client);
        return out.toByteArray();
    }

    /** The dashboard accounts (administrator only). */
    public List<ProvinceUser> users(ProvinceActor who, String client) {
        requireAdmin(who, "users", client);
        return accounts.list();
    }

    /** The newest lines of the audit log (administrator only). */
    public List<ProvinceUserRepository.AuditRow> auditLog(ProvinceActor who, int limit, String client) {
        requireAdmin(who, "audit", client);
        return accounts.recentAudit(limit);
    }

    public ProvinceAccounts.Saved addUser(ProvinceActor who, String username, String fullName, String role,
                                          String password, String client) {
        requireAdmin(who, "add " + username, client);
        return accounts.add(who.username(), username, fullName, role, blankToNull(password));
    }

    public ProvinceUser setActive(ProvinceActor who, String username, boolean active, String client) {
        requireAdmin(who, (active ? "enable " : "disable ") + username, client);
        if (!active && username.equals(who.username())) {
            throw new ApiException(409, "SELF_DISABLE", "Không thể tự khóa tài khoản đang đăng nhập.");
        }
        return accounts.setActive(who.username(), username, active);
    }

    public ProvinceAccounts.Saved resetPassword(ProvinceActor who, String username, String password, String client) {
        requireAdmin(who, "reset " + username, client);
        return accounts.resetPassword(who.username(), username, blankToNull(password));
    }

    private void requireAdmin(ProvinceActor who, String what, String client) {
        if (who == null || !who.admin()) {
            accounts.audit(who == null ? "" : who.username(), "REFUSED", null, "admin only: " + what, client);
            throw new ApiException(403, "FORBIDDEN", "Chỉ quản trị viên của tỉnh được quản lý tài khoản.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
