package vn.motcua.indicators;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.indicators.internal.ReportTargets;

/** The data window [from, to) and due date of a period under a template's rule, for other modules' charts and lists. */
@Service
public class PeriodWindows {

    /** A period's window: from its first day to the day after its last, and the report's due date. */
    public record Window(LocalDate from, LocalDate to, LocalDate due) {
    }

    private final ReportTargets targets;

    PeriodWindows(ReportTargets targets) {
        this.targets = targets;
    }

    @Transactional(readOnly = true)
    public Window window(String templateCode, String period) {
        return targets.latest(templateCode).window(ReportTargets.period(period));
    }
}
