package vn.motcua.service;

import vn.motcua.domain.text.Msg;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.dossier.AgencyCode;
import vn.motcua.domain.office.OfficeProfile;
import vn.motcua.domain.text.Text;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.Database;
import vn.motcua.store.OfficeRepository;

/**
 * First-run initialisation, shared by the {@code setup} command and the desk's setup wizard: office identity, form
 * header texts, the rating secret, the first administrator, the sample catalogue and the official calendars.
 */
public final class SetupService {
    private final Database db;
    private final OfficeRepository offices;
    private final AccountService accounts;
    private final CatalogService catalog;
    private final CalendarService calendar;
    private final AuditRepository audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SetupService(Database db, OfficeRepository offices, AccountService accounts, CatalogService catalog,
                 CalendarService calendar, AuditRepository audit, Clock clock) {
        this.db = db;
        this.offices = offices;
        this.accounts = accounts;
        this.catalog = catalog;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the clerk or the admin types at first run. Header texts may be null: sensible defaults are derived. */
    public record SetupRequest(String officeName, String agencyCode, int deskNo, String governingBody,
                               String unitName, String placeName, String adminUser, String adminFullName,
                               String adminPassword) {
    }

    /** What setup did. */
    public record SetupResult(OfficeProfile office, String adminUser, int proceduresLoaded, boolean reinitialised) {
    }

    public boolean isSetUp() {
        return db.read(offices::find).isPresent();
    }

    public java.util.Optional<OfficeProfile> office() {
        return db.read(offices::find);
    }

    public SetupResult setup(SetupRequest r, boolean force) {
        boolean existing = isSetUp();
        if (existing && !force) {
            throw new ValidationException("setup", Msg.of("setup.already"));
        }
        String officeName = Text.nfc(r.officeName());
        List<Problem> problems = new ArrayList<>(officeNameProblems(officeName));
        AgencyCode.problem(r.agencyCode()).ifPresent(m -> problems.add(new Problem("agencyCode", m)));
        int maxDesk = calendar.settings().sequenceBlocks().maxDesk();
        if (r.deskNo() < 1 || r.deskNo() > maxDesk) {
            problems.add(Problem.of("desk", "setup.desk.range", maxDesk));
        }
        String adminName = Text.nfc(r.adminFullName() == null ? "Quản trị viên" : r.adminFullName());
        boolean adminExists = accounts.actor(r.adminUser() == null ? "" : r.adminUser()).isPresent();
        problems.addAll(AccountService.check(r.adminUser(), adminName, r.adminPassword()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        OfficeProfile previous = db.read(offices::find).orElse(null);
        OfficeProfile office = new OfficeProfile(officeName,
                AgencyCode.parse(r.agencyCode()).value(),
                r.deskNo(),
                orDefault(r.governingBody(), vn.motcua.domain.office.OfficeHeaders.governingBody(officeName)),
                orDefault(r.unitName(), "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"),
                orDefault(r.placeName(), placeFrom(officeName)),
                previous != null && previous.ratingSecret() != null ? previous.ratingSecret() : newSecret(),
                previous != null ? previous.deviceId() : UUID.randomUUID(),
                previous != null ? previous.createdAt() : LocalDateTime.now(clock).withNano(0));
        db.run(c -> {
            offices.save(c, office);
        });
        if (adminExists) {
            accounts.resetPassword(r.adminUser(), r.adminPassword());
        } else {
            accounts.create(null, r.adminUser(), adminName, "Quản trị hệ thống", office.unitName(), Role.ADMIN,
                    r.adminPassword());
        }
        calendar.loadOfficialIfEmpty();
        catalog.loadSampleIfEmpty();
        int loaded = catalog.list(false).size();
        return new SetupResult(office.withoutSecret(), r.adminUser(), loaded, existing);
    }

    /** The office's name and form-header texts, as the administrator changes them after setup. */
    public record OfficeDetails(String officeName, String governingBody, String unitName, String placeName) {
    }

    /**
     * Changes the office's name and its form-header texts (blank header texts get the same defaults as at setup); the
     * agency code, desk number, rating secret and device identity stay. Administrator only; leaves an audit row
     * {@code OFFICE_UPDATED} with the old and new texts. Returns the saved profile without its secret.
     */
    public OfficeProfile updateOffice(OfficeDetails d, vn.motcua.domain.account.Actor actor) {
        Roles.require(actor, "action.office.change", Role.ADMIN);
        OfficeProfile previous = db.read(offices::find)
                .orElseThrow(() -> new ValidationException("setup", Msg.of("office.notSetUp")));
        String officeName = Text.nfc(d.officeName());
        List<Problem> problems = new ArrayList<>(officeNameProblems(officeName));
        String[][] headers = {{"governingBody", d.governingBody()}, {"unitName", d.unitName()},
                {"placeName", d.placeName()}};
        for (String[] h : headers) {
            if (h[1] != null && h[1].strip().length() > 150) {
                problems.add(Problem.of(h[0], "office.header.tooLong", 150));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String name = officeName.strip();
        OfficeProfile next = new OfficeProfile(name, previous.agencyCode(), previous.deskNo(),
                orDefault(d.governingBody(), vn.motcua.domain.office.OfficeHeaders.governingBody(name)).strip(),
                orDefault(d.unitName(), "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG").strip(),
                orDefault(d.placeName(), placeFrom(name)).strip(),
                previous.ratingSecret(), previous.deviceId(), previous.createdAt());
        String detail = describe(previous) + " → " + describe(next);
        db.run(c -> {
            offices.save(c, next);
            audit.record(c, LocalDateTime.now(clock).withNano(0), actor.username(), "OFFICE_UPDATED", null, detail);
        });
        return next.withoutSecret();
    }

    private static List<Problem> officeNameProblems(String officeName) {
        if (officeName == null || officeName.isBlank()) {
            return List.of(Problem.of("officeName", "setup.officeName.empty"));
        }
        return officeName.length() > 150 ? List.of(Problem.of("officeName", "setup.officeName.tooLong", 150))
                : List.of();
    }

    private static String describe(OfficeProfile p) {
        return p.officeName() + " | " + p.governingBody() + " | " + p.unitName() + " | " + p.placeName();
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String orDefault(String value, String fallback) {
        String v = Text.nfc(value);
        return v == null || v.isBlank() ? fallback : v;
    }

    /** "Xã Quảng Phú" → "Quảng Phú" (the place in "Quảng Phú, ngày … tháng … năm …"). */
    static String placeFrom(String officeName) {
        String n = officeName.trim();
        for (String prefix : List.of("Ủy ban nhân dân ", "UBND ", "Trung tâm Phục vụ hành chính công ", "Xã ", "xã ",
                "Phường ", "phường ", "Đặc khu ", "đặc khu ")) {
            if (n.startsWith(prefix)) {
                n = n.substring(prefix.length());
            }
        }
        return n.isBlank() ? officeName : n;
    }
}
