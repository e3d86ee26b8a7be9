package vn.motcua.serviceindex.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A set of the index as stored: its legal source, its days in force, its groups and their criteria. */
public record IndexDefinition(String code, String title, String source, LocalDate effectiveFrom, LocalDate effectiveTo,
        List<Group> groups) {

    public record Group(String key, String label, BigDecimal max, List<Criterion> criteria) {
    }

    /** How a criterion's rate is made of its two measures. */
    public enum Kind {
        /** numerator / denominator */
        RATE,
        /** (denominator − late dossiers without an apology letter) / denominator, the numerator being the late dossiers */
        UNAPOLOGISED_LATE
    }

    public record Criterion(String key, String label, String formula, BigDecimal max, Kind kind, String numerator,
            String numeratorFilters, String denominator, String denominatorFilters) {
    }

    public Criterion criterion(String key) {
        return groups.stream().flatMap(g -> g.criteria().stream()).filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    /**
     * Filters written {@code dimension=value;dimension=value}, {@code {levels}} standing for the levels
     * at and below the unit's own ({@code COMMUNE} for a commune, {@code DISTRICT,COMMUNE} for a district).
     */
    public static Map<String, String> filters(String written, String levels) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (written == null || written.isBlank()) {
            return filters;
        }
        for (String pair : written.split(";")) {
            int eq = pair.indexOf('=');
            filters.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim().replace("{levels}", levels));
        }
        return filters;
    }
}
