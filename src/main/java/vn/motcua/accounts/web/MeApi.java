package vn.motcua.accounts.web;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

@RestController
@Tag(name = "Accounts")
class MeApi {

    private final CurrentUser currentUser;
    private final AgencyDirectory agencies;

    MeApi(CurrentUser currentUser, AgencyDirectory agencies) {
        this.currentUser = currentUser;
        this.agencies = agencies;
    }

    record Me(String username, String fullName, Set<String> roles, String agencyCode, String agencyName, String unitCode) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in account: roles, agency and unit")
    Me me() {
        MotCuaUser user = currentUser.require();
        Agency agency = user.agencyId() == null ? null : agencies.byId(user.agencyId()).orElse(null);
        return new Me(user.getUsername(), user.fullName(), user.roles(), agency == null ? null : agency.code(),
                agency == null ? null : agency.name(), agency == null ? null : agency.unitCode());
    }
}
