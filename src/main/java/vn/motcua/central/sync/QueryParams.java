package vn.motcua.central.sync;

import vn.motcua.central.ApiException;
import vn.motcua.domain.text.Msg;

/** Whole-number query parameters of the API, refused with a 400 naming the parameter. */
final class QueryParams {
    private QueryParams() {
    }

    /**
     * @param raw      the parameter as sent
     * @param fallback the value when absent or blank; null makes the parameter required
     */
    static long number(String raw, String name, long min, long max, Long fallback) {
        if (raw == null || raw.isBlank()) {
            if (fallback == null) {
                throw ApiException.badRequest("INVALID_PARAMETER", Msg.of("central.param.missing", name));
            }
            return fallback;
        }
        try {
            long v = Long.parseLong(raw.trim());
            if (v < min || v > max) {
                throw ApiException.badRequest("INVALID_PARAMETER", Msg.of("central.param.range", name, min,
                        max));
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_PARAMETER", Msg.of("central.param.notNumber", name));
        }
    }
}
