package vn.motcua.indicators;

import java.util.List;

/**
 * Điều kiện gửi báo cáo: a part of a report outside its figures that must be complete before the
 * report goes up, declared by the module that owns that part (the narrative, in reports). Submission
 * is refused while any check names something missing; the report's page lists it with a link, for the
 * submitter and the approver alike.
 */
public interface SubmissionCheck {

    /**
     * What is still missing in the report, as compiled by the caller (submission, the report's page), each
     * with the page that completes it; empty when complete.
     */
    List<MissingPart> missing(Report report);

    /**
     * What is worth a look before the report goes up but does not keep it from going up (a document number
     * the clerk may still write in at registration); shown beside the missing parts, never refused.
     */
    default List<MissingPart> advisories(Report report) {
        return List.of();
    }

    /**
     * What must be complete before a submitted report is approved, beyond what submission asked: an approved
     * report is an issued document and carries its number (số ký hiệu). Approval is refused while any is named.
     */
    default List<MissingPart> missingForApproval(Report report) {
        return List.of();
    }

    /** One missing part as a person reads it ("Mục III. ĐÁNH GIÁ CHUNG chưa có nội dung") and the path of the page to fill it. */
    record MissingPart(String message, String link) {
    }
}
