/**
 * Chữ ký số: the certificates agencies sign with (a PKCS#12 keystore kept sealed, or a PKCS#11
 * token/HSM), PAdES signing of the PDFs the other modules issue (through shared.DocumentSigning) and the
 * copies kept once signed, and the public verification of any signed PDF.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signatures", allowedDependencies = { "shared", "audit", "units", "files" })
package vn.motcua.signatures;
