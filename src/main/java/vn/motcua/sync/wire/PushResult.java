package vn.motcua.sync.wire;

import java.util.List;

/** The answer to a push: one result per event, in the batch's order. */
public record PushResult(int protocol, List<EventResult> results) {
}
