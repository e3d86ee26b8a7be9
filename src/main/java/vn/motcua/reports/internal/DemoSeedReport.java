package vn.motcua.reports.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.indicators.ReportEntry;
import vn.motcua.reports.ReportDocument;
import vn.motcua.shared.DemoMode;
import vn.motcua.shared.SystemActor;
import vn.motcua.units.UnitDirectory;

/**
 * The demo's district report for Q1 2024 as Huyện Thọ Xuân wrote it (the seed): the figures the district
 * typed in — the printed values of the rows MotCua does not compute — and the seed's narrative as its saved
 * text, footnotes in the editor's [^…] form and the dossier figures as placeholders, which the demo's
 * dossiers fill with the seed's own numbers. The figures go through the entry service, so the report stays a
 * draft the reform officer opens, edits and submits like any other; the text goes straight to this module's
 * store, which spares the first start the two compilations of the report that saving through the service reads.
 */
@Component
@Order(80)
class DemoSeedReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeedReport.class);
    private static final String TEMPLATE = "CCHC-2024";
    private static final String PERIOD = "2024-Q1";
    private static final String DISTRICT = "395";
    static final String FIGURES = "demo/so-lieu-nhap-quy-I-2024-tho-xuan.tsv";
    static final String NARRATIVE = "demo/bao-cao-cchc-quy-I-2024-tho-xuan.md";

    private final DemoMode demoMode;
    private final ReportEntry entry;
    private final DocumentStore documents;
    private final UnitDirectory units;
    private final TransactionTemplate transaction;

    DemoSeedReport(DemoMode demoMode, ReportEntry entry, DocumentStore documents, UnitDirectory units, TransactionTemplate transaction) {
        this.transaction = transaction;
        this.demoMode = demoMode;
        this.entry = entry;
        this.documents = documents;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.shouldLoad()) {
            return;
        }
        SystemActor.run(this::load);
    }

    private void load() {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        List<String> lines = lines(FIGURES);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            figures.put(f[0], new BigDecimal(f[1]));
        }
        ReportDocument document = document(lines(NARRATIVE));
        transaction.executeWithoutResult(status -> {
            entry.putValues(TEMPLATE, PERIOD, DISTRICT, figures, null, null);
            documents.save(TEMPLATE, PERIOD, units.require(DISTRICT, document.issuedOn()).id(), document, null);
        });
        log.info("Loaded the demo district report of {}: {} entered figures and the seed's narrative", PERIOD, figures.size());
    }

    /** The narrative file: "field: value" lines (\n for a line break), then each section as "# heading" and its paragraphs. */
    private static ReportDocument document(List<String> lines) {
        Map<String, String> fields = new HashMap<>();
        List<ReportDocument.Section> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("# ")) {
                if (heading != null) {
                    sections.add(new ReportDocument.Section(heading, body.toString().strip()));
                }
                heading = line.substring(2).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            } else if (line.contains(": ")) {
                int colon = line.indexOf(": ");
                fields.put(line.substring(0, colon), line.substring(colon + 2).replace("\\n", "\n"));
            }
        }
        if (heading != null) {
            sections.add(new ReportDocument.Section(heading, body.toString().strip()));
        }
        return new ReportDocument(TEMPLATE, PERIOD, DISTRICT, fields.get("authority"), fields.get("number"), fields.get("place"),
                LocalDate.parse(fields.get("issuedOn")), fields.get("title"), fields.get("addressee"), sections,
                fields.get("signatureRole"), fields.get("signer"), fields.get("recipients"), 0, false);
    }

    private static List<String> lines(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
