package vn.motcua.signatures.web;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.signatures.SignatureVerification;
import vn.motcua.signatures.VerifiedDocument;
import vn.motcua.signatures.VerifiedSignature;

/** Xác thực chữ ký số, for any system or person: no account needed. */
@RestController
@Tag(name = "Signatures")
class VerificationApi {

    /** One signature as the API tells it; times with the offset of Vietnam. */
    record SignatureView(String signer, String organisation, String agencyCode, String agencyName, String issuer, String serialNumber,
            OffsetDateTime signingTime, boolean intact, boolean digestMatches, boolean coversWholeDocument,
            boolean certificateValidAtSigningTime, OffsetDateTime certificateNotBefore, OffsetDateTime certificateNotAfter,
            OffsetDateTime revokedAt, boolean demoCertificate, String problem) {
    }

    /** The answer: the last signature's facts at the top (what a person asks first), every signature below. */
    record VerificationView(String fileName, boolean signed, boolean intact, String signer, String agency, OffsetDateTime signingTime,
            Boolean certificateValidAtSigningTime, List<SignatureView> signatures) {
    }

    private final SignatureVerification verification;
    private final MotCuaZone zone;

    VerificationApi(SignatureVerification verification, MotCuaZone zone) {
        this.verification = verification;
        this.zone = zone;
    }

    @PostMapping(path = "/api/v1/public/signatures/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Whether an uploaded PDF (multipart: file) is signed, by whom, when, and whether it was altered after signing")
    VerificationView verify(@RequestParam(required = false) MultipartFile file) throws IOException {
        VerifiedDocument document = verification.verify(file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        ZoneId id = zone.id();
        List<SignatureView> signatures = document.signatures().stream().map(s -> view(s, id)).toList();
        VerifiedSignature last = document.last();
        return new VerificationView(document.fileName(), document.signed(), document.intact(), last == null ? null : last.signer(),
                last == null ? null : last.agencyName() != null ? last.agencyName() : last.organisation(),
                last == null ? null : at(last.signingTime(), id), last == null ? null : last.certificateValidAtSigningTime(), signatures);
    }

    private static SignatureView view(VerifiedSignature s, ZoneId zone) {
        return new SignatureView(s.signer(), s.organisation(), s.agencyCode(), s.agencyName(), s.issuer(), s.serialNumber(),
                at(s.signingTime(), zone), s.intact(), s.digestMatches(), s.coversWholeDocument(), s.certificateValidAtSigningTime(),
                at(s.certificateNotBefore(), zone), at(s.certificateNotAfter(), zone), at(s.revokedAt(), zone), s.demo(), s.problem());
    }

    private static OffsetDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
