package vn.motcua.procedures;

/** Dịch vụ công trực tuyến: none, partly online (một phần, formerly level 3), fully online (toàn trình, formerly level 4). */
public enum OnlineKind {
    NONE, PARTIAL, FULL
}
