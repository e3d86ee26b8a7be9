package vn.motcua.dossiers;

/** How the result reached the applicant. */
public enum ReturnChannel {
    DIRECT, POSTAL, ONLINE
}
