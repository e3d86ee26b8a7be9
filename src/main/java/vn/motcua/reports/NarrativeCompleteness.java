package vn.motcua.reports;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.motcua.indicators.SubmissionCheck;

/** A report goes up with every section of its narrative written: a bare heading is named, with the editor to fill it. */
@Component
class NarrativeCompleteness implements SubmissionCheck {

    private final ReportDocuments documents;

    NarrativeCompleteness(ReportDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<MissingPart> missing(String templateCode, String periodName, String unitCode) {
        String editor = "/reports/" + templateCode + "/" + periodName + "/" + unitCode + "/document";
        return documents.bareSections(templateCode, periodName, unitCode).stream()
                .map(heading -> new MissingPart("Mục " + heading + " của văn bản báo cáo chưa có nội dung", editor)).toList();
    }
}
