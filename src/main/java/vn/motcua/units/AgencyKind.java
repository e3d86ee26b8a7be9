package vn.motcua.units;

/** Loại cơ quan: People's Committee (UBND), specialised department, centre, public service unit. */
public enum AgencyKind {
    PEOPLES_COMMITTEE, DEPARTMENT, CENTER, PUBLIC_SERVICE_UNIT
}
