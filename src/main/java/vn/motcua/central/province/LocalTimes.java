package vn.motcua.central.province;

import java.time.LocalDateTime;

/** Desk-local times as the desks write them ({@code LocalDateTime.toString()}), read without the formatter. */
public final class LocalTimes {
    private LocalTimes() {
    }

    /**
     * The common shapes desks send, {@code yyyy-MM-ddTHH:mm[:ss[.f…]]} with every digit in place, read by hand (the
     * formatter was a tenth of the push's CPU, issue 18); null for anything else, which the caller then gives to
     * {@link LocalDateTime#parse} as before — also an out-of-range field, so a refusal stays the same.
     */
    public static LocalDateTime quick(String v) {
        int n = v.length();
        if (n < 16 || n == 17 || n == 18 || n == 20 || n > 29 || v.charAt(4) != '-' || v.charAt(7) != '-'
                || v.charAt(10) != 'T' || v.charAt(13) != ':' || (n > 16 && v.charAt(16) != ':')
                || (n > 19 && v.charAt(19) != '.')) {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = n > 16 ? digits(v, 17, 19) : 0;
        int nano = 0;
        if (n > 19) {
            int f = digits(v, 20, n);
            if (f < 0) {
                return null;
            }
            nano = f;
            for (int i = n - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }

    /** The number written by the ASCII digits {@code v[from, to)}; -1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int out = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }

}
