package vn.motcua.domain.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The lunisolar calendar computed from astronomy: a month starts on the local day of a new moon, month 11 contains
 * the winter solstice, and in a year with 13 months the leap month is the first month after month 11 that contains
 * no major solar term (trung khí, a multiple of 30° of the sun's longitude). {@link #VIETNAM} uses UTC+7, which is
 * what distinguishes the Vietnamese calendar from the Chinese one (UTC+8).
 *
 * <p>Astronomy after J. Meeus, <i>Astronomical Algorithms</i> (2nd ed.): mean new moon with the periodic and
 * planetary corrections (ch. 49), the sun's apparent longitude in the low-accuracy form (ch. 25) and a polynomial
 * ΔT. Good to well under an hour for 1900–2199, the supported range.
 */
public final class LunarCalendar {

    /** The Vietnamese calendar (UTC+7). */
    public static final LunarCalendar VIETNAM = new LunarCalendar(ZoneOffset.ofHours(7));

    /** First and last solar year supported. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    private static final double SYNODIC_MONTH = 29.530588861;
    private static final double NEW_MOON_2000 = 2451550.09766;
    private static final double J2000 = 2451545.0;
    private static final long JDN_OF_EPOCH_DAY_0 = 2440588L;

    private final double zoneDays;

    /** A calendar for the given zone offset (the offset decides on which local day a new moon falls). */
    public LunarCalendar(ZoneOffset offset) {
        this.zoneDays = offset.getTotalSeconds() / 86400.0;
    }

    /** The solar date of a day of a non-leap lunar month; throws IllegalArgumentException for a day that does not exist. */
    public LocalDate solarDate(int lunarYear, int lunarMonth, int lunarDay) {
        if (lunarMonth < 1 || lunarMonth > 12 || lunarDay < 1 || lunarDay > 30) {
            throw new IllegalArgumentException("invalid lunar date " + lunarDay + "/" + lunarMonth + "/" + lunarYear);
        }
        checkYear(lunarYear);
        YearBlock block = new YearBlock(lunarMonth >= 11 ? lunarYear : lunarYear - 1);
        int offset = block.offsetOf(lunarMonth);
        LocalDate first = block.monthStart(offset);
        LocalDate next = block.monthStart(offset + 1);
        LocalDate date = first.plusDays(lunarDay - 1L);
        if (!date.isBefore(next)) {
            throw new IllegalArgumentException("lunar month " + lunarMonth + "/" + lunarYear + " has no day " + lunarDay);
        }
        return date;
    }

    /** The lunar date of a solar date. */
    public LunarDate lunarDate(LocalDate date) {
        checkYear(date.getYear());
        long k = Math.round((julianDay(date) - NEW_MOON_2000) / SYNODIC_MONTH);
        while (newMoonDay(k).isAfter(date)) {
            k--;
        }
        while (!newMoonDay(k + 1).isAfter(date)) {
            k++;
        }
        YearBlock block = new YearBlock(date.getYear());
        if (block.k11 > k) {
            block = new YearBlock(date.getYear() - 1);
        }
        int offset = (int) (k - block.k11);
        int day = (int) (date.toEpochDay() - newMoonDay(k).toEpochDay()) + 1;
        int month = block.monthNumber(offset);
        int year = offset < block.offsetOf(1) ? block.solarYear : block.solarYear + 1;
        return new LunarDate(year, month, day, offset == block.leapOffset);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("lunar calendar supports " + MIN_YEAR + "–" + MAX_YEAR + ", not " + year);
        }
    }

    /**
     * The lunar months from month 11 of one year (the one containing the December solstice of {@code solarYear}) up
     * to, excluding, month 11 of the next: 12 months, or 13 with a leap month at {@link #leapOffset}.
     */
    private final class YearBlock {
        final int solarYear;
        final long k11;
        final int leapOffset;

        YearBlock(int solarYear) {
            this.solarYear = solarYear;
            this.k11 = month11(solarYear);
            long nextK11 = month11(solarYear + 1);
            this.leapOffset = nextK11 - k11 == 13 ? findLeapOffset() : -1;
        }

        private int findLeapOffset() {
            int term = majorTerm(monthStart(1));
            for (int i = 1; i <= 12; i++) {
                int nextTerm = majorTerm(monthStart(i + 1));
                if (nextTerm == term) {
                    return i;
                }
                term = nextTerm;
            }
            throw new IllegalStateException("no month without a major term after month 11 of " + solarYear);
        }

        LocalDate monthStart(int offset) {
            return newMoonDay(k11 + offset);
        }

        /** Month number (11, 12, 1, 2, ...) at an offset from month 11; a leap month repeats the previous number. */
        int monthNumber(int offset) {
            int ordinal = leapOffset >= 0 && offset >= leapOffset ? offset - 1 : offset;
            return (ordinal + 10) % 12 + 1;
        }

        /** Offset of the non-leap month with this number. */
        int offsetOf(int month) {
            int ordinal = (month - 11 + 12) % 12;
            return leapOffset >= 0 && ordinal >= leapOffset ? ordinal + 1 : ordinal;
        }
    }

    /** Index of the new moon that starts month 11 (the local new-moon day on or before the December solstice). */
    private long month11(int solarYear) {
        LocalDate dec31 = LocalDate.of(solarYear, 12, 31);
        long k = Math.round((julianDay(dec31) - NEW_MOON_2000) / SYNODIC_MONTH);
        while (newMoonDay(k).isAfter(dec31)) {
            k--;
        }
        while (sunLongitudeAtStartOf(newMoonDay(k)) >= 270.0) {
            k--;
        }
        return k;
    }

    /** Which 30° sector the sun is in at the start of the local day: a month without a change has no major term. */
    private int majorTerm(LocalDate day) {
        return (int) Math.floor(sunLongitudeAtStartOf(day) / 30.0);
    }

    private double sunLongitudeAtStartOf(LocalDate day) {
        double jdUt = julianDay(day) - 0.5 - zoneDays;
        return Astronomy.apparentSunLongitude(jdUt + Astronomy.deltaTDays(jdUt));
    }

    /** The local date on which new moon number {@code k} (k = 0: 6 Jan 2000) falls. */
    private LocalDate newMoonDay(long k) {
        double jde = Astronomy.newMoonJde(k);
        double jdLocal = jde - Astronomy.deltaTDays(jde) + zoneDays;
        long jdn = (long) Math.floor(jdLocal + 0.5);
        return LocalDate.ofEpochDay(jdn - JDN_OF_EPOCH_DAY_0);
    }

    /** Julian day number of the date (the Julian date of its noon). */
    private static double julianDay(LocalDate date) {
        return date.toEpochDay() + JDN_OF_EPOCH_DAY_0;
    }

    /** The formulas, as functions of Julian Ephemeris Days. */
    static final class Astronomy {
        private Astronomy() {
        }

        /** Julian Ephemeris Day of the true new moon number k (Meeus ch. 49). */
        static double newMoonJde(long k) {
            double t = k / 1236.85;
            double t2 = t * t;
            double t3 = t2 * t;
            double t4 = t3 * t;
            double jde = NEW_MOON_2000 + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
            double e = 1 - 0.002516 * t - 0.0000074 * t2;
            double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
            double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
            double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
            double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
            return jde + periodic(e, m, mp, f, om) + planetary(k, t2);
        }

        private static double periodic(double e, double m, double mp, double f, double om) {
            return -0.40720 * Math.sin(mp)
                    + 0.17241 * e * Math.sin(m)
                    + 0.01608 * Math.sin(2 * mp)
                    + 0.01039 * Math.sin(2 * f)
                    + 0.00739 * e * Math.sin(mp - m)
                    - 0.00514 * e * Math.sin(mp + m)
                    + 0.00208 * e * e * Math.sin(2 * m)
                    - 0.00111 * Math.sin(mp - 2 * f)
                    - 0.00057 * Math.sin(mp + 2 * f)
                    + 0.00056 * e * Math.sin(2 * mp + m)
                    - 0.00042 * Math.sin(3 * mp)
                    + 0.00042 * e * Math.sin(m + 2 * f)
                    + 0.00038 * e * Math.sin(m - 2 * f)
                    - 0.00024 * e * Math.sin(2 * mp - m)
                    - 0.00017 * Math.sin(om)
                    - 0.00007 * Math.sin(mp + 2 * m)
                    + 0.00004 * Math.sin(2 * mp - 2 * f)
                    + 0.00004 * Math.sin(3 * m)
                    + 0.00003 * Math.sin(mp + m - 2 * f)
                    + 0.00003 * Math.sin(2 * mp + 2 * f)
                    - 0.00003 * Math.sin(mp + m + 2 * f)
                    + 0.00003 * Math.sin(mp - m + 2 * f)
                    - 0.00002 * Math.sin(mp - m - 2 * f)
                    - 0.00002 * Math.sin(3 * mp + m)
                    + 0.00002 * Math.sin(4 * mp);
        }

        private static final double[][] PLANETARY = {
            {299.77, 0.107408, 0.000325}, {251.88, 0.016321, 0.000165}, {251.83, 26.651886, 0.000164},
            {349.42, 36.412478, 0.000126}, {84.66, 18.206239, 0.000110}, {141.74, 53.303771, 0.000062},
            {207.14, 2.453732, 0.000060}, {154.84, 7.306860, 0.000056}, {34.52, 27.261239, 0.000047},
            {207.19, 0.121824, 0.000042}, {291.34, 1.844379, 0.000040}, {161.72, 24.198154, 0.000037},
            {239.56, 25.513099, 0.000035}, {331.55, 3.592518, 0.000023},
        };

        private static double planetary(long k, double t2) {
            double sum = 0;
            for (int i = 0; i < PLANETARY.length; i++) {
                double arg = PLANETARY[i][0] + PLANETARY[i][1] * k - (i == 0 ? 0.009173 * t2 : 0);
                sum += PLANETARY[i][2] * Math.sin(rad(arg));
            }
            return sum;
        }

        /** Apparent geocentric longitude of the sun in degrees [0, 360) (Meeus ch. 25, low accuracy). */
        static double apparentSunLongitude(double jde) {
            double t = (jde - J2000) / 36525.0;
            double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
            double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
            double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                    + (0.019993 - 0.000101 * t) * Math.sin(2 * m)
                    + 0.000289 * Math.sin(3 * m);
            double omega = rad(125.04 - 1934.136 * t);
            double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
            return ((lambda % 360.0) + 360.0) % 360.0;
        }

        /** ΔT = TT − UT in days, from the Espenak–Meeus polynomials (seconds-level, ample for dates). */
        static double deltaTDays(double jd) {
            double y = 2000.0 + (jd - J2000) / 365.25;
            double seconds;
            if (y < 1920) {
                double u = y - 1900;
                seconds = -2.79 + 1.494119 * u - 0.0598939 * u * u + 0.0061966 * u * u * u - 0.000197 * u * u * u * u;
            } else if (y < 1941) {
                double u = y - 1920;
                seconds = 21.20 + 0.84493 * u - 0.076100 * u * u + 0.0020936 * u * u * u;
            } else if (y < 1961) {
                double u = y - 1950;
                seconds = 29.07 + 0.407 * u - u * u / 233 + u * u * u / 2547;
            } else if (y < 1986) {
                double u = y - 1975;
                seconds = 45.45 + 1.067 * u - u * u / 260 - u * u * u / 718;
            } else if (y < 2005) {
                double u = y - 2000;
                seconds = 63.86 + 0.3345 * u - 0.060374 * u * u + 0.0017275 * u * u * u + 0.000651814 * u * u * u * u
                        + 0.00002373599 * u * u * u * u * u;
            } else if (y < 2050) {
                double u = y - 2000;
                seconds = 62.92 + 0.32217 * u + 0.005589 * u * u;
            } else if (y < 2150) {
                double u = (y - 1820) / 100;
                seconds = -20 + 32 * u * u - 0.5628 * (2150 - y);
            } else {
                double u = (y - 1820) / 100;
                seconds = -20 + 32 * u * u;
            }
            return seconds / 86400.0;
        }

        private static double rad(double degrees) {
            return Math.toRadians(degrees % 360.0);
        }
    }
}
