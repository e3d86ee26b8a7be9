package vn.motcua.accounts.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.motcua.accounts.Account;
import vn.motcua.accounts.AccountAdministration;
import vn.motcua.accounts.NewAccount;
import vn.motcua.accounts.Role;
import vn.motcua.accounts.SignInAlert;

@RestController
@RequestMapping("/api/v1/accounts")
@Tag(name = "Accounts", description = "Tài khoản (ADMIN)")
class AccountsApi {

    private final AccountAdministration accounts;

    AccountsApi(AccountAdministration accounts) {
        this.accounts = accounts;
    }

    record NewAccountRequest(@NotBlank @Size(max = 60) String username, @NotBlank @Size(max = 200) String fullName,
            @NotBlank @Size(max = 128) String password, @NotBlank @Size(max = 40) String agencyCode,
            @NotEmpty Set<Role> roles) {
    }

    record EnabledRequest(@NotNull Boolean enabled, int version) {
    }

    record PasswordRequest(@NotBlank @Size(max = 128) String password, int version) {
    }

    record RolesRequest(@NotEmpty Set<Role> roles, int version) {
    }

    record MoveRequest(@NotBlank @Size(max = 40) String agencyCode, java.time.LocalDate from, int version) {
    }

    @GetMapping
    @Operation(summary = "Accounts of the agencies within the administrator's scope")
    List<Account> list() {
        return accounts.accounts();
    }

    @GetMapping("/sign-in-alerts")
    @Operation(summary = "Accounts within reach on which wrong passwords from many addresses reached the alert threshold (ADMIN)")
    List<SignInAlert> signInAlerts() {
        return accounts.signInAlerts();
    }

    @GetMapping("/{username}")
    Account get(@PathVariable String username) {
        return accounts.get(username);
    }

    @PostMapping
    @Operation(summary = "Create an account (ADMIN)")
    ResponseEntity<Account> create(@Valid @RequestBody NewAccountRequest request) {
        Account account = accounts.create(new NewAccount(request.username(), request.fullName(), request.password(),
                request.agencyCode(), request.roles()));
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.username())).body(account);
    }

    @PostMapping("/{username}/enabled")
    @Operation(summary = "Enable or disable an account (ADMIN); version is the one last read; disabling ends its sessions")
    Account enabled(@PathVariable String username, @Valid @RequestBody EnabledRequest request) {
        return accounts.setEnabled(username, request.version(), request.enabled());
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Set a new password (ADMIN); the account's signed-in sessions end")
    Account password(@PathVariable String username, @Valid @RequestBody PasswordRequest request) {
        return accounts.resetPassword(username, request.version(), request.password());
    }

    @PostMapping("/{username}/roles")
    @Operation(summary = "Give the account these roles (ADMIN); its signed-in sessions end")
    Account roles(@PathVariable String username, @Valid @RequestBody RolesRequest request) {
        return accounts.setRoles(username, request.version(), request.roles());
    }

    @PostMapping("/{username}/move")
    @Operation(summary = "Move an account to another agency from a date (ADMIN); it keeps reaching its former unit once that unit"
            + " has ended, and its signed-in sessions end")
    Account move(@PathVariable String username, @Valid @RequestBody MoveRequest request) {
        return accounts.move(username, request.version(), request.agencyCode(), request.from());
    }
}
