package vn.motcua.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossiers.DossierMeasures;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;

/**
 * The payment measures, over a unit and a window of days [from, to) in Vietnam time, filtered as the
 * dossier measures are (channel, level, fieldCode, unitCode):
 * <ul>
 * <li>{@code payments.dossiersPaidOnline} — dossiers whose fee was first paid online, confirmed by the gateway, in the
 * window (each dossier once);</li>
 * <li>{@code payments.dossiersWithFee} — dossiers received in the window whose procedure charges a fee.</li>
 * </ul>
 * The payment is recorded in the dossier's own history, so the counts are the movements its lifecycle
 * made, kept with the dossier figures (per day, never a scan of all dossiers); the drill-down lists
 * the same movements' dossiers.
 */
@Service
public class PaymentMeasures implements MeasureSource {

    public static final String PAID_ONLINE = "payments.dossiersPaidOnline";
    public static final String WITH_FEE = "payments.dossiersWithFee";
    private static final Map<String, String> KEPT_AS = Map.of(PAID_ONLINE, DossierMeasures.PAID_ONLINE, WITH_FEE,
            DossierMeasures.WITH_FEE);

    private final DossierMeasures dossiers;

    PaymentMeasures(DossierMeasures dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public List<Measure> measures() {
        return KEPT_AS.keySet().stream().sorted().map(name -> new Measure(name, DossierMeasures.DIMENSIONS, "DOSSIERS")).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        DossierMeasures.Window window = dossiers.window(unitId, from, to);
        return new MeasureWindow() {
            @Override
            public BigDecimal value(String measure, Map<String, String> filters) {
                return window.value(kept(measure), filters);
            }

            @Override
            public List<String> records(String measure, Map<String, String> filters) {
                return window.records(kept(measure), filters);
            }
        };
    }

    private static String kept(String measure) {
        String kept = KEPT_AS.get(measure);
        if (kept == null) {
            throw new InvalidInputException("measure", "payments.measure.unknown", measure, KEPT_AS.keySet());
        }
        return kept;
    }
}
