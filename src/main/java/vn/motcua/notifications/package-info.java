/**
 * Thông báo cho người nộp hồ sơ: e-mail and SMS when a dossier is received, needs a supplement, is
 * late with an apology, has its result ready or returned; when an online submission reaches the desk,
 * is sent back for completion or refused; when the payment gateway confirmed a fee paid online; and the one-time code that confirms a citizen's
 * registration. Messages are written to an outbox in the transaction of the action and sent after
 * commit with retries; administrators edit the templates and see what was sent and what failed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "shared", "audit", "dossiers", "portal", "payments" })
package vn.motcua.notifications;
