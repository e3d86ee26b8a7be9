package vn.motcua.units;

/** Cấp hành chính. Declared from the top down; nothing assumes every tier exists (since 1/7/2025 there is no district). */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE;

    public boolean isAbove(UnitLevel other) {
        return ordinal() < other.ordinal();
    }
}
