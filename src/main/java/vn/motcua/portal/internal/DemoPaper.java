package vn.motcua.portal.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import vn.motcua.documents.PdfDocuments;

/**
 * A one-page PDF with a title, a stand-in for a citizen's scan or a result in the demo, rendered like every printed page
 * of the application (Liberation Serif embedded), so it reads in full Vietnamese: "Giấy khai sinh / Bản chụp minh họa –
 * dữ liệu demo MotCua".
 */
@Component
class DemoPaper {

    private static final String PAGE = """
            <html><head><style>@page { size: A4; margin: 2.5cm } body { font-family: 'Times New Roman' }
            h1 { font-size: 18pt; margin: 0 0 10pt } p { font-size: 12pt }</style></head>
            <body><h1>%s</h1><p>Bản chụp minh họa – dữ liệu demo MotCua</p></body></html>""";

    private final PdfDocuments pdf;

    DemoPaper(PdfDocuments pdf) {
        this.pdf = pdf;
    }

    /** Pages already rendered, by title: the demo renders its papers ahead, beside its dossiers. */
    private final Map<String, byte[]> rendered = new ConcurrentHashMap<>();

    byte[] titled(String title) {
        return rendered.computeIfAbsent(title, t -> pdf.render(PAGE.formatted(HtmlUtils.htmlEscape(t, "UTF-8"))));
    }

    /** Renders these papers now, so that asking for them later costs nothing. */
    void ahead(List<String> titles) {
        titles.forEach(this::titled);
    }
}
