package vn.motcua.procedures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedures.internal.ProcedureRows;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.units.UnitLevel;

/**
 * The catalogue's measures for the reform report. A report template maps a row to a measure and its
 * filters as data; this module knows nothing of templates.
 * <ul>
 * <li>{@code procedures.inForce} — procedures in force on the window's last day (a stock);</li>
 * <li>{@code procedures.published} — procedures published within the window;</li>
 * <li>{@code procedures.abolished} — procedures abolished or replaced within the window.</li>
 * </ul>
 * Filters: {@code level} (one or more, comma-separated), {@code fieldCode}, {@code onlineKind},
 * {@code interAgency}, and the flags {@code oneStop}, {@code onlinePayment}, {@code anyLocation},
 * {@code byPost}, {@code internalProcessApproved}, {@code internalProcessDigitized} (true/false).
 * The catalogue is the installation's: a window's unit does not narrow it, the {@code level} filter does.
 */
@Service
public class ProcedureMeasures implements MeasureSource {

    public static final String IN_FORCE = "procedures.inForce";
    public static final String PUBLISHED = "procedures.published";
    public static final String ABOLISHED = "procedures.abolished";
    public static final Set<String> MEASURES = Set.of(IN_FORCE, PUBLISHED, ABOLISHED);
    static final Set<String> DIMENSIONS = Set.of("level", "fieldCode", "onlineKind", "interAgency", "oneStop", "onlinePayment",
            "anyLocation", "byPost", "internalProcessApproved", "internalProcessDigitized");

    private final ProcedureRows rows;

    ProcedureMeasures(ProcedureRows rows) {
        this.rows = rows;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES.stream().sorted().map(name -> new Measure(name, DIMENSIONS, "PROCEDURES")).toList();
    }

    @Override
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        return new Window(from, to);
    }

    /**
     * One figure with every procedure behind it: the API's single-figure read.
     *
     * @param windowStart first day of the window (inclusive)
     * @param windowEnd   day after the window (exclusive)
     */
    @Transactional(readOnly = true)
    public CatalogFigure measure(String measure, Map<String, String> filters, LocalDate windowStart, LocalDate windowEnd) {
        List<String> codes = new Window(windowStart, windowEnd).codes(measure, filters);
        return new CatalogFigure(codes.size(), codes);
    }

    /** The catalogue as of the window's last day, read at the first figure asked. */
    private final class Window implements MeasureWindow {

        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate lastDay;
        private List<Procedure> catalogue;

        private Window(LocalDate from, LocalDate to) {
            if (from == null || to == null || !from.isBefore(to)) {
                throw new InvalidInputException("to", "procedures.window.invalid");
            }
            this.from = from;
            this.to = to;
            this.lastDay = to.minusDays(1);
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return BigDecimal.valueOf(codes(measure, filters).size());
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            List<String> codes = codes(measure, filters);
            return codes.size() > MAX_RECORDS ? codes.subList(0, MAX_RECORDS) : codes;
        }

        private List<String> codes(String measure, Map<String, String> filters) {
            Predicate<Procedure> kept = filter(filters);
            Predicate<Procedure> counted = switch (measure) {
                case IN_FORCE -> p -> p.inForceOn(lastDay);
                case PUBLISHED -> p -> !p.publishedOn().isBefore(from) && p.publishedOn().isBefore(to);
                case ABOLISHED -> p -> p.abolishedOn() != null && !p.abolishedOn().isBefore(from) && p.abolishedOn().isBefore(to);
                default -> throw new InvalidInputException("measure", "procedures.measure.unknown", measure, MEASURES);
            };
            if (catalogue == null) {
                catalogue = rows.asOf(lastDay);
            }
            return catalogue.stream().filter(counted).filter(kept).map(Procedure::code).sorted().toList();
        }
    }

    private static Predicate<Procedure> filter(Map<String, String> filters) {
        Predicate<Procedure> all = p -> true;
        for (Map.Entry<String, String> entry : filters.entrySet()) {
            String value = entry.getValue() == null ? "" : entry.getValue().trim();
            all = all.and(switch (entry.getKey()) {
                case "level" -> {
                    Set<UnitLevel> levels = parse(entry.getKey(), value, UnitLevel.class);
                    yield p -> levels.contains(p.content().level());
                }
                case "onlineKind" -> {
                    Set<OnlineKind> kinds = parse(entry.getKey(), value, OnlineKind.class);
                    yield p -> kinds.contains(p.content().onlineKind());
                }
                case "interAgency" -> {
                    Set<InterAgency> kinds = parse(entry.getKey(), value, InterAgency.class);
                    yield p -> kinds.contains(p.content().interAgency());
                }
                case "fieldCode" -> p -> p.content().fieldCode().equals(value);
                case "oneStop" -> flag(entry.getKey(), value, p -> p.content().oneStop());
                case "onlinePayment" -> flag(entry.getKey(), value, p -> p.content().onlinePayment());
                case "anyLocation" -> flag(entry.getKey(), value, p -> p.content().anyLocation());
                case "byPost" -> flag(entry.getKey(), value, p -> p.content().byPost());
                case "internalProcessApproved" -> flag(entry.getKey(), value, p -> p.content().internalProcessApproved());
                case "internalProcessDigitized" -> flag(entry.getKey(), value, p -> p.content().internalProcessDigitized());
                default -> throw new InvalidInputException(entry.getKey(), "procedures.filter.unknown", entry.getKey());
            });
        }
        return all;
    }

    private static Predicate<Procedure> flag(String name, String value, Predicate<Procedure> property) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidInputException(name, "procedures.filter.flag", name);
        }
        boolean wanted = Boolean.parseBoolean(value);
        return p -> property.test(p) == wanted;
    }

    private static <E extends Enum<E>> Set<E> parse(String name, String value, Class<E> type) {
        try {
            return Arrays.stream(value.split(",")).map(String::trim).map(v -> Enum.valueOf(type, v)).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "procedures.filter.value", value,
                    Arrays.toString(type.getEnumConstants()));
        }
    }
}
