package vn.motcua.reports;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.Report;
import vn.motcua.indicators.SubmissionCheck;

/**
 * A report goes up with every section of its narrative written: a bare heading, or a request to the
 * officer still in the text ([Gợi ý: …]), is named with the editor to finish it.
 */
@Component
class NarrativeCompleteness implements SubmissionCheck {

    private final ReportDocuments documents;

    NarrativeCompleteness(ReportDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<MissingPart> missing(Report report) {
        String editor = "/reports/" + report.template() + "/" + report.period() + "/" + report.unitCode() + "/document";
        return documents.unfinishedSections(report).stream()
                .map(s -> new MissingPart("Mục " + s.heading() + " của văn bản báo cáo "
                        + (s.bare() ? "chưa có nội dung" : "còn phần gợi ý (đánh dấu “Gợi ý:”) cần cán bộ viết thành nội dung"), editor))
                .toList();
    }
}
