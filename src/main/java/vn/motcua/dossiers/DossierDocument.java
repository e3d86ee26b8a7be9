package vn.motcua.dossiers;

import java.time.Instant;

/**
 * Một giấy tờ của hồ sơ (thành phần hồ sơ, or a paper of the result): the stored file it is (id,
 * name, type, size), the procedure version's required document it answers (1-based position and
 * name; null for none), whether it belongs to the dossier as filed or to its result, whether it is a
 * scan or born digital, the earlier dossier's document it was reused from (null when it was not), and
 * who attached it when.
 */
public record DossierDocument(long id, String dossierCode, long fileId, String fileName, String contentType, long size,
        Integer requirement, String requirementName, DocumentKind kind, DocumentOrigin origin, Long reusedFrom, String attachedBy,
        Instant attachedAt) {
}
