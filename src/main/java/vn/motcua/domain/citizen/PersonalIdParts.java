package vn.motcua.domain.citizen;

import java.util.Optional;

/**
 * What the digits {@code PPP G YY} of a 12-digit personal identification number say (DOMAIN.md §6.1).
 * The number does not prove these facts; use them to pre-fill or to warn, never to refuse.
 *
 * @param provinceCode code of the province where the birth was registered (pre-2025 list), e.g. {@code 038}
 * @param birthYear    birth year given by the century digit G and YY, e.g. 1995
 * @param female       true for odd G (1, 3, 5, 7, 9)
 */
public record PersonalIdParts(String provinceCode, int birthYear, boolean female) {

    /** The province name when the code is in the list, e.g. "Thanh Hóa" for {@code 038}. */
    public Optional<String> provinceName() {
        return CitizenIds.provinceName(provinceCode);
    }
}
