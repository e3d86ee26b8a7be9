package vn.motcua.portal.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.motcua.accounts.CitizenAccounts;
import vn.motcua.accounts.CitizenProfile;
import vn.motcua.accounts.CitizenProfiles;
import vn.motcua.accounts.CitizenRules;
import vn.motcua.accounts.NewCitizen;
import vn.motcua.portal.citizens.CitizenRegistration;

/** Citizens online: registering and confirming an account (public), and the signed-in citizen's own profile. */
@RestController
@Tag(name = "Citizens")
class CitizensApi {

    private final CitizenRegistration registration;
    private final CitizenProfiles profiles;
    private final CitizenAccounts accounts;

    CitizensApi(CitizenRegistration registration, CitizenProfiles profiles, CitizenAccounts accounts) {
        this.registration = registration;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    record Registration(@Size(max = 200) String fullName, @Size(max = 20) String idNumber, @Size(max = 20) String phone,
            @Size(max = 254) String email, @Size(max = 128) String password) {
    }

    record Registered(String username, String status) {
    }

    record Confirmation(@Size(max = 254) String email, @Size(max = 20) String code) {
    }

    record CodeRequest(@Size(max = 254) String email) {
    }

    record Status(String status) {
    }

    record Enterprise(@Size(max = 20) String taxCode, @Size(max = 300) String name) {
    }

    /** The citizen as the API shows it: the enterprise null when it acts for none; the tax code as written on papers. */
    record Me(String username, String fullName, String idNumber, String phone, String email, String address, String communeCode,
            String communeName, Enterprise enterprise, String status, Instant confirmedAt) {

        static Me of(CitizenProfile profile) {
            return new Me(profile.username(), profile.fullName(), profile.idNumber(), profile.phone(), profile.email(), profile.address(),
                    profile.communeCode(), profile.communeName(), profile.actsForEnterprise()
                            ? new Enterprise(CitizenRules.taxCodeShown(profile.enterpriseTaxCode()), profile.enterpriseName()) : null,
                    CitizensApi.status(profile), profile.confirmedAt());
        }
    }

    private static String status(CitizenProfile profile) {
        return profile.confirmed() ? "CONFIRMED" : "UNCONFIRMED";
    }

    @PostMapping("/api/v1/public/citizens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a citizen account (username = the e-mail); a six-digit code goes to the e-mail, and by SMS where configured")
    Registered register(@Valid @RequestBody Registration body, HttpServletRequest request) {
        CitizenProfile registered = registration.register(new NewCitizen(body.fullName(), body.idNumber(), body.phone(), body.email(),
                body.password()), request.getRemoteAddr());
        return new Registered(registered.username(), status(registered));
    }

    @PostMapping("/api/v1/public/citizens/confirm")
    @Operation(summary = "Confirm a citizen account with the code sent to its e-mail")
    Status confirm(@Valid @RequestBody Confirmation body, HttpServletRequest request) {
        return new Status(status(registration.confirm(body.email(), body.code(), request.getRemoteAddr())));
    }

    @PostMapping("/api/v1/public/citizens/resend-code")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a new confirmation code to an unconfirmed citizen account (at most once a minute)")
    Status resend(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        return new Status(status(registration.resend(body.email(), request.getRemoteAddr())));
    }

    @GetMapping("/api/v1/citizen/me")
    @Operation(summary = "The signed-in citizen's profile")
    Me me() {
        return Me.of(profiles.current());
    }

    @PutMapping("/api/v1/citizen/me/enterprise")
    @Operation(summary = "Set the enterprise the signed-in citizen acts for: tax code of 10 or 13 digits, and its name")
    Me setEnterprise(@Valid @RequestBody Enterprise body) {
        return Me.of(accounts.setEnterprise(body.taxCode(), body.name()));
    }

    @DeleteMapping("/api/v1/citizen/me/enterprise")
    @Operation(summary = "The signed-in citizen no longer acts for an enterprise")
    Me clearEnterprise() {
        return Me.of(accounts.setEnterprise(null, null));
    }
}
