package vn.motcua.feedback;

/** RECEIVED: waiting for triage; ASSIGNED: an agency must answer by the due date; ANSWERED; DISMISSED: not a petition (abuse, duplicate). */
public enum PetitionStatus {
    RECEIVED, ASSIGNED, ANSWERED, DISMISSED
}
