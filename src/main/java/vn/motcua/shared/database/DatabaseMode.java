package vn.motcua.shared.database;

/** Whether MotCua runs on its embedded PostgreSQL or on a server it was pointed at. */
public record DatabaseMode(boolean embedded) {
}
