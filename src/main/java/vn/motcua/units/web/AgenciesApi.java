package vn.motcua.units.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDesk;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.NewAgency;

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies", description = "Cơ quan, đơn vị")
class AgenciesApi {

    private final AgencyDirectory agencies;

    AgenciesApi(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    record AgencyView(String code, String name, String unitCode, String unitName, AgencyKind kind) {

        static AgencyView of(Agency agency) {
            return new AgencyView(agency.code(), agency.name(), agency.unitCode(), agency.unitName(), agency.kind());
        }
    }

    record NewAgencyRequest(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 20) String unitCode, @NotNull AgencyKind kind, LocalDate unitValidOn) {
    }

    @GetMapping
    @Operation(summary = "Agencies within the caller's scope")
    List<AgencyView> list() {
        return agencies.agencies().stream().map(AgencyView::of).toList();
    }

    @PostMapping
    @Operation(summary = "Create an agency (ADMIN)")
    ResponseEntity<AgencyView> create(@Valid @RequestBody NewAgencyRequest request) {
        Agency agency = agencies.create(new NewAgency(request.code(), request.name(), request.unitCode(), request.kind(),
                request.unitValidOn()));
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.code())).body(AgencyView.of(agency));
    }

    record DeskRequest(@NotBlank @Size(max = 500) String address, @NotBlank @Size(max = 500) String hours) {
    }

    @PutMapping("/{code}/desk")
    @Operation(summary = "Where and when the agency's one-stop desk receives people, as the public pages say it (ADMIN)")
    AgencyDesk describeDesk(@PathVariable String code, @Valid @RequestBody DeskRequest request) {
        return agencies.describeDesk(code, new AgencyDesk(request.address(), request.hours()));
    }
}
