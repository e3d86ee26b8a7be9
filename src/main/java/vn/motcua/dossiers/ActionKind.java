package vn.motcua.dossiers;

/**
 * What can happen to a dossier; RECEIVE is its first action, written at intake. ATTACH_DOCUMENT
 * records a paper of the dossier or of its result joining it (Thành phần hồ sơ, số hóa), through
 * {@link DossierDocuments}; it changes no status.
 */
public enum ActionKind {
    RECEIVE, ASSIGN, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, REJECT, STOP, WITHDRAW, APOLOGIZE, APPROVE, COMPLETE,
    RETURN_RESULT, PUBLISH_RESULT, RECORD_PAYMENT, ATTACH_DOCUMENT;

    /** Asked for through an action request (the action form, the actions API); the receipt and an attachment have doors of their own. */
    public boolean requested() {
        return this != RECEIVE && this != ATTACH_DOCUMENT;
    }
}
