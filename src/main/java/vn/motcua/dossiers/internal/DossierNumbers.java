package vn.motcua.dossiers.internal;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the number of a dossier in its agency's day, in a transaction of its own: the day's counter
 * row is locked only for that short transaction, not for the whole intake, so the counters of one
 * agency do not queue its intakes behind each other. An intake that fails after taking its number
 * leaves that number unused (decision 0005).
 */
@Component
public class DossierNumbers {

    private final DossierStore rows;

    DossierNumbers(DossierStore rows) {
        this.rows = rows;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int next(long agencyId, LocalDate day) {
        return rows.nextSequence(agencyId, day);
    }
}
