package vn.motcua.notifications;

/** Kênh gửi: how a message reaches the applicant. */
public enum NotificationChannel {
    EMAIL, SMS
}
