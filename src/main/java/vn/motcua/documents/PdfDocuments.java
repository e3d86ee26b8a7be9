package vn.motcua.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders a printed page (XHTML, page size and margins set by its own {@code @page} rule) to PDF
 * with Liberation Serif — metrically Times New Roman, carrying every Vietnamese diacritic —
 * embedded under the name "Times New Roman", so the PDF reads the same on every computer.
 */
@Service
public class PdfDocuments {

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private static final String[][] FONTS = { { "LiberationSerif-Regular.ttf", "400", "normal" },
            { "LiberationSerif-Bold.ttf", "700", "normal" }, { "LiberationSerif-Italic.ttf", "400", "italic" },
            { "LiberationSerif-BoldItalic.ttf", "700", "italic" } };

    /** A page with each of the four faces, rendered once at start. */
    private static final String WARM_UP_PAGE = """
            <html><head><style>@page { size: A4; margin: 2cm } body { font-family: 'Times New Roman' }</style></head>
            <body><p>Bộ phận Một cửa <b>tiếp nhận</b> <i>hồ sơ</i> <b><i>trực tuyến</i></b></p></body></html>""";

    /** The fonts' files, read once from the application's archive instead of at every page (some 1,6 MB inflated each time). */
    private final Map<String, byte[]> fonts = new ConcurrentHashMap<>();

    public byte[] render(String xhtml) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            for (String[] font : FONTS) {
                builder.useFont(new LettersOnly(document, font(font[0])), "Times New Roman", Integer.parseInt(font[1]),
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

    /**
     * A face loaded into the document when the page first uses it, with the font's glyph substitutions (GSUB) off. With
     * them on, PDFBox builds a regular expression of the font's ligatures for every run of text it draws — a report of a
     * few pages allocated some 600 MB for it — and for these faces draws the same glyphs in the end: one per letter, as
     * Word prints Times New Roman.
     */
    private static final class LettersOnly extends PDFontSupplier {

        private final PDDocument document;
        private final byte[] file;
        private PDFont font;

        LettersOnly(PDDocument document, byte[] file) {
            super(null);
            this.document = document;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(file));
                    face.setEnableGsub(false);
                    font = PDType0Font.load(document, face, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the embedded font", e);
                }
            }
            return font;
        }
    }

    /**
     * Loads the PDF engine — some 1.000 classes of the renderer and PDFBox — and the fonts on a thread of its own once the
     * application has started, so that the first receipt or report printed after a start (and the demo's signed report at
     * a first start) does not wait a second for them; started beside the start-up runners, on the core they leave idle.
     */
    @EventListener(ApplicationStartedEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                render(WARM_UP_PAGE);
            } catch (RuntimeException e) {
                // The first real page will meet the same problem and report it to its user; here it is only noted.
                log.warn("The PDF engine did not render its warm-up page", e);
            }
        }, "pdf-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private byte[] font(String name) {
        return fonts.computeIfAbsent(name, PdfDocuments::read);
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource("fonts/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + name + " is missing", e);
        }
    }
}
