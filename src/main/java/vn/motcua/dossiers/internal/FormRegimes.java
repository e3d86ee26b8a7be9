package vn.motcua.dossiers.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.dossiers.OfficialForm;

/**
 * The sets of official forms with the dates they apply (dossiers/form-regimes.tsv): Circular
 * 01/2018/TT-VPCP until 30/06/2025, Circular 03/2025/TT-VPCP from 01/07/2025. A new circular is rows of
 * data, not a branch in the code.
 */
@Component
public class FormRegimes {

    /** One circular's set. */
    public record Regime(String id, String circular, LocalDate validFrom, LocalDate validTo, String desk,
            Map<OfficialForm, FormSpec> forms) {

        boolean appliesOn(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }

        /**
         * The desk's name inside a sentence: "Bộ phận Một cửa" (Decree 118/2025 writes Một cửa as part of the name, as
         * every page of the application does), "Bộ phận tiếp nhận và trả kết quả" under the earlier circular.
         */
        public String deskInSentence() {
            String lower = desk.toLowerCase(java.util.Locale.forLanguageTag("vi"));
            return (Character.toUpperCase(lower.charAt(0)) + lower.substring(1)).replace("một cửa", "Một cửa");
        }

        public Optional<FormSpec> form(OfficialForm form) {
            return Optional.ofNullable(forms.get(form));
        }
    }

    /** A form as the circular lays it out: its number (Mẫu số), title, page template and paper. */
    public record FormSpec(OfficialForm form, String number, String title, String template, String page) {
    }

    private final List<Regime> regimes;

    FormRegimes() {
        this(new ClassPathResource("dossiers/form-regimes.tsv"));
    }

    FormRegimes(ClassPathResource resource) {
        this.regimes = read(resource);
    }

    /** The set in force on the day; empty before the first circular. */
    public Optional<Regime> on(LocalDate day) {
        return regimes.stream().filter(r -> r.appliesOn(day)).findFirst();
    }

    public List<Regime> all() {
        return regimes;
    }

    private static List<Regime> read(ClassPathResource resource) {
        Map<String, Regime> byId = new LinkedHashMap<>();
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get();
            for (CSVRecord record : format.parse(reader)) {
                OfficialForm form = OfficialForm.bySlug(record.get("form")).orElseThrow(() -> new IllegalStateException(
                        "form-regimes.tsv line " + record.getRecordNumber() + ": unknown form " + record.get("form")));
                String validTo = record.get("valid_to");
                Regime regime = byId.computeIfAbsent(record.get("regime"), id -> new Regime(id, record.get("circular"),
                        LocalDate.parse(record.get("valid_from")), validTo.isBlank() ? null : LocalDate.parse(validTo),
                        record.get("desk"), new LinkedHashMap<>()));
                regime.forms().put(form, new FormSpec(form, record.get("number"), record.get("title"), record.get("template"),
                        record.get("page")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Regime> result = new ArrayList<>();
        byId.values().forEach(r -> result.add(new Regime(r.id(), r.circular(), r.validFrom(), r.validTo(), r.desk(), Map.copyOf(r.forms()))));
        return List.copyOf(result);
    }
}
