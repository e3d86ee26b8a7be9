package vn.motcua.accounts.web;

import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.motcua.accounts.OwnAccount;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

@RestController
@Tag(name = "Accounts")
class MeApi {

    private final CurrentUser currentUser;
    private final AgencyDirectory agencies;
    private final OwnAccount ownAccount;

    MeApi(CurrentUser currentUser, AgencyDirectory agencies, OwnAccount ownAccount) {
        this.currentUser = currentUser;
        this.agencies = agencies;
        this.ownAccount = ownAccount;
    }

    record Me(String username, String fullName, Set<String> roles, String agencyCode, String agencyName, String unitCode) {
    }

    record PasswordChange(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(max = 128) String newPassword) {
    }

    @PostMapping("/api/v1/me/password")
    @Operation(summary = "Change one's own password, given the current one; every session of the account ends")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change) {
        ownAccount.changePassword(change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
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
