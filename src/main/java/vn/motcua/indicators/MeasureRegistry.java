package vn.motcua.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;

/**
 * Danh mục số liệu: every measure the operational modules publish, by name, and the source that
 * answers it. A template names measures as data, so a name must mean one thing: two sources
 * declaring the same name stop the application at start-up rather than let one silently win.
 */
@Service
public class MeasureRegistry {

    private final Map<String, Measure> measures = new TreeMap<>();
    private final Map<String, MeasureSource> sourceOf = new HashMap<>();

    MeasureRegistry(List<MeasureSource> sources) {
        for (MeasureSource source : sources) {
            for (Measure measure : source.measures()) {
                MeasureSource other = sourceOf.putIfAbsent(measure.name(), source);
                if (other != null) {
                    throw new IllegalStateException("The measure " + measure.name() + " is declared by both " + name(other) + " and "
                            + name(source) + "; a measure's name must be declared once");
                }
                measures.put(measure.name(), measure);
            }
        }
    }

    private static String name(MeasureSource source) {
        return ClassUtils.getUserClass(source).getName();
    }

    /** Every measure, by name. */
    public List<Measure> measures() {
        return List.copyOf(measures.values());
    }

    public Optional<Measure> find(String name) {
        return Optional.ofNullable(name).map(measures::get);
    }

    /** The measure so named; 422 when no source declares it. */
    public Measure measure(String name) {
        return find(name).orElseThrow(() -> new InvalidInputException("measure", "indicators.measure.unknown", name));
    }

    /**
     * Every measure over one unit and window [from, to): each source's window is opened at the first
     * measure asked of it, and only once, so a report of a few hundred rows reads each source once.
     */
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        return new Windows(unitId, from, to);
    }

    /** The windows of one unit and span, one per source, opened as they are needed. */
    private final class Windows implements MeasureWindow {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private final Map<MeasureSource, MeasureWindow> opened = new IdentityHashMap<>();

        private Windows(long unitId, LocalDate from, LocalDate to) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return of(measure).value(measure, filters);
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            return of(measure).records(measure, filters);
        }

        private MeasureWindow of(String measure) {
            MeasureSource source = sourceOf.get(measure);
            if (source == null) {
                throw new InvalidInputException("measure", "indicators.measure.unknown", measure);
            }
            return opened.computeIfAbsent(source, s -> s.window(unitId, from, to));
        }
    }
}
