package vn.motcua.dossiers;

/** Where a document's file came from: a scan of a paper (số hóa) or a file that was electronic from the start. */
public enum DocumentOrigin {
    DIGITISED, BORN_DIGITAL
}
