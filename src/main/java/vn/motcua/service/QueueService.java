package vn.motcua.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.domain.dossier.TimeFlags;
import vn.motcua.store.Database;
import vn.motcua.store.QueueRepository;
import vn.motcua.store.QueueRepository.Criteria;

/**
 * The desk's work queues (DOMAIN.md §9): live counts and paged, sorted, searchable pages. Every query is bounded
 * (LIMIT/OFFSET over indexed columns), so a queue stays responsive with 100,000+ dossiers.
 */
public final class QueueService {
    /** The queues of the navigation, in the order a clerk reads them. */
    public enum Queue {
        NEW(DossierStatus.NEW),
        PROCESSING(DossierStatus.PROCESSING),
        WAITING(DossierStatus.WAITING),
        PAYING(DossierStatus.PAYING),
        RELEASING(DossierStatus.RELEASING),
        DONE(DossierStatus.DONE),
        /** Open dossiers whose effective appointment falls within the due-soon window. */
        DUE_SOON(DossierStatus.NEW, DossierStatus.PROCESSING, DossierStatus.PAYING),
        /** Open dossiers past their effective appointment. */
        OVERDUE(DossierStatus.NEW, DossierStatus.PROCESSING, DossierStatus.PAYING),
        /** Refused at intake, stopped, withdrawn. */
        CLOSED(DossierStatus.DENIED, DossierStatus.UNRESOLVED, DossierStatus.CANCELLED),
        /** Every dossier (Tra cứu hồ sơ). */
        ALL(DossierStatus.values());

        private final List<DossierStatus> statuses;

        Queue(DossierStatus... statuses) {
            this.statuses = List.of(statuses);
        }

        public List<DossierStatus> statuses() {
            return statuses;
        }

        /** Whether the queue is defined by time (due soon, overdue) rather than by status alone. */
        public boolean timed() {
            return this == DUE_SOON || this == OVERDUE;
        }

        /** The natural order of the queue: the most urgent first for timed queues, else the newest first. */
        public QueueRepository.Sort defaultSort() {
            return timed() ? QueueRepository.Sort.APPOINTMENT : QueueRepository.Sort.RECEIVED;
        }

        public boolean defaultAscending() {
            return timed();
        }
    }

    /** One line of a queue as shown: the dossier's queue columns, its live time flag and days late. */
    public record QueueRow(Dossier dossier, TimeFlag timeFlag, long daysLate) {
        public LocalDateTime appointment() {
            return dossier.effectiveAppointment();
        }
    }

    /** One page of a queue and the number of dossiers matching. */
    public record Page(List<QueueRow> rows, int total, int offset) {
    }

    private final Database db;
    private final QueueRepository queues;
    private final CalendarService calendar;
    private final Clock clock;

    QueueService(Database db, QueueRepository queues, CalendarService calendar, Clock clock) {
        this.db = db;
        this.queues = queues;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The live count of every queue. */
    public Map<Queue, Integer> counts() {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Duration window = calendar.settings().dueSoonWindow();
        return db.read(c -> {
            Map<DossierStatus, Integer> byStatus = queues.countByStatus(c);
            Map<Queue, Integer> out = new EnumMap<>(Queue.class);
            for (Queue q : Queue.values()) {
                if (q.timed()) {
                    out.put(q, queues.count(c, criteria(q, now, window)));
                } else {
                    out.put(q, q.statuses().stream().mapToInt(s -> byStatus.getOrDefault(s, 0)).sum());
                }
            }
            return out;
        });
    }

    /**
     * One page of a queue.
     *
     * @param search    free text (code, name, ID number, phone, procedure; diacritics-insensitive), may be blank;
     *                  found as the search screen finds it (exact code / ID / phone first, newest first), at most
     *                  {@link QueueRepository#COUNT_CAP} + 1 matches counted
     * @param sort      the column, or null for the queue's natural order
     * @param limit     page size, at most 500
     */
    public Page page(Queue queue, String search, QueueRepository.Sort sort, boolean ascending, int offset,
                     int limit) {
        LocalDateTime now = LocalDateTime.now(clock).withNano(0);
        Duration window = calendar.settings().dueSoonWindow();
        Criteria criteria = criteria(queue, now, window);
        QueueRepository.Sort s = sort == null ? queue.defaultSort() : sort;
        boolean asc = sort == null ? queue.defaultAscending() : ascending;
        return db.read(c -> {
            QueueRepository.Found found = queues.page(c, criteria, search, s, asc, offset, limit);
            List<QueueRow> rows = found.rows().stream()
                    .map(d -> new QueueRow(d, TimeFlags.of(d, now, window), TimeFlags.daysLate(d, now)))
                    .toList();
            return new Page(rows, found.total(), found.offset());
        });
    }

    static Criteria criteria(Queue queue, LocalDateTime now, Duration window) {
        return switch (queue) {
            case DUE_SOON -> new Criteria(queue.statuses(), now, TimeFlags.dueSoonEnd(now, window));
            case OVERDUE -> new Criteria(queue.statuses(), null, now);
            default -> new Criteria(queue.statuses(), null, null);
        };
    }
}
