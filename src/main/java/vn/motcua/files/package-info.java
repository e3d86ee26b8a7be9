/**
 * Tệp đính kèm: every stored upload (a dossier's papers, and later petition files, task evidence,
 * certificates) — its whole-content check, the size limit, its content streamed into PostgreSQL in
 * chunks and streamed out again as a download. Other modules keep only file ids and decide who may
 * read a file before they ask for it; this module knows no owner.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Files", allowedDependencies = { "shared" })
package vn.motcua.files;
