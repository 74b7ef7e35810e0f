package vn.motcua.store.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.calendar.CalendarEntry;
import vn.motcua.domain.calendar.CalendarYear;
import vn.motcua.domain.calendar.DayKind;
import vn.motcua.domain.calendar.TestCalendars;

class CalendarFileTest {

    private static CalendarFile.Parsed parse(String json) {
        return CalendarFile.parse(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    /** A file with one year 2026 whose days are given as JSON objects with single quotes. */
    private static CalendarFile.Parsed parseDays(String... days) {
        return parse("{'formatVersion':1,'restDays':['SATURDAY','SUNDAY'],'years':[{'year':2026,"
                + "'provisional':false,'source':'test','days':[" + String.join(",", days) + "]}]}");
    }

    @Test
    void validFile_isRead() {
        CalendarFile.Parsed p = parseDays(
                "{'date':'2026-01-01','kind':'day-off','description':'Tết Dương lịch'}",
                "{'date':'2026-01-10','kind':'working-day','description':'Làm bù cho thứ Sáu 02/01'}");
        assertThat(p.problems()).isEmpty();
        assertThat(p.restDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(p.years()).singleElement().satisfies(y -> {
            assertThat(y.year()).isEqualTo(2026);
            assertThat(y.source()).isEqualTo("test");
            assertThat(y.entries()).extracting(CalendarEntry::kind).containsExactly(DayKind.DAY_OFF, DayKind.WORKING_DAY);
        });
        assertThat(p.toCalendar().isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown kind     | {'date':'2026-01-01','kind':'holiday','description':'x'}     | years[0].days[0].kind | unknown kind 'holiday'",
        "bad date         | {'date':'2026-13-01','kind':'day-off','description':'x'}     | years[0].days[0].date | not a date",
        "year mismatch    | {'date':'2025-01-01','kind':'day-off','description':'x'}     | years[0].days[0].date | does not belong to year 2026",
        "day-off on Sun   | {'date':'2026-01-04','kind':'day-off','description':'x'}     | years[0].days[0].date | weekly rest day (SUNDAY)",
        "working weekday  | {'date':'2026-01-05','kind':'working-day','description':'x'} | years[0].days[0].date | is not a weekly rest day",
        "no description   | {'date':'2026-01-01','kind':'day-off'}                       | years[0].days[0].description | description is required",
    })
    void badDay_isReportedAtItsPath(String name, String day, String path, String message) {
        CalendarFile.Parsed p = parseDays(
                "{'date':'2026-01-01','kind':'day-off','description':'ok'}".replace("01-01", "09-02"), day);
        String shifted = path.replace("days[0]", "days[1]");
        assertThat(p.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo(shifted);
            assertThat(problem.message()).contains(message);
        });
        assertThat(p.years().get(0).entries()).hasSize(1);
        assertThat(p.isValid()).isFalse();
        assertThatThrownBy(p::toCalendar).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void duplicateDate_pointsAtBothPlaces() {
        CalendarFile.Parsed p = parseDays(
                "{'date':'2026-01-01','kind':'day-off','description':'a'}",
                "{'date':'2026-02-16','kind':'day-off','description':'b'}",
                "{'date':'2026-01-01','kind':'day-off','description':'c'}");
        assertThat(p.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("years[0].days[2].date");
            assertThat(problem.message()).contains("duplicate date 2026-01-01", "years[0].days[0]");
        });
    }

    @Test
    void malformedJson_givesLineAndColumn() {
        CalendarFile.Parsed p = parse("{'formatVersion':1,\n'years':[\n{'year':2026,,}]}");
        assertThat(p.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("malformed JSON at line 3, column ");
        });
        assertThat(p.years()).isEmpty();
    }

    @Test
    void duplicateJsonKey_isMalformed() {
        CalendarFile.Parsed p = parse("{'formatVersion':1,'formatVersion':1,'years':[]}");
        assertThat(p.problems()).singleElement().extracting(CalendarProblem::message).asString()
                .contains("malformed JSON at line 1");
    }

    @Test
    void documentLevelProblems() {
        CalendarFile.Parsed p = parse("{'formatVersion':2,'restDays':['SATURDAY','FUNDAY'],'years':["
                + "{'year':2026,'days':[]},{'year':2026,'days':[]},{'days':[]},{'year':2025}]}");
        assertThat(p.problems()).extracting(CalendarProblem::path).containsExactly(
                "formatVersion", "restDays[1]", "years[1].year", "years[2].year", "years[3].days");
        assertThat(p.problems().get(0).message()).contains("unsupported formatVersion 2");
        assertThat(p.years()).extracting(CalendarYear::year).containsExactly(2026, 2025);
    }

    @Test
    void notAnObject_andMissingYears() {
        assertThat(parse("[1,2]").problems()).extracting(CalendarProblem::path).containsExactly("");
        assertThat(parse("{'formatVersion':1}").problems()).extracting(CalendarProblem::path)
                .containsExactly("years");
        assertThat(parse("").problems()).hasSize(1);
    }

    @Test
    void restDays_fromFileChangeTheChecks() {
        CalendarFile.Parsed p = parse("{'formatVersion':1,'restDays':['SUNDAY'],'years':[{'year':2026,'days':["
                + "{'date':'2026-01-10','kind':'working-day','description':'Saturday is a working day here'}]}]}");
        assertThat(p.restDays()).containsExactly(DayOfWeek.SUNDAY);
        assertThat(p.problems()).singleElement().extracting(CalendarProblem::path)
                .isEqualTo("years[0].days[0].date");
    }

    @Test
    void descriptions_areNormalisedToNfc() {
        String decomposed = "Te\u0302\u0301t Du\u031bo\u031bng li\u0323ch";
        CalendarFile.Parsed p = parseDays("{'date':'2026-01-01','kind':'day-off','description':'" + decomposed + "'}");
        assertThat(p.years().get(0).entries().get(0).description()).isEqualTo("Tết Dương lịch");
    }

    @Test
    void write_thenParse_roundTrips() {
        List<CalendarYear> years = List.of(TestCalendars.year2026(), TestCalendars.year2025());
        String json = CalendarFile.write(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), years);
        assertThat(json).contains("\"formatVersion\" : 1", "\"kind\" : \"working-day\"", "\"date\" : \"2025-04-26\"");
        assertThat(json.indexOf("2025-01-01")).isLessThan(json.indexOf("2026-01-01"));
        CalendarFile.Parsed back = parse(json);
        assertThat(back.problems()).isEmpty();
        assertThat(back.years()).containsExactly(TestCalendars.year2025(), TestCalendars.year2026());
    }

    @Test
    void officialResource_roundTripsThroughWrite() {
        var official = CalendarFile.loadOfficial();
        CalendarFile.Parsed back = parse(CalendarFile.write(official.restDays(), official.years()));
        assertThat(back.problems()).isEmpty();
        assertThat(back.years()).isEqualTo(official.years());
    }
}
