package vn.motcua.dossiers;

/** One paper of the procedure's list and whether the counter received it. */
public record ChecklistItem(String name, int originals, int copies, boolean received) {
}
