package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** One entry of a dossier's append-only history: who did what, when, at which step, with what details. */
public record DossierAction(int seq, ActionKind kind, Instant at, String actor, int step, Map<String, Object> data) {

    public DossierAction {
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public String text(String key) {
        Object value = data.get(key);
        return value == null ? null : value.toString();
    }

    /** A detail holding a day (a supplement request's deadline), null when there is none. */
    public LocalDate day(String key) {
        String value = text(key);
        return value == null ? null : LocalDate.parse(value);
    }

    /** A detail holding a list (a supplement request's items), empty when there is none. */
    public List<String> list(String key) {
        return data.get(key) instanceof List<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
