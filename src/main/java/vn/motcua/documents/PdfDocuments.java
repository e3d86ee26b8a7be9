package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a printed page (XHTML, page size and margins set by its own {@code @page} rule) to PDF
 * with Liberation Serif — metrically Times New Roman, carrying every Vietnamese diacritic —
 * embedded under the name "Times New Roman", so the PDF reads the same on every computer.
 */
@Service
public class PdfDocuments {

    private static final String[][] FONTS = { { "LiberationSerif-Regular.ttf", "400", "normal" },
            { "LiberationSerif-Bold.ttf", "700", "normal" }, { "LiberationSerif-Italic.ttf", "400", "italic" },
            { "LiberationSerif-BoldItalic.ttf", "700", "italic" } };

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            for (String[] font : FONTS) {
                builder.useFont(() -> open(font[0]), "Times New Roman", Integer.parseInt(font[1]),
                        font[2].equals("italic") ? PdfRendererBuilder.FontStyle.ITALIC : PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + name + " is missing", e);
        }
    }
}
