package vn.motcua.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.domain.calendar.CalendarEntry;
import vn.motcua.domain.calendar.CalendarYear;
import vn.motcua.domain.calendar.DayKind;
import vn.motcua.domain.calendar.WorkingCalendar;

/** Official calendar years (days off and make-up working days) and the weekly rest days. */
public final class CalendarRepository {
    private static final String REST_DAYS = "calendar.restDays";
    private final SettingsRepository settings = new SettingsRepository();

    /** Replaces the given years wholesale (a year imported again is replaced, not merged). */
    public void replaceYears(Connection c, Set<DayOfWeek> restDays, List<CalendarYear> years, LocalDateTime now)
            throws SQLException {
        settings.put(c, REST_DAYS, String.join(",", restDays.stream().map(DayOfWeek::name).toList()));
        for (CalendarYear y : years) {
            SqlValues.update(c, "DELETE FROM calendar_day WHERE year = ?", y.year());
            SqlValues.update(c, "INSERT INTO calendar_year (year, provisional, source, imported_at) VALUES (?, ?, ?, ?) "
                            + "ON CONFLICT (year) DO UPDATE SET provisional = excluded.provisional, "
                            + "source = excluded.source, imported_at = excluded.imported_at",
                    y.year(), y.provisional(), y.source(), now);
            for (CalendarEntry e : y.entries()) {
                SqlValues.update(c, "INSERT INTO calendar_day (date, year, kind, description) VALUES (?, ?, ?, ?)",
                        e.date(), y.year(), e.kind(), e.description());
            }
        }
    }

    public int yearCount(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM calendar_year")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    public WorkingCalendar load(Connection c) throws SQLException {
        Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
        for (String d : settings.get(c, REST_DAYS).orElse("SATURDAY,SUNDAY").split(",")) {
            if (!d.isBlank()) {
                rest.add(DayOfWeek.valueOf(d.trim()));
            }
        }
        Map<Integer, List<CalendarEntry>> days = new LinkedHashMap<>();
        try (var st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT date, year, kind, description FROM calendar_day ORDER BY date")) {
            while (rs.next()) {
                days.computeIfAbsent(rs.getInt(2), k -> new ArrayList<>()).add(new CalendarEntry(
                        SqlValues.date(rs.getString(1)), DayKind.valueOf(rs.getString(3)), rs.getString(4)));
            }
        }
        List<CalendarYear> years = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT year, provisional, source FROM calendar_year ORDER BY year");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int year = rs.getInt(1);
                years.add(new CalendarYear(year, rs.getInt(2) == 1, rs.getString(3), days.getOrDefault(year, List.of())));
            }
        }
        return WorkingCalendar.of(rest, years);
    }
}
