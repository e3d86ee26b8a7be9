package vn.motcua.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A project to register; capital in billions of đồng, land in hectares. */
public record NewProject(String unitCode, String name, String investor, String sector, String location, BigDecimal registeredCapital,
        BigDecimal landAreaHa, ProjectStatus status, LocalDate registeredOn, LocalDate operationDueOn) {
}
