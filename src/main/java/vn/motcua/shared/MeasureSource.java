package vn.motcua.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * Nguồn số liệu: an operational module's measures, read by the reform report, the dashboard and the
 * service index. The reader knows a measure by name and filters it by the dimensions the source
 * declares; the source knows no template. A window reads its records once and answers every value
 * and every drill-down of that unit and window from what it read.
 */
public interface MeasureSource {

    /** The measures this source answers, each with its dimensions and the kind of records behind it. */
    List<Measure> measures();

    /**
     * The measures over a unit — the unit itself and every unit below it — and the days [from, to) in
     * Vietnam time. Nothing is read until the window is first asked.
     */
    MeasureWindow window(long unitId, LocalDate from, LocalDate to);
}
