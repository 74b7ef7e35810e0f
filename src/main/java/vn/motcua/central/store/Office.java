package vn.motcua.central.store;

import java.time.Instant;

/** A commune office known to the server, keyed by its agency code. */
public record Office(String code, String name, Instant createdAt, long changeSeq) {
}
