package vn.motcua.store.calendar;

/**
 * Something wrong in a calendar file, located by a JSON path such as {@code years[0].days[3].date} (empty for the
 * document as a whole).
 */
public record CalendarProblem(String path, String message) {

    public CalendarProblem {
        path = path == null ? "" : path;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}
