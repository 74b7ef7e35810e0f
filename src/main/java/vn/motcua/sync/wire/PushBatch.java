package vn.motcua.sync.wire;

import java.util.List;

/**
 * {@code POST /api/v1/push}: events in the desk's order. The server applies them in that order.
 *
 * @param auditHead the desk's audit chain head as it stands now (may be null: a desk without one)
 */
public record PushBatch(int protocol, List<PushEvent> events, AuditHead auditHead) {

    public PushBatch(int protocol, List<PushEvent> events) {
        this(protocol, events, null);
    }
}
