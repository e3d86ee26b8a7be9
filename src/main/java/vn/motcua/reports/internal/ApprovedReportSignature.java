package vn.motcua.reports.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.indicators.ReportApproved;
import vn.motcua.reports.ReportRendering;

/**
 * A leader's approval is what signs the report: the approved report document is signed and kept in the
 * approval's own transaction (a synchronous listener), so an approval whose certificate refuses to sign
 * (expired, revoked) is refused with it.
 */
@Component
class ApprovedReportSignature {

    private final ReportRendering rendering;

    ApprovedReportSignature(ReportRendering rendering) {
        this.rendering = rendering;
    }

    @EventListener
    void sign(ReportApproved approved) {
        rendering.signApproved(approved.templateCode(), approved.period(), approved.unitCode(), approved.unitId(),
                approved.approverName() == null || approved.approverName().isBlank() ? approved.approvedBy() : approved.approverName());
    }
}
