package vn.motcua.sync.wire;

import java.util.List;

/**
 * {@code GET /api/v1/pull?since=CURSOR&limit=N}: changes of the device's office after the cursor.
 *
 * @param nextCursor pass it as {@code since} next time; server sequence numbers, never client clocks
 * @param hasMore    more changes wait: pull again at once
 */
public record PullPage(int protocol, List<Change> changes, String nextCursor, boolean hasMore) {
}
