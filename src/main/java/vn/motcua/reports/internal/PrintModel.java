package vn.motcua.reports.internal;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.core.Narrative;

/** The document laid out for the printed page and the preview: paragraphs with numbered footnote marks, and the footnotes. */
public record PrintModel(ReportDocument document, String dateLine, String issuer, List<PrintSection> sections, List<String> footnotes) {

    /** A section with its paragraphs; the opening paragraph's heading is null, as it is printed without one. */
    public record PrintSection(String heading, List<List<Piece>> paragraphs) {
    }

    /** Text, or the number of a footnote. */
    public record Piece(String text, Integer footnote) {
    }

    public static PrintModel of(ReportDocument document, String issuer) {
        List<String> footnotes = new ArrayList<>();
        List<PrintSection> sections = new ArrayList<>();
        for (ReportDocument.Section section : document.sections()) {
            List<List<Piece>> paragraphs = new ArrayList<>();
            for (String paragraph : Narrative.paragraphs(section.body())) {
                List<Piece> pieces = new ArrayList<>();
                for (Narrative.Run run : Narrative.runs(paragraph)) {
                    if (run.footnote() == null) {
                        pieces.add(new Piece(run.text(), null));
                    } else {
                        footnotes.add(run.footnote());
                        pieces.add(new Piece(null, footnotes.size()));
                    }
                }
                paragraphs.add(pieces);
            }
            sections.add(new PrintSection(section.opening() ? null : section.heading(), paragraphs));
        }
        return new PrintModel(document, DocxWriter.dateLine(document.issuedOn()), issuer, sections, footnotes);
    }
}
