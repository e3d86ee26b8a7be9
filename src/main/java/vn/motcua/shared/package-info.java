/**
 * What every module may use: the error format, Vietnamese number and date formatting, the
 * time source, the signed-in user, the demo-mode flag, and the database the application runs on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", allowedDependencies = {})
package vn.motcua.shared;
