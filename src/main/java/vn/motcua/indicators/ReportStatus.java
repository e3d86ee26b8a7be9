package vn.motcua.indicators;

/** Trạng thái báo cáo: a draft, submitted upward, returned with a comment, or approved (and then frozen). */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
