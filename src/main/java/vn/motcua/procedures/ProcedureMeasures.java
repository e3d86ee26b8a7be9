package vn.motcua.procedures;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedures.internal.ProcedureRows;
import vn.motcua.shared.InvalidInputException;
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
 */
@Service
public class ProcedureMeasures {

    public static final String IN_FORCE = "procedures.inForce";
    public static final String PUBLISHED = "procedures.published";
    public static final String ABOLISHED = "procedures.abolished";
    public static final Set<String> MEASURES = Set.of(IN_FORCE, PUBLISHED, ABOLISHED);

    private final ProcedureRows rows;

    ProcedureMeasures(ProcedureRows rows) {
        this.rows = rows;
    }

    /**
     * @param windowStart first day of the window (inclusive)
     * @param windowEnd   day after the window (exclusive)
     */
    @Transactional(readOnly = true)
    public CatalogFigure measure(String measure, Map<String, String> filters, LocalDate windowStart, LocalDate windowEnd) {
        if (windowStart == null || windowEnd == null || !windowStart.isBefore(windowEnd)) {
            throw new InvalidInputException("to", "procedures.window.invalid");
        }
        LocalDate lastDay = windowEnd.minusDays(1);
        Predicate<Procedure> filter = filter(filters);
        Stream<Procedure> procedures = switch (measure) {
            case IN_FORCE -> rows.asOf(lastDay).stream().filter(p -> p.inForceOn(lastDay));
            case PUBLISHED -> rows.asOf(lastDay).stream()
                    .filter(p -> !p.publishedOn().isBefore(windowStart) && p.publishedOn().isBefore(windowEnd));
            case ABOLISHED -> rows.asOf(lastDay).stream().filter(p -> p.abolishedOn() != null
                    && !p.abolishedOn().isBefore(windowStart) && p.abolishedOn().isBefore(windowEnd));
            default -> throw new InvalidInputException("measure", "procedures.measure.unknown", measure, MEASURES);
        };
        List<String> codes = procedures.filter(filter).map(Procedure::code).sorted().toList();
        return new CatalogFigure(codes.size(), codes);
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
