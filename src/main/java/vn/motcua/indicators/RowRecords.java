package vn.motcua.indicators;

import java.util.List;

/**
 * The records behind a computed row: the kind its measure counts (DOSSIERS, PROCEDURES, TASKS,
 * DOCUMENTS, INSPECTIONS, SURVEYS, DIALOGUES, PETITIONS, AGENCIES; MANUAL for an entered row) and their codes or ids.
 */
public record RowRecords(String kind, List<String> codes) {
}
