package vn.motcua.signatures;

import java.util.List;

/**
 * What the verifier says of an uploaded PDF: whether it carries a signature, and each signature in the
 * order they were added. The document is intact when its last signature is: that one covers every
 * earlier revision.
 */
public record VerifiedDocument(String fileName, boolean signed, List<VerifiedSignature> signatures) {

    public boolean intact() {
        return signed && signatures.get(signatures.size() - 1).intact();
    }

    /** The last signature: the one a person asks about first. */
    public VerifiedSignature last() {
        return signatures.isEmpty() ? null : signatures.get(signatures.size() - 1);
    }
}
