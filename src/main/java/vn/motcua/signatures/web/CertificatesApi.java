package vn.motcua.signatures.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.signatures.AgencyCertificate;
import vn.motcua.signatures.AgencyCertificates;

/** The agencies' certificates for administrators; no secret ever comes back. */
@RestController
@RequestMapping("/api/v1/signatures/certificates")
@Tag(name = "Signatures")
class CertificatesApi {

    record TokenRequest(String agencyCode, String token) {
    }

    record RevokeRequest(String reason) {
    }

    private final AgencyCertificates certificates;

    CertificatesApi(AgencyCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    @Operation(summary = "Every agency certificate, its validity, and whether it is the agency's current one (ADMIN)")
    List<AgencyCertificate> list() {
        return certificates.list();
    }

    @GetMapping("/attention")
    @Operation(summary = "Current certificates that expire within 30 days, have expired or were revoked (ADMIN)")
    List<AgencyCertificate> attention() {
        return certificates.needingAttention();
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give an agency the certificate of a PKCS#12 keystore (multipart: agencyCode, keystore, password) (ADMIN)")
    AgencyCertificate upload(@RequestParam(required = false) String agencyCode, @RequestParam(required = false) MultipartFile keystore,
            @RequestParam(required = false) String password) throws IOException {
        return certificates.uploadKeystore(agencyCode, keystore == null ? null : keystore.getOriginalFilename(),
                keystore == null ? null : keystore.getBytes(), password);
    }

    @PostMapping("/token")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give an agency the certificate on a PKCS#11 token configured under motcua.signatures.tokens (ADMIN)")
    AgencyCertificate token(@RequestBody TokenRequest request) {
        return certificates.useToken(request.agencyCode(), request.token());
    }

    @PostMapping("/{id}/revoke")
    @Operation(summary = "Revoke a certificate from now on, with the reason (ADMIN)")
    AgencyCertificate revoke(@PathVariable long id, @RequestBody RevokeRequest request) {
        return certificates.revoke(id, request.reason());
    }
}
