package vn.motcua.accounts;

/** Vai trò: what an account may do; where it may do it is its agency's unit and the units below. */
public enum Role {
    /** Quản trị hệ thống: units, agencies, accounts, calendar, audit trail. */
    ADMIN,
    /** Cán bộ phụ trách CCHC (Phòng Nội vụ): runs the reform reporting, consolidates and approves. */
    REFORM_OFFICER,
    /** Lãnh đạo: approves dossiers and reports. */
    LEADER,
    /** Công chức Bộ phận Một cửa: receives dossiers and returns results at the counter. */
    CLERK,
    /** Chuyên viên: processes dossiers. */
    SPECIALIST,
    /** Người báo cáo: enters a unit's report figures. */
    REPORTER,
    /**
     * Công dân: a person or an enterprise's representative using the public-service portal. Reaches the
     * public pages and its own pages only, never where staff work; it registers itself, no administrator gives it.
     */
    CITIZEN;

    /** The roles of the people who work in the agencies: every role but CITIZEN. */
    public static java.util.Set<Role> staff() {
        return java.util.EnumSet.complementOf(java.util.EnumSet.of(CITIZEN));
    }

    /** The staff roles' names, for rules written as role names (the web security's path rules). */
    public static String[] staffNames() {
        return staff().stream().map(Role::name).toArray(String[]::new);
    }
}
