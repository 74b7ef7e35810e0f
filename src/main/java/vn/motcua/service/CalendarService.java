package vn.motcua.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.calendar.Appointment;
import vn.motcua.domain.calendar.AppointmentCalculator;
import vn.motcua.domain.calendar.SameDayLateMode;
import vn.motcua.domain.calendar.WorkingCalendar;
import vn.motcua.domain.calendar.WorkingSessions;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.dossier.AppointmentClock;
import vn.motcua.domain.dossier.SequenceBlocks;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.Database;
import vn.motcua.store.SettingsRepository;
import vn.motcua.store.calendar.CalendarFile;
import vn.motcua.store.calendar.CalendarProblem;
import vn.motcua.domain.text.Msg;

/** The working calendar, the desk settings, and the appointment calculator built from both. */
public final class CalendarService {
    private final Database db;
    private final CalendarRepository calendars;
    private final SettingsRepository settingsRepo;
    private final Clock clock;
    private volatile AppointmentCalculator calculator;
    private volatile DeskSettings settings;

    CalendarService(Database db, CalendarRepository calendars, SettingsRepository settingsRepo, Clock clock) {
        this.db = db;
        this.calendars = calendars;
        this.settingsRepo = settingsRepo;
        this.clock = clock;
    }

    /** What a calendar import did; a file with any problem imports nothing. */
    public record ImportResult(List<Integer> years, List<CalendarProblem> problems, boolean applied) {
    }

    public ImportResult importFile(Path file, Actor actor) throws IOException {
        Roles.require(actor, "action.calendar.import", Role.ADMIN);
        try (InputStream in = Files.newInputStream(file)) {
            CalendarFile.Parsed parsed = CalendarFile.parse(in);
            List<Integer> years = parsed.years().stream().map(y -> y.year()).toList();
            if (!parsed.problems().isEmpty() || parsed.years().isEmpty()) {
                return new ImportResult(years, parsed.problems(), false);
            }
            LocalDateTime now = LocalDateTime.now(clock);
            db.run(c -> {
                calendars.replaceYears(c, parsed.restDays(), parsed.years(), now);
            });
            invalidate();
            return new ImportResult(years, List.of(), true);
        }
    }

    /** Stores the shipped official calendars when no calendar is stored yet. */
    public void loadOfficialIfEmpty() {
        if (db.read(calendars::yearCount) > 0) {
            return;
        }
        WorkingCalendar official = CalendarFile.loadOfficial();
        LocalDateTime now = LocalDateTime.now(clock);
        db.run(c -> {
            calendars.replaceYears(c, official.restDays(), new ArrayList<>(official.years()), now);
        });
        invalidate();
    }

    public WorkingCalendar workingCalendar() {
        return calculator().calendar();
    }

    public DeskSettings settings() {
        DeskSettings s = settings;
        if (s == null) {
            s = DeskSettings.from(db.read(settingsRepo::all));
            settings = s;
        }
        return s;
    }

    /** Changes one setting after checking its value; refuses unknown keys and bad values with a Vietnamese message. */
    public void putSetting(String key, String value, Actor actor) {
        Roles.require(actor, "action.settings.change", Role.ADMIN);
        Map<String, String> current = new java.util.HashMap<>(settings().toMap());
        if (!current.containsKey(key)) {
            throw new ValidationException(key, Msg.of("setting.unknown", key));
        }
        checkSettingValue(key, value == null ? "" : value.trim());
        current.put(key, value.trim());
        try {
            DeskSettings next = DeskSettings.from(current);
            new WorkingSessions(next.sessions().morningStart(), next.sessions().morningEnd(),
                    next.sessions().afternoonStart(), next.sessions().afternoonEnd());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(key, Msg.of("setting.hours.order"));
        }
        db.run(c -> {
            settingsRepo.put(c, key, value.trim());
        });
        invalidate();
    }

