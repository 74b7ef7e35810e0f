package vn.motcua.sync.wire;

import java.util.List;

/** {@code POST /api/v1/push}: events in the desk's order. The server applies them in that order. */
public record PushBatch(int protocol, List<PushEvent> events) {
}
