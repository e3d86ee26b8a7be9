package vn.motcua.shared;

import java.util.Set;

/**
 * Một đại lượng: a measure's name ({@code dossiers.received}), the dimensions it may be filtered by
 * ({@code channel}, {@code level}, …) and the kind of records a drill-down lists (DOSSIERS,
 * PROCEDURES, TASKS, DOCUMENTS, INSPECTIONS, SURVEYS, DIALOGUES, PETITIONS, AGENCIES).
 */
public record Measure(String name, Set<String> dimensions, String recordKind) {

    public Measure {
        dimensions = Set.copyOf(dimensions);
    }
}
