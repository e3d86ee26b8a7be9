package vn.motcua.procedures;

/** Liên thông: none, between agencies of the same level, or across levels of government. */
public enum InterAgency {
    NONE, SAME_LEVEL, CROSS_LEVEL
}
