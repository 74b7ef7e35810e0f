package vn.motcua.domain.fee;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The fee of a dossier, marked paid by a clerk. One per dossier.
 *
 * @param paidBy user name of the clerk who took the payment
 * @param note   free note (receipt number of a transfer, …), may be null
 */
public record FeePayment(UUID dossierId, long amountVnd, PaymentMethod method, LocalDateTime paidAt, String paidBy,
                         String note) {
    public FeePayment {
        Objects.requireNonNull(dossierId, "dossierId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(paidAt, "paidAt");
        if (amountVnd <= 0) {
            throw new IllegalArgumentException("a paid fee has a positive amount");
        }
        paidBy = paidBy == null ? "" : paidBy;
    }
}
