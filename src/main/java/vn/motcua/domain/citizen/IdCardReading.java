package vn.motcua.domain.citizen;

import java.util.Objects;
import vn.motcua.domain.text.Msg;

/**
 * What reading a scanned identity-card QR payload gave: the card, or the reason it cannot be used (then nothing is
 * filled).
 *
 * @param card    the fields read; null when the payload is damaged
 * @param problem why the payload was refused (a message key, decision 0009); null when it was read
 */
public record IdCardReading(IdCardPayload card, Msg problem) {

    public IdCardReading {
        if ((card == null) == (problem == null)) {
            throw new IllegalArgumentException("a reading has either a card or a problem");
        }
    }

    static IdCardReading of(IdCardPayload card) {
        return new IdCardReading(Objects.requireNonNull(card), null);
    }

    static IdCardReading damaged(Msg problem) {
        return new IdCardReading(null, Objects.requireNonNull(problem));
    }

    /** True when the payload was read. */
    public boolean ok() {
        return card != null;
    }
}
