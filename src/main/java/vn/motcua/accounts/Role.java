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
    REPORTER
}
