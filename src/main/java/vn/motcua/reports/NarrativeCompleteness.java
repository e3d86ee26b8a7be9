package vn.motcua.reports;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.indicators.Report;
import vn.motcua.indicators.ReportSubmitted;
import vn.motcua.indicators.SubmissionCheck;

/**
 * A report goes up with every section of its narrative written: a bare heading, or a request to the
 * officer still in the text ([Gợi ý: …]), is named with the editor to finish it. The narrative that
 * goes up is kept as the unit's saved document, so that the report approved on it keeps it.
 */
@Component
class NarrativeCompleteness implements SubmissionCheck {

    private final ReportDocuments documents;

    NarrativeCompleteness(ReportDocuments documents) {
        this.documents = documents;
    }

    /** In the submission's transaction: a narrative the unit never saved is saved as it went up, and regenerated no more. */
    @EventListener
    void on(ReportSubmitted submitted) {
        documents.keepAsSubmitted(submitted.templateCode(), submitted.report());
    }

    @Override
    public List<MissingPart> missing(Report report) {
        String editor = "/reports/" + report.template() + "/" + report.period() + "/" + report.unitCode() + "/document";
        return documents.unfinishedSections(report).stream()
                .map(s -> new MissingPart("Mục " + s.heading() + " của văn bản báo cáo "
                        + (s.bare() ? "chưa có nội dung" : "còn phần gợi ý (đánh dấu “Gợi ý:”) cần cán bộ viết thành nội dung"), editor))
                .toList();
    }

    /** An approved report is issued: it carries its number, which the approver may still write in before approving. */
    @Override
    public List<MissingPart> missingForApproval(Report report) {
        if (!documents.unnumbered(report)) {
            return List.of();
        }
        return List.of(new MissingPart("Số ký hiệu của văn bản báo cáo (“Số: …/BC-UBND”) còn trống: báo cáo đã phê duyệt là văn bản"
                + " ban hành nên phải có số; ghi số ký hiệu trong văn bản báo cáo rồi phê duyệt", "/reports/" + report.template() + "/"
                + report.period() + "/" + report.unitCode() + "/document#number"));
    }

    /** "Số: /BC-UBND": a report may go up before the clerk numbers it, but the officer is told it has no number yet. */
    @Override
    public List<MissingPart> advisories(Report report) {
        if (!report.status().editable() || !documents.unnumbered(report)) {
            return List.of();
        }
        return List.of(new MissingPart("Văn bản báo cáo chưa có số (“Số: …/BC-UBND” còn trống): ghi số văn bản trước khi gửi, "
                + "nếu không báo cáo sẽ gửi lên không có số", "/reports/" + report.template() + "/" + report.period() + "/"
                + report.unitCode() + "/document#number"));
    }
}
