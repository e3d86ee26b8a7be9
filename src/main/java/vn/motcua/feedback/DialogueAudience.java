package vn.motcua.feedback;

/** Whom leaders met: citizens, businesses, or both. */
public enum DialogueAudience {
    CITIZENS, BUSINESSES, BOTH
}
