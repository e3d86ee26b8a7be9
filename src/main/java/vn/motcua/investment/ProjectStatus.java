package vn.motcua.investment;

/**
 * Where a project stands: preparing (site clearance, permits), under construction, operating,
 * stalled, under the recovery procedure (thu hồi, Investment Law 2020 art. 48), revoked.
 */
public enum ProjectStatus {
    PREPARING, CONSTRUCTION, OPERATING, STALLED, RECOVERING, REVOKED;

    /** Still expected to progress: late milestones and silence count against it. */
    public boolean active() {
        return this == PREPARING || this == CONSTRUCTION || this == STALLED;
    }
}
