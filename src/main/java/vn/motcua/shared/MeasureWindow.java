package vn.motcua.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One unit and window of a {@link MeasureSource}: its values and the records behind each. */
public interface MeasureWindow {

    /** The most records a drill-down lists. */
    int MAX_RECORDS = 10_000;

    /**
     * A measure's value under filters (dimension → value, several values comma-separated); null when
     * the records give none. An unknown measure, dimension or value is an {@link InvalidInputException}.
     */
    BigDecimal value(String measure, Map<String, String> filters);

    /**
     * The records behind the value, by code or id, at most {@link #MAX_RECORDS}: each record once for
     * each time it counts, so the list is as long as a count is large.
     */
    List<String> records(String measure, Map<String, String> filters);
}
