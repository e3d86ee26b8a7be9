package vn.motcua.dossiers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.FigureMovement;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierCodes;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.DossierRules;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureLife;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Nhập hồ sơ cũ: years of records from a district's previous system, one dossier a line (NDJSON), all
 * or nothing. Every line is checked first; any bad line stops the batch and every bad line is named.
 * The good batch is written through the bulk path: ids and codes reserved at once, rows and actions
 * in JDBC batches, the day counts summed before they are written.
 */
@Service
public class DossierImport {

    /** At most this many dossiers in one request. */
    public static final int MAX_LINES = 200_000;
    /** A dossier's line is a few hundred characters; one this long is not a dossier. */
    static final int MAX_LINE_CHARS = 100_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,40}");

    /** A bad line: its number (the first line is 1), the field and why. */
    public record LineError(int line, String field, String messageCode, List<Object> arguments) {
    }

    /** The outcome: how many were imported, or the errors that stopped it. */
    public record Result(int imported, List<LineError> errors) {
    }

    /** A line read and checked, with what its history derives; a line without a code gets one when the batch is written. */
    private record Parsed(int line, DossierFacts facts, Agency agency, DossierLifecycle.Outcome outcome) {

        String code() {
            return facts.code();
        }

        Instant receivedAt() {
            return facts.receivedAt();
        }
    }

    private final DossierLifecycle lifecycle;
    private final DossierStore store;
    private final DailyFigures figures;
    private final ProcedureCatalog catalog;
    private final AgencyDirectory agencies;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final JsonMapper json;

    DossierImport(DossierLifecycle lifecycle, DossierStore store, DailyFigures figures, ProcedureCatalog catalog,
            AgencyDirectory agencies, WorkingCalendar calendar, CurrentUser currentUser, AuditTrail audit, JsonMapper json) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.figures = figures;
        this.catalog = catalog;
        this.agencies = agencies;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.json = json;
    }

    /**
     * Reads the lines as they arrive rather than the whole body first: years of records are the
     * largest request MotCua takes, and only what each line parses into is kept.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result importLines(Reader ndjson) {
        List<LineError> errors = new ArrayList<>();
        List<Parsed> parsed = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        // Years of records name a few agencies and procedures over and over: each is looked up once.
        Map<String, Optional<Agency>> agencyCache = new HashMap<>();
        Map<String, Optional<ProcedureLife>> procedureCache = new HashMap<>();
        String actor = currentUser.username();
        BoundedLines lines = new BoundedLines(ndjson, MAX_LINE_CHARS);
        for (String text = lines.next(); text != null; text = lines.next()) {
            int number = lines.number();
            if (number > MAX_LINES) {
                throw new InvalidInputException("body", "dossiers.import.too-many", MAX_LINES);
            }
            if (lines.cut()) {
                errors.add(new LineError(number, "line", "dossiers.import.line-long", List.of(MAX_LINE_CHARS)));
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            Line line = new Line(number, errors);
            Parsed p = line.parse(text, agencyCache, procedureCache, actor);
            if (p != null && p.code() != null && !codes.add(p.code())) {
                errors.add(new LineError(number, "code", "dossiers.import.duplicate", List.of(p.code())));
            } else if (p != null) {
                parsed.add(p);
            }
        }
        if (parsed.isEmpty() && errors.isEmpty()) {
            throw new InvalidInputException("body", "dossiers.import.empty");
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors);
        }
        write(parsed);
        audit.record("dossier.imported", "dossier-import", String.valueOf(parsed.size()),
                "Nhập " + parsed.size() + " hồ sơ từ hệ thống cũ", null, Map.of("count", parsed.size()));
        return new Result(parsed.size(), List.of());
    }

    private void write(List<Parsed> parsed) {
        ZoneId zone = calendar.zone();
        // Codes for the lines without one: a block of numbers per agency and day, reserved in one order
        // so that two imports at once lock the day counters the same way round.
        Map<String, List<Parsed>> needCodes = new TreeMap<>();
        for (Parsed p : parsed) {
            if (p.code() == null) {
                LocalDate day = p.receivedAt().atZone(zone).toLocalDate();
                needCodes.computeIfAbsent(p.agency().id() + "|" + day, k -> new ArrayList<>()).add(p);
            }
        }
        Map<Parsed, String> generated = new HashMap<>();
        for (List<Parsed> group : needCodes.values()) {
            group.sort(Comparator.comparing(Parsed::receivedAt));
            Parsed first = group.get(0);
            LocalDate day = first.receivedAt().atZone(zone).toLocalDate();
            int last = store.reserveSequence(first.agency().id(), day, group.size());
            int number = last - group.size() + 1;
            for (Parsed p : group) {
                generated.put(p, DossierCodes.code(p.agency().code(), day, number++));
            }
        }
        List<Long> ids = store.newIds(parsed.size());
        List<DossierStore.Imported> dossiers = new ArrayList<>();
        List<FigureMovement> movements = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Parsed p = parsed.get(i);
            DossierFacts facts = p.code() != null ? p.facts() : p.facts().withCode(generated.get(p));
            dossiers.add(new DossierStore.Imported(ids.get(i), facts, p.outcome()));
            movements.addAll(p.outcome().movements());
        }
        store.insertAll(dossiers);
        figures.countAll(movements);
    }

    /** Reads and checks one line, noting each problem against the line. */
    private final class Line {

        private final int number;
        private final List<LineError> errors;
        private final int errorsBefore;

        Line(int number, List<LineError> errors) {
            this.number = number;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        private void error(String field, String code, Object... arguments) {
            errors.add(new LineError(number, field, code, List.of(arguments)));
        }

        private boolean failed() {
            return errors.size() > errorsBefore;
        }

        Parsed parse(String text, Map<String, Optional<Agency>> agencyCache, Map<String, Optional<ProcedureLife>> procedureCache,
                String actor) {
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (RuntimeException e) {
                error("json", "dossiers.import.json");
                return null;
            }
            if (!node.isObject()) {
                error("json", "dossiers.import.json");
                return null;
            }
            String code = string(node, "code");
            if (code != null && (!CODE.matcher(code).matches() || store.codeExists(code))) {
                error("code", CODE.matcher(code).matches() ? "dossiers.import.code-exists" : "dossiers.import.code-invalid", code);
            }
            Instant receivedAt = time(node, "receivedAt", true);
            Instant dueAt = time(node, "dueAt", false);
            Instant completedAt = time(node, "completedAt", false);
            Instant returnedAt = time(node, "returnedAt", false);
            Channel channel = enumValue(node, "channel", Channel.class, true);
            ReturnChannel returnChannel = enumValue(node, "returnChannel", ReturnChannel.class, false);
            DossierStatus status = enumValue(node, "status", DossierStatus.class, false);
            String agencyCode = string(node, "agencyCode");
            Agency agency = null;
            if (agencyCode == null) {
                error("agencyCode", "dossiers.agency.required");
            } else {
                agency = agencyCache.computeIfAbsent(agencyCode, agencies::find).orElse(null);
                if (agency == null) {
                    error("agencyCode", "dossiers.agency.not-found", agencyCode);
                }
            }
            Procedure procedure = null;
            String procedureCode = string(node, "procedureCode");
            if (procedureCode == null) {
                error("procedureCode", "dossiers.procedure.required");
            } else if (receivedAt != null) {
                LocalDate day = receivedAt.atZone(calendar.zone()).toLocalDate();
                procedure = procedureCache.computeIfAbsent(procedureCode, catalog::life).flatMap(life -> life.on(day))
                        .filter(p -> p.inForceOn(day)).orElse(null);
                if (procedure == null) {
                    error("procedureCode", "dossiers.procedure.not-in-force", procedureCode);
                }
            }
            Applicant applicant = null;
            JsonNode applicantNode = node.get("applicant");
            if (applicantNode == null || !applicantNode.isObject()) {
                error("applicant", "dossiers.applicant.name");
            } else {
                try {
                    applicant = DossierRules.check(new Applicant(string(applicantNode, "name"), string(applicantNode, "idNumber"),
                            string(applicantNode, "taxCode"), string(applicantNode, "phone"), string(applicantNode, "email"),
                            string(applicantNode, "address")));
                } catch (InvalidInputException e) {
                    error(e.field(), e.messageCode(), e.arguments());
                }
            }
            if (receivedAt != null && dueAt != null && dueAt.isBefore(receivedAt)) {
                error("dueAt", "dossiers.import.before-receipt");
            }
            if (receivedAt != null && completedAt != null && completedAt.isBefore(receivedAt)) {
                error("completedAt", "dossiers.import.before-receipt");
            }
            if (returnedAt != null && (completedAt == null || returnedAt.isBefore(completedAt))) {
                error("returnedAt", "dossiers.import.returned-before-completed");
            }
            if (failed()) {
                return null;
            }
            List<DossierAction> actions = actions(node, actor, receivedAt, dueAt, completedAt, returnedAt, returnChannel, status,
                    channel);
            if (failed()) {
                return null;
            }
            DossierFacts facts = new DossierFacts(code, agency.id(), agency.unitId(), procedure.code(), procedure.version().id(),
                    procedure.content().fieldCode(), channel, applicant, List.of(), procedure.content().totalFees(), receivedAt);
            try {
                return new Parsed(number, facts, agency, lifecycle.replay(procedure.version(), facts, actions));
            } catch (DossierLifecycle.InvalidHistoryException e) {
                error("status", "dossiers.import.history");
                return null;
            } catch (InvalidInputException e) {
                error(e.field(), e.messageCode(), e.arguments());
                return null;
            }
        }

        private List<DossierAction> actions(JsonNode node, String actor, Instant receivedAt, Instant dueAt, Instant completedAt,
                Instant returnedAt, ReturnChannel returnChannel, DossierStatus status, Channel channel) {
            record Timed(Instant at, ActionKind kind, Map<String, Object> data) {
            }
            List<Timed> timed = new ArrayList<>();
            JsonNode apologies = node.get("apologies");
            if (apologies != null && apologies.isArray()) {
                int i = 0;
                for (JsonNode apology : apologies) {
                    Instant at = time(apology, "at", true, "apologies[" + i + "].at");
                    Instant newDue = time(apology, "newDueAt", true, "apologies[" + i + "].newDueAt");
                    if (at != null && newDue != null) {
                        Map<String, Object> data = new HashMap<>();
                        data.put("newDueAt", newDue.toString());
                        data.put("reason", Optional.ofNullable(string(apology, "reason")).orElse("Nhập từ hệ thống cũ"));
                        timed.add(new Timed(at, ActionKind.APOLOGIZE, data));
                    }
                    i++;
                }
            }
            boolean closedWithoutResult = status == DossierStatus.REJECTED || status == DossierStatus.WITHDRAWN
                    || status == DossierStatus.STOPPED;
            if (closedWithoutResult) {
                Instant at = completedAt != null ? completedAt : receivedAt;
                ActionKind kind = status == DossierStatus.REJECTED ? ActionKind.REJECT
                        : status == DossierStatus.WITHDRAWN ? ActionKind.WITHDRAW : ActionKind.STOP;
                timed.add(new Timed(at, kind, Map.of("reason", "Nhập từ hệ thống cũ")));
            } else if (completedAt != null) {
                timed.add(new Timed(completedAt, ActionKind.COMPLETE, Map.of()));
                if (returnedAt != null) {
                    timed.add(new Timed(returnedAt, ActionKind.RETURN_RESULT,
                            Map.of("channel", (returnChannel == null ? ReturnChannel.DIRECT : returnChannel).name())));
                }
            } else if (status == DossierStatus.COMPLETED || status == DossierStatus.RETURNED) {
                error("completedAt", "dossiers.import.completed-at");
            }
            JsonNode published = node.get("published");
            if (published != null && published.isArray()) {
                int i = 0;
                for (JsonNode publication : published) {
                    PublicationTarget on = enumValue(publication, "on", PublicationTarget.class, true, "published[" + i + "].on");
                    Instant at = time(publication, "at", true, "published[" + i + "].at");
                    if (completedAt == null) {
                        error("published[" + i + "]", "dossiers.import.published-before-completed");
                    } else if (on != null && at != null) {
                        timed.add(new Timed(at.isBefore(completedAt) ? completedAt : at, ActionKind.PUBLISH_RESULT,
                                Map.of("on", on.name())));
                    }
                    i++;
                }
            }
            timed.sort(Comparator.comparing(Timed::at));
            List<DossierAction> actions = new ArrayList<>();
            Map<String, Object> receipt = new HashMap<>();
            receipt.put("channel", channel.name());
            receipt.put("imported", true);
            if (dueAt != null) {
                receipt.put("dueAt", dueAt.toString());
            }
            actions.add(new DossierAction(1, ActionKind.RECEIVE, receivedAt, actor, 0, receipt));
            for (Timed t : timed) {
                actions.add(new DossierAction(actions.size() + 1, t.kind(), t.at(), actor, 0, t.data()));
            }
            return actions;
        }

        private String string(JsonNode node, String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isValueNode()) {
                error(field, "dossiers.import.type");
                return null;
            }
            String text = value.asText().trim();
            return text.isEmpty() ? null : text;
        }

        private Instant time(JsonNode node, String field, boolean required) {
            return time(node, field, required, field);
        }

        private Instant time(JsonNode node, String field, boolean required, String name) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                if (required) {
                    error(name, "dossiers.import.required");
                }
                return null;
            }
            try {
                return OffsetDateTime.parse(value.asText().trim()).toInstant();
            } catch (DateTimeParseException e) {
                error(name, "dossiers.import.time", value.asText());
                return null;
            }
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, boolean required) {
            return enumValue(node, field, type, required, field);
        }

        private <E extends Enum<E>> E enumValue(JsonNode node, String field, Class<E> type, boolean required, String name) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.asText().isBlank()) {
                if (required) {
                    error(name, "dossiers.import.required");
                }
                return null;
            }
            try {
                return Enum.valueOf(type, value.asText().trim());
            } catch (IllegalArgumentException e) {
                error(name, "dossiers.import.one-of", value.asText(), java.util.Arrays.toString(type.getEnumConstants()));
                return null;
            }
        }
    }

    /** Lines read one at a time; a line longer than the bound is cut, flagged and skipped to its end. */
    private static final class BoundedLines {

        private final Reader reader;
        private final int bound;
        private int number;
        private boolean cut;
        private boolean ended;

        BoundedLines(Reader reader, int bound) {
            this.reader = reader;
            this.bound = bound;
        }

        /** The next line without its end (\n or \r\n), or null at the end of the body. */
        String next() {
            if (ended) {
                return null;
            }
            StringBuilder line = new StringBuilder();
            cut = false;
            try {
                int c;
                while ((c = reader.read()) != -1 && c != '\n') {
                    if (line.length() < bound) {
                        line.append((char) c);
                    } else {
                        cut = true;
                    }
                }
                if (c == -1) {
                    ended = true;
                    if (line.isEmpty()) {
                        return null;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            number++;
            int end = line.length();
            return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
        }

        int number() {
            return number;
        }

        boolean cut() {
            return cut;
        }
    }
}
