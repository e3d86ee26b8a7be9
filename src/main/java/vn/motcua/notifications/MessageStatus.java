package vn.motcua.notifications;

/**
 * PENDING: waiting for its next attempt; SENT: the server or gateway took it; FAILED: given up after
 * the last attempt (an administrator can send it again); SKIPPED: its channel is not configured here.
 */
public enum MessageStatus {
    PENDING, SENT, FAILED, SKIPPED
}
