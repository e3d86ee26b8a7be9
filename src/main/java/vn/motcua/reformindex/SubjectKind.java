package vn.motcua.reformindex;

/** Đối tượng chấm điểm: a provincial department (cấp sở), a district (until 30/06/2025) or a commune. */
public enum SubjectKind {
    DEPARTMENT, DISTRICT, COMMUNE
}
