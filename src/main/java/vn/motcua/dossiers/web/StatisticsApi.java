package vn.motcua.dossiers.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.motcua.dossiers.ProcedureStatistics;

/** Biểu 06/VPCP/KSTT for any unit and window, as JSON and as a workbook. */
@RestController
class StatisticsApi {

    private final ProcedureStatistics statistics;

    StatisticsApi(ProcedureStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/statistics/procedures")
    @Operation(summary = "Dossiers of a unit and the units below it over days [from, to], by level and field (Biểu 06/VPCP/KSTT)")
    ProcedureStatistics.Statistics procedures(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return statistics.statistics(unitCode, from, to);
    }

    @GetMapping("/api/v1/statistics/procedures.xlsx")
    @Operation(summary = "The same table as a workbook, with the late hand-overs on a second sheet")
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String unitCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return DossierFormsApi.file(statistics.xlsx(unitCode, from, to), DossierFormsApi.XLSX,
                "bieu-06-" + unitCode + "-" + from + "-" + to + ".xlsx");
    }
}
