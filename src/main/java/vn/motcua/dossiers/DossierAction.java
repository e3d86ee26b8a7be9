package vn.motcua.dossiers;

import java.time.Instant;
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
}
