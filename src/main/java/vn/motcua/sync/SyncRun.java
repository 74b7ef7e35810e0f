package vn.motcua.sync;

/**
 * What one run has done so far, added to by each step as it goes: a run stopped half-way (network down after three
 * batches) still reports what got through. Only the run's own thread touches it.
 */
final class SyncRun {
    int pushed;
    int duplicates;
    int rejected;
    int pulled;
    int deferred;
    int skipped;
    int attempts;
    int filesSent;
    long bytesSent;
    int filesFetched;
    /** Server clock minus desk clock, from the last answer that had a date; null when none. */
    Long skewMs;
    boolean documentsChanged;
    /** A problem worth showing although the run went through (a pulled change this build cannot use). */
    vn.motcua.domain.text.Msg problem;
}
