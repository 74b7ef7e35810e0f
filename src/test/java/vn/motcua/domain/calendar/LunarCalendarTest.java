package vn.motcua.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar lunar = LunarCalendar.VIETNAM;

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
        "2023, 2023-01-22",
        "2024, 2024-02-10",
        "2025, 2025-01-29",
        "2026, 2026-02-17",
        "2027, 2027-02-06",
        "2028, 2028-01-26",
    })
    void tet_fallsOnKnownSolarDate(int year, LocalDate expected) {
        assertThat(lunar.solarDate(year, 1, 1)).isEqualTo(expected);
        assertThat(lunar.lunarDate(expected)).isEqualTo(new LunarDate(year, 1, 1, false));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
        "2025, 2025-04-07",
        "2026, 2026-04-26",
        "2027, 2027-04-16",
    })
    void hungKingsDay_isTenthOfThirdLunarMonth(int year, LocalDate expected) {
        assertThat(lunar.solarDate(year, 3, 10)).isEqualTo(expected);
        assertThat(lunar.lunarDate(expected)).isEqualTo(new LunarDate(year, 3, 10, false));
    }

    @ParameterizedTest(name = "{0} is {1}/{2}/{3} leap={4}")
    @CsvSource({
        "2025-07-25, 2025, 6, 1, true",
        "2025-06-25, 2025, 6, 1, false",
        "2023-03-22, 2023, 2, 1, true",
        "2020-05-23, 2020, 4, 1, true",
        "2025-01-28, 2024, 12, 29, false",
        "2024-12-31, 2024, 12, 1, false",
    })
    void lunarDate_knowsLeapMonthsAndYearEnds(LocalDate solar, int year, int month, int day, boolean leap) {
        assertThat(lunar.lunarDate(solar)).isEqualTo(new LunarDate(year, month, day, leap));
    }

    @ParameterizedTest(name = "Tết {0}: Vietnam {1}, China {2}")
    @CsvSource({
        "1985, 1985-01-21, 1985-02-20",
        "2007, 2007-02-17, 2007-02-18",
        // new moon 2 Feb 2030 16:07 UT = 23:07 in Hà Nội, 00:07 on 3 Feb in Beijing; the brief's anchor
        // 2030-02-03 is the Chinese date (see docs/formats/calendar.md)
        "2030, 2030-02-02, 2030-02-03",
    })
    void timeZone_decidesTheDay_vietnamDiffersFromChina(int year, LocalDate vietnam, LocalDate china) {
        assertThat(lunar.solarDate(year, 1, 1)).isEqualTo(vietnam);
        assertThat(new LunarCalendar(ZoneOffset.ofHours(8)).solarDate(year, 1, 1)).isEqualTo(china);
    }

    @Test
    void roundTrip_everyDayOfADecade() {
        for (LocalDate d = LocalDate.of(2020, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            LunarDate ld = lunar.lunarDate(d);
            assertThat(ld.day()).isBetween(1, 30);
            if (!ld.leapMonth()) {
                assertThat(lunar.solarDate(ld.year(), ld.month(), ld.day())).as("round trip of %s", d).isEqualTo(d);
            }
            LunarDate next = lunar.lunarDate(d.plusDays(1));
            assertThat(next.day() == ld.day() + 1 || next.day() == 1).as("day after %s", d).isTrue();
        }
    }

    @Test
    void solarDate_rejectsDayThirtyOfAShortMonth() {
        LocalDate tet2025 = lunar.solarDate(2025, 1, 1);
        // month 12 of 2024 ends the day before Tết 2025 (28 Jan 2025 is its 29th and last day)
        assertThat(lunar.lunarDate(tet2025.minusDays(1)).day()).isEqualTo(29);
        assertThatThrownBy(() -> lunar.solarDate(2024, 12, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newMoon_matchesMeeusExample49a() {
        // Meeus, Astronomical Algorithms, example 49.a: new moon of 1977 February, k = -283, JDE 2443192.65118
        assertThat(LunarCalendar.Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.0001));
    }

    @Test
    void sunLongitude_matchesMeeusExample25a() {
        // Meeus example 25.a: 1992 October 13.0 TD, apparent longitude 199.90895° (low-accuracy method)
        assertThat(LunarCalendar.Astronomy.apparentSunLongitude(2448908.5)).isCloseTo(199.90895, within(0.001));
    }
}
