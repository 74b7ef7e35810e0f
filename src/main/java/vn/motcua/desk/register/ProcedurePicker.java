package vn.motcua.desk.register;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.text.Text;

/**
 * The procedure section of the registration form: the active catalogue, what the clerk typed in the picker
 * (diacritics-insensitive, by code, name or field), the suggestions best first, and the chosen procedure.
 */
public final class ProcedurePicker {
    private final ObservableList<Procedure> procedures = FXCollections.observableArrayList();
    private final FilteredList<Procedure> matching = new FilteredList<>(procedures, p -> true);
    private final SortedList<Procedure> suggestions = new SortedList<>(matching);
    private final Map<Procedure, String> searchKeys = new HashMap<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<Procedure> chosen = new SimpleObjectProperty<>();

    ProcedurePicker() {
        query.addListener((obs, old, now) -> filter(now));
    }

    /** Puts the loaded catalogue in the picker. */
    void setCatalogue(List<Procedure> list) {
        searchKeys.clear();
        list.forEach(p -> searchKeys.put(p, Text.fold(p.code() + " " + p.name() + " " + p.field().name())));
        procedures.setAll(list);
        filter(query.get());
    }

    /** The catalogue's procedure with this code (the chosen one first): the registration check's catalogue. */
    Optional<Procedure> find(String code) {
        Procedure p = chosen.get();
        if (p != null && p.code().equals(code)) {
            return Optional.of(p);
        }
        return procedures.stream().filter(x -> x.code().equals(code)).findFirst();
    }

    /**
     * Keeps the procedures whose code, name or field contain every typed word (diacritics and case ignored), best
     * first: the code or the name starting with what was typed, then the name containing it as a phrase, then the
     * shorter name (the plain procedure before its variants).
     */
    private void filter(String typed) {
        String q = Text.fold(typed);
        String[] words = q.split(" ");
        matching.setPredicate(p -> {
            String key = searchKeys.getOrDefault(p, "");
            return Arrays.stream(words).allMatch(key::contains);
        });
        suggestions.setComparator(Comparator.<Procedure>comparingInt(p -> rank(p, q))
                .thenComparingInt(p -> p.name().length())
                .thenComparing(Procedure::code));
    }

    private static int rank(Procedure p, String foldedQuery) {
        if (foldedQuery.isEmpty()) {
            return 0;
        }
        String name = Text.fold(p.name());
        if (p.code().startsWith(foldedQuery) || name.startsWith(foldedQuery)) {
            return 0;
        }
        return name.contains(foldedQuery) ? 1 : 2;
    }

    /** Picks a procedure (from the suggestions); its documents become the checklist. */
    public void choose(Procedure p) {
        chosen.set(p);
    }

    /** Picks the first suggestion (Enter in the picker); false when nothing matches. */
    public boolean chooseFirstSuggestion() {
        if (suggestions.isEmpty()) {
            return false;
        }
        choose(suggestions.get(0));
        return true;
    }

    void reset() {
        query.set("");
        chosen.set(null);
    }

    /** The active catalogue. */
    public ObservableList<Procedure> procedures() {
        return procedures;
    }

    /** The procedures matching the query, best first (read-only). */
    public ObservableList<Procedure> suggestions() {
        return suggestions;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<Procedure> chosenProperty() {
        return chosen;
    }
}
