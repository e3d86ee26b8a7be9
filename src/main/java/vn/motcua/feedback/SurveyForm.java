package vn.motcua.feedback;

/** Hình thức khảo sát of one answer: online (trực tuyến) or a paper slip (phát phiếu). */
public enum SurveyForm {
    ONLINE, PAPER
}
