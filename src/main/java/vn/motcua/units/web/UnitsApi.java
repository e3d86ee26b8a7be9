package vn.motcua.units.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.NewUnit;
import vn.motcua.units.Succession;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;
import vn.motcua.units.UnitLevel;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị hành chính")
class UnitsApi {

    private final UnitDirectory units;
    private final MotCuaZone zone;

    UnitsApi(UnitDirectory units, MotCuaZone zone) {
        this.units = units;
        this.zone = zone;
    }

    /** A unit as the API shows it; kind is the Vietnamese name (xã, phường, thị trấn, …). */
    record UnitView(String code, String name, UnitLevel level, String kind, String parentCode, LocalDate validFrom,
            LocalDate validTo) {

        static UnitView of(Unit unit) {
            return new UnitView(unit.code(), unit.name(), unit.level(), unit.kind().label(), unit.parentCode(),
                    unit.validFrom(), unit.validTo());
        }
    }

    record NewUnitRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String name,
            @NotNull UnitLevel level, @NotBlank @Size(max = 20) String kind, @Size(max = 20) String parentCode,
            LocalDate validFrom, LocalDate validTo) {
    }

    record SuccessionRequest(@NotBlank @Size(max = 20) String successorCode, @NotNull LocalDate date) {
    }

    record EndRequest(@NotNull LocalDate date) {
    }

    record SuccessionView(UnitView predecessor, UnitView successor, LocalDate date) {

        static SuccessionView of(Succession succession) {
            return new SuccessionView(UnitView.of(succession.predecessor()), UnitView.of(succession.successor()),
                    succession.effectiveOn());
        }
    }

    @GetMapping
    @Operation(summary = "Units valid on a date (today by default) within the caller's scope")
    List<UnitView> list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return units.unitsOn(on == null ? zone.today() : on).stream().map(UnitView::of).toList();
    }

    @GetMapping("/{code}")
    @Operation(summary = "The unit a code names on a date (today by default)")
    UnitView get(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return UnitView.of(units.require(code, on == null ? zone.today() : on));
    }

    @PostMapping
    @Operation(summary = "Create a unit (ADMIN)")
    ResponseEntity<UnitView> create(@Valid @RequestBody NewUnitRequest request) {
        Unit unit = units.create(new NewUnit(request.code(), request.name(), request.level(), request.kind(),
                request.parentCode(), request.validFrom(), request.validTo()));
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.code())).body(UnitView.of(unit));
    }

    @PostMapping("/{code}/succession")
    @Operation(summary = "Record that the unit was merged into the successor on the date (ADMIN)")
    ResponseEntity<SuccessionView> succession(@PathVariable String code, @Valid @RequestBody SuccessionRequest request) {
        Succession succession = units.recordSuccession(code, request.successorCode(), request.date());
        return ResponseEntity.status(201).body(SuccessionView.of(succession));
    }

    @PostMapping("/{code}/end")
    @Operation(summary = "End the unit's validity: it no longer exists from the date (ADMIN)")
    UnitView end(@PathVariable String code, @Valid @RequestBody EndRequest request) {
        return UnitView.of(units.endValidity(code, request.date()));
    }

    @GetMapping("/successions")
    @Operation(summary = "Every recorded merger within the caller's scope")
    List<SuccessionView> successions() {
        return units.successions().stream().map(SuccessionView::of).toList();
    }
}
