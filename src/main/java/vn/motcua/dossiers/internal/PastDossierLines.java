package vn.motcua.dossiers.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.PastDossier;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;

/**
 * Reads one line of the dossier import (NDJSON) into a {@link PastDossier}, noting what the line's text
 * gets wrong: not JSON, a value of the wrong type, a time or a choice that does not parse. A field left
 * out stays null; whether it may be left out is the import's check, the same for a line and a record.
 */
@Component
public class PastDossierLines {

    /** Something wrong with the line's text: the field and the message with its arguments. */
    public record Problem(String field, String messageCode, List<Object> arguments) {
    }

    /** The dossier the line describes (null when it is not a JSON object) and the problems found reading it. */
    public record Read(PastDossier dossier, List<Problem> problems) {

        /** True when the field was given but could not be read, so that it is not reported again as missing. */
        public boolean wrong(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }
    }

    private final JsonMapper json;

    PastDossierLines(JsonMapper json) {
        this.json = json;
    }

    public Read read(String text) {
        List<Problem> problems = new ArrayList<>();
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            problems.add(new Problem("json", "dossiers.import.json", List.of()));
            return new Read(null, problems);
        }
        Fields fields = new Fields(problems);
        JsonNode applicant = node.get("applicant");
        Applicant person = applicant == null || !applicant.isObject() ? null
                : new Applicant(fields.string(applicant, "name"), fields.string(applicant, "idNumber"),
                        fields.string(applicant, "taxCode"), fields.string(applicant, "phone"), fields.string(applicant, "email"),
                        fields.string(applicant, "address"));
        List<PastDossier.Apology> apologies = new ArrayList<>();
        JsonNode apologyNodes = node.get("apologies");
        if (apologyNodes != null && apologyNodes.isArray()) {
            int i = 0;
            for (JsonNode apology : apologyNodes) {
                apologies.add(new PastDossier.Apology(fields.time(apology, "at", "apologies[" + i + "].at"),
                        fields.time(apology, "newDueAt", "apologies[" + i + "].newDueAt"), fields.string(apology, "reason")));
                i++;
            }
        }
        List<PastDossier.Publication> published = new ArrayList<>();
        JsonNode publicationNodes = node.get("published");
        if (publicationNodes != null && publicationNodes.isArray()) {
            int i = 0;
            for (JsonNode publication : publicationNodes) {
                published.add(new PastDossier.Publication(
                        fields.choice(publication, "on", PublicationTarget.class, "published[" + i + "].on"),
                        fields.time(publication, "at", "published[" + i + "].at")));
                i++;
            }
        }
        List<PastDossier.Document> documents = new ArrayList<>();
        JsonNode documentNodes = node.get("documents");
        if (documentNodes != null && documentNodes.isArray()) {
            int i = 0;
            for (JsonNode document : documentNodes) {
                String at = "documents[" + i + "]";
                documents.add(new PastDossier.Document(fields.number(document, "requirement", at + ".requirement"),
                        fields.string(document, "fileName"), fields.choice(document, "kind", DocumentKind.class, at + ".kind"),
                        fields.choice(document, "origin", DocumentOrigin.class, at + ".origin")));
                i++;
            }
        }
        PastDossier dossier = new PastDossier(fields.string(node, "code"), fields.string(node, "procedureCode"),
                fields.string(node, "agencyCode"), fields.choice(node, "channel", Channel.class, "channel"), person,
                fields.time(node, "receivedAt", "receivedAt"), fields.time(node, "dueAt", "dueAt"),
                fields.time(node, "completedAt", "completedAt"), fields.time(node, "returnedAt", "returnedAt"),
                fields.choice(node, "returnChannel", ReturnChannel.class, "returnChannel"),
                fields.choice(node, "status", DossierStatus.class, "status"), apologies, published, List.of(),
                documents);
        return new Read(dossier, problems);
    }

    /** Reads the values of one line, noting each one that does not parse. */
    private record Fields(List<Problem> problems) {

        String string(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                problems.add(new Problem(field, "dossiers.import.type", List.of()));
                return null;
            }
            String text = value.asText().trim();
            return text.isEmpty() ? null : text;
        }

        /** A whole number ("2" or 2); a value that is not one is noted. */
        Integer number(JsonNode node, String field, String name) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                return null;
            }
            try {
                return Integer.valueOf(value.asText().trim());
            } catch (NumberFormatException e) {
                problems.add(new Problem(name, "dossiers.import.number", List.of(value.asText())));
                return null;
            }
        }

        Instant time(JsonNode node, String field, String name) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                return null;
            }
            try {
                return OffsetDateTime.parse(value.asText().trim()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new Problem(name, "dossiers.import.time", List.of(value.asText())));
                return null;
            }
        }

        <E extends Enum<E>> E choice(JsonNode node, String field, Class<E> type, String name) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.asText().trim());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(name, "dossiers.import.one-of",
                        List.of(value.asText(), Arrays.toString(type.getEnumConstants()))));
                return null;
            }
        }
    }
}
