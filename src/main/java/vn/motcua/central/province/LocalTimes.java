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
        return vn.motcua.sync.wire.WireTimes.local(v);
    }

}
