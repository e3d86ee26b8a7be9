package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** What a reader of a printed PDF notices: the words as written, searchable and copyable, in the embedded serif face. */
class PdfDocumentsTest {

    private final PdfDocuments pdf = new PdfDocuments();

    @Test
    void theTextReadsBackLetterForLetter() throws Exception {
        // "fi", "fl", "ff" and "ti" are the pairs a font's ligatures would replace; Vietnamese diacritics must come back whole.
        String words = "Certificate official offline efficient notification Thủ tục hành chính tiếp nhận trực tuyến";
        byte[] file = pdf.render("""
                <html><head><style>@page { size: A4; margin: 2cm } body { font-family: 'Times New Roman' }</style></head>
                <body><p>%s</p><p><b>Quyết định</b> <i>số hóa</i></p></body></html>""".formatted(words));

        try (PDDocument document = Loader.loadPDF(file)) {
            List<String> glyphs = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(text.getUnicode());
                    super.processTextPosition(text);
                }
            };
            String text = stripper.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(words).contains("Quyết định số hóa");
            // One glyph drawn for each letter, each naming its letter: the text extraction above would split a ligature
            // again, so only the glyphs tell.
            assertThat(glyphs).isNotEmpty().allMatch(unicode -> unicode.codePointCount(0, unicode.length()) == 1);
        }
    }

    @Test
    void embedsOnlyTheFacesThePageUsesUnderTheSerifName() throws Exception {
        byte[] file = pdf.render("""
                <html><head><style>@page { size: A4; margin: 2cm } body { font-family: 'Times New Roman' }</style></head>
                <body><p>Bộ phận Một cửa <b>tiếp nhận</b></p></body></html>""");

        try (PDDocument document = Loader.loadPDF(file)) {
            List<String> fonts = new ArrayList<>();
            PDPage page = document.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            assertThat(fonts).hasSize(2).allMatch(name -> name.startsWith("LiberationSerif"));
        }
    }
}
