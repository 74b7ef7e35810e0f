package vn.motcua.domain.dossier;

/**
 * Splits the daily dossier sequence 1–9999 of one agency into disjoint blocks, one per desk, so that desks
 * numbering offline never issue the same code (DOMAIN.md §3.2, option a). Desk {@code n} (1-based) owns
 * {@code [(n-1)·blockSize+1, min(n·blockSize, 9999)]}.
 *
 * @param blockSize how many sequence numbers each desk owns per day, 1–9999
 */
public record SequenceBlocks(int blockSize) {

    /** Blocks of 1000: desk 1 owns 1–1000, …, desk 10 owns 9001–9999. */
    public static final SequenceBlocks DEFAULT = new SequenceBlocks(1000);

    public SequenceBlocks {
        if (blockSize < 1 || blockSize > DossierCode.MAX_SEQUENCE) {
            throw new IllegalArgumentException(
                    "Số lượng số thứ tự dành cho mỗi quầy phải từ 1 đến 9999 (đang đặt " + blockSize + ")");
        }
    }

    /** How many desks the daily sequence has room for. */
    public int maxDesk() {
        return (DossierCode.MAX_SEQUENCE + blockSize - 1) / blockSize;
    }

    /** First sequence number of the desk's block. */
    public int first(int desk) {
        requireDesk(desk);
        return (desk - 1) * blockSize + 1;
    }

    /** Last sequence number of the desk's block. */
    public int last(int desk) {
        requireDesk(desk);
        return Math.min(desk * blockSize, DossierCode.MAX_SEQUENCE);
    }

    /** True when {@code sequence} lies in the desk's block. */
    public boolean owns(int desk, int sequence) {
        return sequence >= first(desk) && sequence <= last(desk);
    }

    /** The desk whose block holds {@code sequence} (1–9999). */
    public int deskOf(int sequence) {
        if (sequence < 1 || sequence > DossierCode.MAX_SEQUENCE) {
            throw new IllegalArgumentException("sequence must be 1-9999: " + sequence);
        }
        return (sequence - 1) / blockSize + 1;
    }

    /**
     * The next sequence number the desk may issue today.
     *
     * @param lastIssued the last number this desk issued today, 0 when none yet
     * @throws SequenceExhaustedException when the desk has used its whole block today
     * @throws IllegalArgumentException   when the desk number is out of range or {@code lastIssued} is not in its block
     */
    public int next(int desk, int lastIssued) {
        if (lastIssued == 0) {
            return first(desk);
        }
        if (!owns(desk, lastIssued)) {
            throw new IllegalArgumentException("Số thứ tự " + lastIssued + " không thuộc khối " + first(desk) + "–"
                    + last(desk) + " của quầy " + desk + "; kiểm tra cấu hình số quầy");
        }
        if (lastIssued == last(desk)) {
            throw new SequenceExhaustedException(desk, first(desk), last(desk));
        }
        return lastIssued + 1;
    }

    private void requireDesk(int desk) {
        if (desk < 1 || desk > maxDesk()) {
            throw new IllegalArgumentException("Số quầy phải từ 1 đến " + maxDesk() + " khi mỗi quầy có "
                    + blockSize + " số thứ tự (đang là " + desk + ")");
        }
    }

    /**
     * A desk has issued every number of its block today. Unchecked: the desk shows the message and the
     * administrator must give the desk another number or a larger block.
     */
    public static final class SequenceExhaustedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int desk;

        public SequenceExhaustedException(int desk, int first, int last) {
            super("Quầy " + desk + " đã dùng hết các số thứ tự " + first + "–" + last
                    + " của hôm nay; đề nghị quản trị viên cấp thêm số cho quầy");
            this.desk = desk;
        }

        /** The desk that ran out. */
        public int desk() {
            return desk;
        }
    }
}
