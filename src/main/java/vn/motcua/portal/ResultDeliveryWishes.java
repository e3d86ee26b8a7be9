package vn.motcua.portal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.portal.internal.SubmissionRows;

/**
 * Hình thức nhận kết quả: how the applicant of an online submission asked to receive the result of the
 * dossier it became (at the desk, by post, online). A dossier received at the counter has no such wish
 * recorded here: the desk asked in person.
 */
@Service
public class ResultDeliveryWishes {

    private final SubmissionRows rows;

    ResultDeliveryWishes(SubmissionRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public Optional<ReturnChannel> of(String dossierCode) {
        return rows.returnChannelOfDossier(dossierCode);
    }
}
