package vn.motcua.dossiers;

/** Kênh tiếp nhận: at the counter, by public post (BCCI), partly online (một phần), fully online (toàn trình). */
public enum Channel {
    DIRECT, POSTAL, ONLINE_PARTIAL, ONLINE_FULL
}
