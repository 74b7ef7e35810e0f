package vn.motcua.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.motcua.central.dashboard.Fmt;
import vn.motcua.central.http.CentralServer;
import vn.motcua.central.portal.PortalStatus;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.service.DeskContext;
import vn.motcua.sync.SyncEngine;
import vn.motcua.sync.SyncReport;
import vn.motcua.sync.TestDesks;

/**
 * Issue 16 in a real browser: Debian's headless Chromium driven by chromedriver (Selenium) against a real central
 * server whose figures came from three real desks synced over HTTP. Sign-in, lock-out after wrong passwords, the
 * overview sorted by on-time rate, one commune, the XLSX download read back, sign-out, and a viewer refused the
 * admin page. Skips (with the reason) only when chromium or chromedriver is not installed; {@code .ci/run} installs
 * both. {@code -Ddashboard.screenshots=DIR} also saves the overview and a commune at 1366 and 768 px wide.
 */
class DashboardBrowserTest {
    static final String A = "000.00.01.H22";
    static final String B = "000.00.02.H22";

    @TempDir
    Path dir;
    CentralContext central;
    CentralServer server;
    DeskContext desk1;
    DeskContext desk2;
    DeskContext desk3;
    WebDriver browser;
    Path downloads;
    String base;

    static Path executable(String... names) {
        for (String name : names) {
            for (String folder : (System.getenv("PATH") == null ? "/usr/bin" : System.getenv("PATH") + ":/usr/bin")
                    .split(File.pathSeparator)) {
                Path p = Path.of(folder, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    @BeforeEach
    void start() throws Exception {
        Path chromium = executable("chromium", "chromium-browser");
        Path driver = executable("chromedriver");
        Assumptions.assumeTrue(chromium != null && driver != null, "skipped: the browser tests need Debian's "
                + "chromium and chromium-driver (apt-get install -y chromium chromium-driver; .ci/run installs them)");
        String[] db = database();
        CentralConfig cfg = CentralConfig.defaults(db[0]).withDatabase(db[0], db[1], db[2], 4).withHost("127.0.0.1")
                .withPort(0).withLimits(CentralFixture.generous()).withKeyFile(dir.resolve("central.key"));
        central = CentralContext.open(cfg, Clock.systemUTC());
        server = CentralServer.start(central, cfg);
        base = server.baseUrl();
        central.admin().addOffice(A, "Xã Quảng Phú", false);
        central.admin().addOffice(B, "Xã Đông Hòa", false);
        desk1 = TestDesks.desk(dir, A, 1);
        desk2 = TestDesks.desk(dir, A, 2);
        desk3 = TestDesks.desk(dir.resolve("b"), B, 1);
        SyncEngine sync1 = TestDesks.enrolled(central, server, A, desk1, 1);
        SyncEngine sync2 = TestDesks.enrolled(central, server, A, desk2, 2);
        SyncEngine sync3 = TestDesks.enrolled(central, server, B, desk3, 1);
        LocalDateTime now = LocalDateTime.now(desk1.clock()).withNano(0);
        // Quảng Phú: one resolved late, one on time, one overdue now. Đông Hòa: one resolved on time.
        String late = TestDesks.register(desk1, now.minusDays(30));
        act(desk1, late, DossierAction.TRANSFER, DossierAction.FINISH);
        String quick = TestDesks.register(desk1, now.minusHours(2));
        act(desk1, quick, DossierAction.TRANSFER, DossierAction.FINISH);
        String overdue = TestDesks.register(desk2, now.minusDays(15));
        act(desk2, overdue, DossierAction.TRANSFER);
        String b1 = TestDesks.register(desk3, now.minusHours(3));
        act(desk3, b1, DossierAction.TRANSFER, DossierAction.FINISH);
        for (SyncEngine s : List.of(sync1, sync2, sync3)) {
            SyncReport r = s.syncOnce();
            assertThat(r.ok()).as("sync: %s", r.error()).isTrue();
        }
        this.overdueCode = overdue;
        central.provinceAccounts().add("test", "tinh.admin", "Trần Thị Quản Trị", "province-admin",
                "mat-khau-quan-tri");
        central.provinceAccounts().add("test", "xem.so.lieu", "Lê Văn Xem", "province-viewer", "mat-khau-xem-so");
        central.provinceAccounts().add("test", "hay.quen", "Phạm Hay Quên", "province-viewer", "mat-khau-that-su");

        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,900", "--lang=vi-VN");
        o.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build(), o);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    String overdueCode;

    /** The central database URL, user and password (SQLite here; {@code DashboardBrowserPostgresTest}: PostgreSQL). */
    String[] database() throws Exception {
        return new String[] {TestDatabases.sqlite(dir), null, null};
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        TestDesks.closeAll(desk1, desk2, desk3, server, central);
    }

    @Test
    void signIn_lockOut_sortByOnTime_drillIn_downloadXlsx_signOut_viewerRefusedAdminPage() throws Exception {
        // Not signed in: any dashboard page leads to the sign-in page.
        browser.get(base + "/dashboard");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login");
        assertThat(browser.getTitle()).isEqualTo("Đăng nhập — Quầy Một Cửa · Tỉnh");

        // Wrong passwords: refused, then the account is locked and even the right password is refused.
        for (int i = 1; i <= ProvinceAccountsLimits.MAX; i++) {
            signIn("hay.quen", "sai-mat-khau-" + i);
            assertThat(notice()).contains(i < ProvinceAccountsLimits.MAX ? "không đúng" : "tạm khóa");
        }
        signIn("hay.quen", "mat-khau-that-su");
        assertThat(notice()).contains("Tài khoản tạm khóa");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard/login");

        // The administrator signs in: the overview of every commune, by name.
        signIn("tinh.admin", "mat-khau-quan-tri");
        assertThat(browser.getCurrentUrl()).endsWith("/dashboard");
        LocalDate today = LocalDate.now(desk1.clock());
        browser.get(base + "/dashboard?p=custom&from=" + today.minusDays(40) + "&to=" + today);
        assertThat(communes()).containsExactly("Xã Đông Hòa", "Xã Quảng Phú");
        assertThat(browser.findElement(By.cssSelector("#overview tfoot")).getText()).contains("Toàn tỉnh (2 xã)");

        // Sorted by on-time rate: Quảng Phú (1 of 2 on time) before Đông Hòa (1 of 1), then the reverse.
        go(By.id("sort-on-time"));
        assertThat(communes()).containsExactly("Xã Quảng Phú", "Xã Đông Hòa");
        assertThat(rates()).containsExactly("50 %", "100 %");
        go(By.id("sort-on-time"));
        assertThat(communes()).containsExactly("Xã Đông Hòa", "Xã Quảng Phú");

        // Filter by name (accents ignored) keeps one commune and its totals.
        WebElement text = browser.findElement(By.id("filter-text"));
        text.clear();
        text.sendKeys("quang phu");
        go(By.id("apply"));
        assertThat(communes()).containsExactly("Xã Quảng Phú");
        browser.get(base + "/dashboard?p=custom&from=" + today.minusDays(40) + "&to=" + today
                + "&sort=ON_TIME_RATE&dir=asc");
        screenshots("overview");

        // Drill into Quảng Phú: its overdue dossier with the receiving clerk, no citizen's name; the chart drew.
        go(By.linkText("Xã Quảng Phú"));
        assertThat(browser.findElement(By.id("commune-name")).getText()).isEqualTo("Xã Quảng Phú");
        assertThat(browser.findElement(By.id("overdue")).getText()).contains(overdueCode).contains("Quầy 2");
        assertThat(browser.getPageSource()).doesNotContain("Nguyễn Văn Đức").doesNotContain("038095012345");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElements(By.cssSelector("#trend canvas"))
                .isEmpty());
        screenshots("commune");
        assertThat(audited("VIEW_DOSSIER_LIST", A)).isTrue();

        // Back to the overview and download the spreadsheet; read it back.
        go(By.id("back"));
        browser.findElement(By.id("export-xlsx")).click();
        Path xlsx = waitForDownload(".xlsx");
        List<List<String>> sheet = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); ReadableWorkbook wb = new ReadableWorkbook(in);
             Stream<Row> rows = wb.getFirstSheet().openStream()) {
            rows.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCellText(i));
                }
                sheet.add(cells);
            });
        }
        List<String> phu = sheet.stream().filter(r -> r.contains("Xã Quảng Phú")).findFirst().orElseThrow();
        assertThat(phu).contains(A);
        assertThat(sheet.stream().anyMatch(r -> r.contains("Xã Đông Hòa"))).isTrue();
        assertThat(sheet.stream().anyMatch(r -> r.contains("Toàn tỉnh"))).isTrue();

        // Sign out: back at the sign-in page, and the overview asks for a sign-in again.
        go(By.id("sign-out"));
        assertThat(notice()).contains("Đã đăng xuất");
        browser.get(base + "/dashboard");
        assertThat(browser.getCurrentUrl()).contains("/dashboard/login");

        // A viewer sees the figures but not the accounts page.
        signIn("xem.so.lieu", "mat-khau-xem-so");
        assertThat(browser.findElements(By.linkText("Tài khoản"))).isEmpty();
        browser.get(base + "/dashboard/users");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
        assertThat(audited("REFUSED", null)).isTrue();

        // The national portal's outbox per office (issue 17), for a viewer too: Quảng Phú paused with a change
        // waiting for two hours, Đông Hòa with one change the portal refused, set aside with its reason.
        seedPortal();
        browser.get(base + "/dashboard");
        go(By.id("nav-portal"));
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Gửi hồ sơ lên Cổng Dịch vụ công quốc gia");
        List<PortalStatus.Office> held = PortalStatus.read(central.database(), Clock.systemUTC());
        assertThat(held).extracting(PortalStatus.Office::officeCode).containsExactly(A, B);
        for (PortalStatus.Office o : held) {
            List<String> cells = browser.findElements(By.cssSelector("#portal tr[data-office='" + o.officeCode()
                    + "'] td")).stream().map(WebElement::getText).toList();
            assertThat(cells.get(0)).startsWith(o.officeCode().equals(A) ? "Xã Quảng Phú" : "Xã Đông Hòa");
            assertThat(cells.subList(1, 5)).containsExactly(Fmt.n(o.sent()), Fmt.n(o.waiting()),
                    o.waiting() == 0 ? "—" : Fmt.span(o.oldestWaitingSeconds()), Fmt.n(o.setAside()));
            assertThat(cells.get(5)).contains(o.officeCode().equals(A) ? "Tạm dừng" : "Đang gửi");
        }
        assertThat(held.get(0).oldestWaitingSeconds()).isBetween(7200L, 7200L + 600);
        assertThat(held.get(1).setAside()).isEqualTo(1);
        String aside = browser.findElement(By.id("set-aside")).getText();
        assertThat(aside).contains("Xã Đông Hòa").contains(B + "-261201-0042").contains("lần 1").contains("4 · Đang xử lý")
                .contains("MaTTHC không có trong danh mục thủ tục của đơn vị (error_code 3)");
        assertThat(browser.getPageSource()).doesNotContain("Nguyễn Văn Đức").doesNotContain("038095012345");
        screenshots("portal");
        assertThat(audited("VIEW_PORTAL", null)).isTrue();
    }

    /** Outbox rows as the sender leaves them: sent, waiting (two hours old) and set aside; office A paused. */
    private void seedPortal() {
        long now = System.currentTimeMillis();
        central.database().run(c -> {
            try (var ps = c.prepareStatement("INSERT INTO portal_outbox (dossier_id, version, office_code, "
                    + "dossier_code, status, dossier, created_at, state, attempts, next_at, last_error, sent_at) "
                    + "VALUES (?, 1, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?)")) {
                Object[][] rows = {
                    {"seed-a1", A, A + "-261201-0001", 2, now - 3 * 3_600_000L, "SENT", 1, null, now - 3_000_000L},
                    {"seed-a2", A, A + "-261201-0002", 4, now - 2 * 3_600_000L, "WAITING", 0, null, null},
                    {"seed-b1", B, B + "-261201-0042", 4, now - 5 * 3_600_000L, "SET_ASIDE", 8,
                        "MaTTHC không có trong danh mục thủ tục của đơn vị (error_code 3)", null}};
                for (Object[] r : rows) {
                    ps.setString(1, (String) r[0]);
                    ps.setString(2, (String) r[1]);
                    ps.setString(3, (String) r[2]);
                    ps.setInt(4, (Integer) r[3]);
                    ps.setLong(5, (Long) r[4]);
                    ps.setString(6, (String) r[5]);
                    ps.setInt(7, (Integer) r[6]);
                    ps.setLong(8, now);
                    ps.setString(9, (String) r[7]);
                    if (r[8] == null) {
                        ps.setNull(10, java.sql.Types.BIGINT);
                    } else {
                        ps.setLong(10, (Long) r[8]);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
        PortalStatus.setPaused(central.database(), A, true);
    }

    /** The lock-out's limit, named once for the test. */
    static final class ProvinceAccountsLimits {
        static final int MAX = vn.motcua.central.dashboard.ProvinceAccounts.MAX_FAILURES;
    }

    private void signIn(String user, String password) {
        if (!browser.getCurrentUrl().contains("/dashboard/login")) {
            browser.get(base + "/dashboard/login");
        }
        WebElement u = browser.findElement(By.id("username"));
        u.clear();
        u.sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        go(By.id("sign-in"));
    }

    /**
     * Clicks a link or a form's button and waits until the browser has left the page (a click returns before the
     * next page is loaded: reading right after it could find the old page's elements, or the old address).
     */
    private void go(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    /** The page's notice, waiting for it (a click that posts a form returns before the next page is loaded). */
    private String notice() {
        return new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.findElements(By.id("notice")).isEmpty() ? null : b.findElement(By.id("notice")))
                .getText();
    }

    private List<String> communes() {
        return browser.findElements(By.cssSelector("#overview tbody a.commune")).stream().map(WebElement::getText)
                .toList();
    }

    private List<String> rates() {
        return browser.findElements(By.cssSelector("#overview tbody td.rate span")).stream().map(WebElement::getText)
                .toList();
    }

    private Path waitForDownload(String suffix) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            try (Stream<Path> files = Files.list(downloads)) {
                var done = files.filter(p -> p.toString().endsWith(suffix)).findFirst();
                if (done.isPresent()) {
                    return done.get();
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + suffix + " downloaded into " + downloads);
    }

    private boolean audited(String action, String target) {
        return central.database().read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM dashboard_audit WHERE action = ?"
                    + (target == null ? "" : " AND target = ?"))) {
                ps.setString(1, action);
                if (target != null) {
                    ps.setString(2, target);
                }
                try (var rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) > 0;
                }
            }
        });
    }

    /** With -Ddashboard.screenshots=DIR: the page at desktop (1366) and tablet (768) width, whole height. */
    private void screenshots(String name) throws Exception {
        String to = System.getProperty("dashboard.screenshots");
        if (to == null || to.isBlank()) {
            return;
        }
        Files.createDirectories(Path.of(to));
        for (int width : new int[] {1366, 768}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            Thread.sleep(400);
            Object h = ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(width, Math.min(3200, ((Number) h).intValue() + 160)));
            Thread.sleep(300);
            Files.write(Path.of(to, name + "-" + width + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
        browser.manage().window().setSize(new Dimension(1366, 900));
    }

    private static void act(DeskContext d, String code, DossierAction... actions) {
        for (DossierAction a : actions) {
            d.dossiers().apply(code, a, admin(d), null, null, null);
        }
    }

    private static Actor admin(DeskContext d) {
        return TestDesks.admin(d);
    }
}
