package vn.motcua.dossiers;

/** What a dossier's document is: a paper of the dossier as filed (thành phần hồ sơ) or of its result (kết quả giải quyết). */
public enum DocumentKind {
    DOSSIER, RESULT
}
