package vn.motcua.portal;

import java.time.Instant;

/**
 * A paper attached to a submission: which required document it answers (its requirement id), the
 * stored file, and — when picked from an earlier dossier instead of uploaded — the dossier document
 * it reuses.
 */
public record SubmissionDocument(long id, int requirement, String requirementName, long fileId, String fileName,
        String contentType, long size, Long reusedFrom, Instant addedAt) {

    public boolean reused() {
        return reusedFrom != null;
    }
}
