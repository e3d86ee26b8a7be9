package vn.motcua.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

import vn.motcua.reports.ReportDocument;
import vn.motcua.reports.core.Narrative;

/**
 * Fills a unit's own Word template: {authority}, {number}, {place}, {date}, {title}, {addressee},
 * {signature}, {signer}, {recipients}, figure placeholders such as {3.3.1}, and a paragraph holding
 * only {body}, which becomes the report's sections with their footnotes. A placeholder split over
 * several runs by Word is still found: the paragraph's runs are joined where one occurs.
 */
public final class TemplateFiller {

    private TemplateFiller() {
    }

    /** True when the bytes are a Word document POI can open. */
    public static boolean readable(byte[] content) {
        try (XWPFDocument ignored = new XWPFDocument(new ByteArrayInputStream(content))) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    public static byte[] fill(byte[] template, ReportDocument d, String dateLine, UnaryOperator<String> figures) throws IOException {
        Map<String, String> fields = Map.of("{authority}", d.authority(), "{number}", d.number(), "{place}", d.place(), "{date}",
                dateLine, "{title}", d.title(), "{addressee}", d.addressee(), "{signature}", d.signatureRole(),
                "{signer}", d.signer(), "{recipients}", d.recipients());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(template)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph bodyMarker = null;
            for (XWPFParagraph p : allParagraphs(doc)) {
                String text = p.getText();
                if (text.trim().equals("{body}")) {
                    bodyMarker = p;
                } else if (text.contains("{")) {
                    String filled = text;
                    for (Map.Entry<String, String> f : fields.entrySet()) {
                        filled = filled.replace(f.getKey(), f.getValue());
                    }
                    replace(p, figures.apply(filled));
                }
            }
            if (bodyMarker != null) {
                for (ReportDocument.Section section : d.sections()) {
                    if (!section.opening()) {
                        XWPFParagraph heading = insertBefore(doc, bodyMarker);
                        XWPFRun r = heading.createRun();
                        r.setBold(true);
                        r.setText(section.heading());
                    }
                    for (String paragraph : Narrative.paragraphs(figures.apply(section.body()))) {
                        XWPFParagraph p = insertBefore(doc, bodyMarker);
                        for (Narrative.Run piece : Narrative.runs(paragraph)) {
                            if (piece.footnote() == null) {
                                p.createRun().setText(piece.text());
                            } else {
                                XWPFFootnote footnote = doc.createFootnote();
                                footnote.createParagraph().createRun().setText(piece.footnote());
                                p.addFootnoteReference(footnote);
                            }
                        }
                    }
                }
                doc.removeBodyElement(doc.getPosOfParagraph(bodyMarker));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static XWPFParagraph insertBefore(XWPFDocument doc, XWPFParagraph marker) {
        try (XmlCursor cursor = marker.getCTP().newCursor()) {
            return doc.insertNewParagraph(cursor);
        }
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(doc.getParagraphs());
        for (XWPFTable table : doc.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs;
    }

    /** The placeholders a unit's template must hold: without {body} the report would have no text at all. */
    public static final List<String> REQUIRED = List.of("{body}");

    /** The required placeholders the template lacks, in the order of {@link #REQUIRED}; empty when it has them all. */
    public static List<String> missingPlaceholders(byte[] content) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            String text = String.join("\n", allParagraphs(doc).stream().map(XWPFParagraph::getText).toList());
            return REQUIRED.stream().filter(p -> !text.contains(p)).toList();
        } catch (IOException | RuntimeException e) {
            return REQUIRED;
        }
    }

    /**
     * Keeps the first run's formatting for the whole new text; a value of several lines (the signer's
     * title "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", the recipients) keeps its lines as line breaks.
     */
    private static void replace(XWPFParagraph p, String text) {
        List<XWPFRun> runs = p.getRuns();
        if (runs.isEmpty()) {
            return;
        }
        String[] lines = text.split("\n", -1);
        XWPFRun first = runs.get(0);
        first.setText(lines[0], 0);
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        for (int i = 1; i < lines.length; i++) {
            first.addBreak();
            first.setText(lines[i]);
        }
    }
}