    /**
     * Changes several settings at once (e.g. the four working-hour marks together, so no half-changed order is ever
     * checked): every value is checked first, then all are stored in one transaction; one bad value stores nothing.
     */
    public void putSettings(Map<String, String> values, Actor actor) {
        Roles.require(actor, "action.settings.change", Role.ADMIN);
        Map<String, String> current = new java.util.HashMap<>(settings().toMap());
        Map<String, String> clean = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                throw new ValidationException(e.getKey(), Msg.of("setting.unknown", e.getKey()));
            }
            String v = e.getValue() == null ? "" : e.getValue().trim();
            checkSettingValue(e.getKey(), v);
            clean.put(e.getKey(), v);
        }
        current.putAll(clean);
        try {
            new WorkingSessions(LocalTime.parse(current.get(DeskSettings.MORNING_START)),
                    LocalTime.parse(current.get(DeskSettings.MORNING_END)),
                    LocalTime.parse(current.get(DeskSettings.AFTERNOON_START)),
                    LocalTime.parse(current.get(DeskSettings.AFTERNOON_END)));
        } catch (RuntimeException e) {
            throw new ValidationException(DeskSettings.MORNING_START,
                    Msg.of("setting.hours.order"));
        }
        db.run(c -> {
            for (Map.Entry<String, String> e : clean.entrySet()) {
                settingsRepo.put(c, e.getKey(), e.getValue());
            }
        });
        invalidate();
    }

    private static void checkSettingValue(String key, String value) {
        try {
            switch (key) {
                case DeskSettings.MORNING_START, DeskSettings.MORNING_END, DeskSettings.AFTERNOON_START,
                        DeskSettings.AFTERNOON_END, DeskSettings.CUTOFF -> LocalTime.parse(value);
                case DeskSettings.LATE_MODE -> SameDayLateMode.valueOf(value);
                case DeskSettings.SKIP_HOLIDAYS -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new IllegalArgumentException();
                    }
                }
                case DeskSettings.BLOCK_SIZE -> new SequenceBlocks(Integer.parseInt(value));
                case DeskSettings.DUE_SOON_HOURS -> {
                    int h = Integer.parseInt(value);
                    if (h < 1 || h > 240) {
                        throw new IllegalArgumentException();
                    }
                }
                case DeskSettings.TEMPLATE_SET -> DeskSettings.templateSetValue(value);
                case DeskSettings.TEMPLATE_SET_2025_FROM -> java.time.LocalDate.parse(value);
                case DeskSettings.PAYMENT_BANK_BIN -> {
                    if (!value.isEmpty() && !value.matches("\\d{6}")) {
                        throw new IllegalArgumentException();
                    }
                }
                case DeskSettings.PAYMENT_ACCOUNT -> {
                    if (!value.isEmpty() && vn.motcua.domain.fee.VietQr.problem("000000", value).isPresent()) {
                        throw new IllegalArgumentException();
                    }
                }
                case DeskSettings.PAYMENT_ACCOUNT_NAME -> {
                    if (value.length() > 70) {
                        throw new IllegalArgumentException();
                    }
                }
                case DeskSettings.CENTRAL_URL -> {
                    if (!value.matches("https?://[^\\s/]+(/\\S*)?")) {
                        throw new IllegalArgumentException();
                    }
                }
                default -> throw new IllegalArgumentException();
            }
        } catch (RuntimeException e) {
            throw new ValidationException(key, Msg.of("setting.value.invalid", value, key));
        }
    }

    public AppointmentCalculator calculator() {
        AppointmentCalculator c = calculator;
        if (c == null) {
            WorkingCalendar cal = db.read(calendars::load);
            c = new AppointmentCalculator(cal, settings().appointmentRules());
            calculator = c;
        }
        return c;
    }

    public Appointment appointment(LocalDateTime receivedAt, ProcessingTime time, boolean cutoffApplies) {
        return calculator().compute(receivedAt, time, cutoffApplies);
    }

    /** The supplement clock of the status machine, over this desk's calendar. */
    public AppointmentClock appointmentClock() {
        return new AppointmentClock() {
            @Override
            public LocalDateTime dueFrom(LocalDateTime start, ProcessingTime time) {
                return calculator().compute(start, time, false).appointmentAt();
            }

            @Override
            public LocalDateTime shiftByPause(LocalDateTime oldDue, LocalDateTime pausedAt, LocalDateTime resumedAt) {
                AppointmentCalculator calc = calculator();
                long paused = calc.workingMinutesBetween(pausedAt, resumedAt);
                return calc.nextWorkingMoment(calc.addWorkingMinutes(oldDue, paused));
            }
        };
    }

    /** Drops the cached calendar and settings (after sync brought a new calendar or catalogue down). */
    public void reload() {
        invalidate();
    }

    private void invalidate() {
        calculator = null;
        settings = null;
    }
}
