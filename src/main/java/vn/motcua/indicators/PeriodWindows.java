package vn.motcua.indicators;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.Period;
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

    /** The window of a period under the template in force for it. */
    @Transactional(readOnly = true)
    public Window window(Period period) {
        return targets.inForceFor(period).window(period);
    }

    /** The code of the template a report of the period is made with: the one in force for it. */
    @Transactional(readOnly = true)
    public String templateFor(Period period) {
        return targets.inForceFor(period).code();
    }
}
