package vn.motcua.investment;

import java.math.BigDecimal;

/** Cơ hội đầu tư: a site or project the unit calls investors for, with its planning information. */
public record Opportunity(long id, String unitCode, String unitName, String title, String sector, String location, BigDecimal areaHa,
        String description, String planningInfo, boolean published) {
}
