package vn.motcua.dossiers;

/** What can happen to a dossier; RECEIVE is its first action, written at intake. */
public enum ActionKind {
    RECEIVE, ASSIGN, FORWARD, REQUEST_SUPPLEMENT, SUPPLEMENT_RECEIVED, REJECT, STOP, WITHDRAW, APOLOGIZE, APPROVE, COMPLETE,
    RETURN_RESULT, PUBLISH_RESULT, RECORD_PAYMENT
}
