package vn.motcua.serviceindex.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import vn.motcua.serviceindex.IndexCard;
import vn.motcua.serviceindex.RankedAgency;
import vn.motcua.serviceindex.RankedUnit;
import vn.motcua.serviceindex.ServiceIndex;
import vn.motcua.serviceindex.TrendPoint;
import vn.motcua.shared.InvalidInputException;

/**
 * The service index API: a unit's or an agency's score for a period with every group and criterion, the ranking of the
 * units below it and of its own agencies, the trend.
 */
@RestController
class ServiceIndexApi {

    private final ServiceIndex index;

    ServiceIndexApi(ServiceIndex index) {
        this.index = index;
    }

    /** A figure of a formula: the measure and filters it reads, its value (null when no module declares the measure). */
    record InputView(String role, String measure, Map<String, String> filters, Long value) {
    }

    record CriterionView(String key, String label, String formula, BigDecimal max, BigDecimal points, BigDecimal value,
            String status, List<InputView> inputs) {
    }

    record GroupView(String key, String label, BigDecimal max, BigDecimal points, BigDecimal measurable, List<CriterionView> criteria) {
    }

    /**
     * {@code total}: out of 100 over the criteria with records; {@code earned} of {@code measurable} points; {@code to} the
     * window's last day; {@code agency}, {@code agencyName}: the agency the card is restricted to, null for a whole unit.
     */
    record IndexView(String unit, String unitName, String period, LocalDate from, LocalDate to, String set, String source,
            BigDecimal total, BigDecimal earned, BigDecimal measurable, List<GroupView> groups, String agency, String agencyName) {

        static IndexView of(IndexCard card) {
            return new IndexView(card.unitCode(), card.unitName(), card.period(), card.from(), card.to().minusDays(1), card.setCode(),
                    card.source(), card.score(), card.earned(), card.measurable(), card.groups().stream()
                            .map(g -> new GroupView(g.key(), g.label(), g.max(), g.points(), g.measurable(), g.criteria().stream()
                                    .map(c -> new CriterionView(c.key(), c.label(), c.formula(), c.max(), c.points(), c.rate(),
                                            c.status().name(), c.inputs().stream().map(i -> new InputView(i.role().name(), i.measure(),
                                                    i.filters(), i.value())).toList()))
                                    .toList()))
                            .toList(), card.agencyCode(), card.agencyName());
        }
    }

    @Operation(summary = "A unit's Decision 766 service index for a period (2024-Q1, 2024-H1, 2024-9M, 2024): total out of 100, "
            + "groups and criteria with their points, rates and the figures of each formula; with agency=<code>, the same over "
            + "one agency's records, a criterion that cannot be split by agency having the status NOT_BY_AGENCY")
    @GetMapping("/api/v1/service-index")
    IndexView card(@Parameter(description = "unit code, as valid at the period's end") @RequestParam(required = false) String unit,
            @Parameter(description = "period, e.g. 2026-Q3") @RequestParam(required = false) String period,
            @Parameter(description = "agency code (cơ quan), instead of or with its unit") @RequestParam(required = false) String agency) {
        if (agency != null && !agency.isBlank()) {
            IndexCard card = index.agencyCard(agency.trim(), required("period", period));
            if (unit != null && !unit.isBlank() && !unit.trim().equals(card.unitCode())) {
                throw new InvalidInputException("agency", "serviceindex.agency.other-unit", card.agencyName(), card.unitName(), unit.trim());
            }
            return IndexView.of(card);
        }
        return IndexView.of(index.card(required("unit", unit), required("period", period)));
    }

    @Operation(summary = "The agencies of a unit itself (a province's departments, a commune's People's Committee) ranked by their "
            + "service index for a period")
    @GetMapping("/api/v1/service-index/ranking/agencies")
    List<RankedAgency> agencyRanking(@RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        return index.agencyRanking(required("unit", unit), required("period", period));
    }

    @Operation(summary = "The units directly below a unit ranked by their service index for a period")
    @GetMapping("/api/v1/service-index/ranking")
    List<RankedUnit> ranking(@RequestParam(required = false) String unit, @RequestParam(required = false) String period) {
        return index.ranking(required("unit", unit), required("period", period));
    }

    @Operation(summary = "A unit's (or with agency=<code> an agency's) service index over the four quarters up to a period, "
            + "with each group's points")
    @GetMapping("/api/v1/service-index/trend")
    List<TrendPoint> trend(@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
            @RequestParam(required = false) String agency) {
        if (agency != null && !agency.isBlank()) {
            return index.agencyTrend(agency.trim(), required("period", period));
        }
        return index.trend(required("unit", unit), required("period", period));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "serviceindex." + field + ".required");
        }
        return value.trim();
    }
}
