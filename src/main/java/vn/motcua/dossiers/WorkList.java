package vn.motcua.dossiers;

/** Danh sách công việc: the dossiers assigned to me, all open ones of my agency, those due soon, those overdue. */
public enum WorkList {
    MINE, AGENCY, DUE_SOON, OVERDUE
}
