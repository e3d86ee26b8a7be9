package vn.motcua.tasks.internal;

import org.springframework.stereotype.Component;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.UnitAccess;

/**
 * The rule that lets an agency change its own task without being a planner, named for the
 * {@code @PreAuthorize} expressions of {@code TaskRegister} ({@code @taskOwners.owns(#id)}).
 */
@Component("taskOwners")
public class TaskOwners {

    private final TaskRows rows;
    private final UnitAccess access;
    private final CurrentUser currentUser;

    TaskOwners(TaskRows rows, UnitAccess access, CurrentUser currentUser) {
        this.rows = rows;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * Whether the caller's agency owns the task. A task outside the caller's units is not found
     * (404) rather than refused, as on every read of it, so a refusal never tells that it exists.
     */
    public boolean owns(long taskId) {
        TaskRows.StoredTask task = rows.task(taskId).filter(t -> access.currentScope().contains(t.unitId()))
                .orElseThrow(() -> new NotFoundException("tasks.task.not-found", taskId));
        Long agencyId = currentUser.require().agencyId();
        return agencyId != null && agencyId == task.ownerAgencyId();
    }
}
