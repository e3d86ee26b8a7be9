package vn.motcua.indicators.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.motcua.indicators.ApprovalPolicy;

@RestController
@Tag(name = "Templates")
class ApprovalPolicyApi {

    private final ApprovalPolicy policy;

    ApprovalPolicyApi(ApprovalPolicy policy) {
        this.policy = policy;
    }

    record RuleBody(@NotNull Boolean sameUnitMayApprove) {
    }

    @GetMapping("/api/v1/templates/{code}/approval")
    @Operation(summary = "Who approves the template's reports: a unit above the report's always; the same unit only if allowed")
    ApprovalPolicy.Rule get(@PathVariable String code) {
        return policy.of(code);
    }

    @PutMapping("/api/v1/templates/{code}/approval")
    @Operation(summary = "Let another account of the report's own unit approve it, or not (ADMIN); never its submitter")
    ApprovalPolicy.Rule put(@PathVariable String code, @Valid @RequestBody RuleBody body) {
        return policy.allowSameUnit(code, body.sameUnitMayApprove());
    }
}
