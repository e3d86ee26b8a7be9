package vn.motcua.indicators;

import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.indicators.internal.TemplateStore;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;

/** The data window [from, to) and due date of a period under a template's rule, for other modules' charts and lists. */
@Service
public class PeriodWindows {

    /** A period's window: from its first day to the day after its last, and the report's due date. */
    public record Window(LocalDate from, LocalDate to, LocalDate due) {
    }

    private final TemplateStore templates;

    PeriodWindows(TemplateStore templates) {
        this.templates = templates;
    }

    @Transactional(readOnly = true)
    public Window window(String templateCode, String period) {
        Period parsed;
        try {
            parsed = Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("period", "indicators.period.invalid", period);
        }
        var template = templates.latest(templateCode).orElseThrow(() -> new NotFoundException("indicators.template.not-found", templateCode));
        LocalDate[] window = ReportBook.window(template, parsed);
        return new Window(window[0], window[1], window[2]);
    }
}
