/**
 * The voice of citizens and businesses: satisfaction surveys after a result is returned (online
 * without an account, or typed in from paper), feedback and petitions (phản ánh, kiến nghị) from
 * submission to a published answer, and leaders' dialogues with citizens and businesses with the
 * follow-up of what was raised. Publishes the measures of rows 1.4.1, 1.4.2 and 1.5.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
        allowedDependencies = { "shared", "audit", "accounts", "units", "calendar", "dossiers" })
package vn.motcua.feedback;
