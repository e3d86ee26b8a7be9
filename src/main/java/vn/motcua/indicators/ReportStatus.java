package vn.motcua.indicators;

import vn.motcua.shared.ConflictException;

/**
 * Trạng thái báo cáo: a draft, submitted upward, returned with a comment, or approved (and then frozen).
 * The status says which transition it allows and where each leads.
 */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Thao tác duyệt: what the unit or its superior does to a report. */
    public enum Transition {
        /** The unit sends its report upward. */
        SUBMIT,
        /** The superior sends it back with a comment. */
        RETURN,
        /** The superior accepts it; its figures are then frozen. */
        APPROVE
    }

    /** Whether the unit may still change its figures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The status after the transition; a 409 naming this status when it does not allow it. */
    public ReportStatus after(Transition transition) {
        return switch (transition) {
            case SUBMIT -> {
                if (!editable()) {
                    throw new ConflictException("indicators.not-editable", this);
                }
                yield SUBMITTED;
            }
            case RETURN, APPROVE -> {
                if (this != SUBMITTED) {
                    throw new ConflictException("indicators.not-submitted", this);
                }
                yield transition == Transition.RETURN ? RETURNED : APPROVED;
            }
        };
    }
}
