/**
 * Rendering any module's printed page: PDF from XHTML with an embedded font that carries every
 * Vietnamese diacritic, and QR codes. It knows no module's content.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = { "shared" })
package vn.motcua.documents;
