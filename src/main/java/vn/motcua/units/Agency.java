package vn.motcua.units;

/** Cơ quan, đơn vị: an agency belonging to a unit; its code is its electronic identifier (QCVN 102:2016). */
public record Agency(long id, String code, String name, long unitId, String unitCode, String unitName, AgencyKind kind) {
}
