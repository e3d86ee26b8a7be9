package vn.motcua.dossiers;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.FigureMovement;
import vn.motcua.dossiers.internal.DailyFigures;
import vn.motcua.dossiers.internal.DossierCodes;
import vn.motcua.dossiers.internal.DossierRules;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.PastDossierLines;
import vn.motcua.files.FileStore;
import vn.motcua.files.StoredFile;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureLife;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.FileContent;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;

/**
 * Nhập hồ sơ cũ: years of records from a district's previous system, all or nothing — one dossier a
 * line (NDJSON, the API's door) or a list of {@link PastDossier}s (a Java caller's, the demo's). Both go
 * through the same checks: any bad dossier stops the batch and every bad one is named by its line (its
 * position, counted from 1, in a list). The good batch is written through the bulk path: codes reserved
 * per agency and day in one statement, rows, actions and movements streamed with COPY, the day counts
 * summed before they are written.
 */
@Service
public class DossierImport {

    private static final Logger log = LoggerFactory.getLogger(DossierImport.class);

    /** At most this many dossiers in one request. */
    public static final int MAX_LINES = 200_000;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,40}");

    /** The name of the PDF every imported document opens as: its file stayed in the old system. */
    static final String STAND_IN_NAME = "giay-to-nhap-tu-he-thong-cu.pdf";
    private static volatile byte[] standInContent;

    /** A line longer than this is refused as a line, without reading it into memory. */
    static final int MAX_LINE_CHARS = 100_000;

    /** A bad line: its number (the first line is 1), the field and why. */
    public record LineError(int line, String field, String messageCode, List<Object> arguments) {
    }

    /** The outcome: how many were imported, or the errors that stopped it. */
    public record Result(int imported, List<LineError> errors) {
    }

    /** A dossier read and checked, with what its history derives; one without a code gets one when the batch is written. */
    private record Checked(DossierFacts facts, Agency agency, DossierLifecycle.Outcome outcome) {

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
    private final PastDossierLines lines;
    private final FileStore files;

    DossierImport(DossierLifecycle lifecycle, DossierStore store, DailyFigures figures, ProcedureCatalog catalog,
            AgencyDirectory agencies, WorkingCalendar calendar, CurrentUser currentUser, AuditTrail audit, PastDossierLines lines,
            FileStore files) {
        this.files = files;
        this.lifecycle = lifecycle;
        this.store = store;
        this.figures = figures;
        this.catalog = catalog;
        this.agencies = agencies;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.lines = lines;
    }

    /**
     * The API's door: one JSON object a line, as API.md describes it, read as the lines arrive rather
     * than the whole body first — years of records are the largest request MotCua takes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result importLines(Reader ndjson) {
        Batch batch = new Batch();
        BoundedLines texts = new BoundedLines(ndjson, MAX_LINE_CHARS);
        for (String text = texts.next(); text != null; text = texts.next()) {
            int number = texts.number();
            if (number > MAX_LINES) {
                throw new InvalidInputException("body", "dossiers.import.too-many", MAX_LINES);
            }
            if (texts.cut()) {
                batch.errors.add(new LineError(number, "line", "dossiers.import.line-long", List.of(MAX_LINE_CHARS)));
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            PastDossierLines.Read read = lines.read(text);
            batch.check(number, read.dossier(), read);
        }
        return batch.finish();
    }

    /** The Java door: the same checks and the same write for dossiers a caller builds; the n-th dossier is line n. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Result importPast(List<PastDossier> dossiers) {
        if (dossiers.size() > MAX_LINES) {
            throw new InvalidInputException("body", "dossiers.import.too-many", MAX_LINES);
        }
        Batch batch = new Batch();
        batch.checkAll(dossiers);
        return batch.finish();
    }

    /**
     * From this many dossiers on, on a machine with a second core, the import works on two threads: a list is checked in two
     * halves at once, and the counts are summed while the rows are written (a fresh installation's years of records, the demo).
     */
    private static final int TWO_THREADS_FROM = 2_000;

    private static boolean onTwoThreads(int dossiers) {
        return dossiers >= TWO_THREADS_FROM && Runtime.getRuntime().availableProcessors() >= 2;
    }

    /** Work on a thread of its own, beside the caller's. */
    private static <T> CompletableFuture<T> beside(String name, Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** What work beside the caller's answered; its failure as the caller's own, as the work would have failed inline. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The dossiers of one request: each checked against the catalogue and the agencies, then all written or none. */
    private final class Batch {

        private final List<LineError> errors = new ArrayList<>();
        private final List<Checked> checked = new ArrayList<>();
        private final Set<String> codes = new HashSet<>();
        // Years of records name a few agencies and procedures over and over: each is looked up once.
        private final Map<String, Optional<Agency>> agencyCache = new HashMap<>();
        private final Map<String, Optional<ProcedureLife>> procedureCache = new HashMap<>();
        private final String actor = currentUser.username();
        /** The one stored file every imported document opens as, stored (or found) at the batch's first document. */
        private StoredFile standIn;

        StoredFile standIn() {
            if (standIn == null) {
                standIn = files.shared(STAND_IN_NAME, standInContent(), FileContent.Kind.PDF);
            }
            return standIn;
        }

        /** Checks one dossier; a line's text problems are its first errors, and a line that is not JSON has nothing more to check. */
        void check(int line, PastDossier dossier, PastDossierLines.Read read) {
            Check check = new Check(line, errors, read);
            if (read != null) {
                read.problems().forEach(p -> check.error(p.field(), p.messageCode(), p.arguments().toArray()));
            }
            if (dossier == null) {
                return;
            }
            accept(line, check.check(dossier));
        }

        /** A dossier checked: kept, unless its code repeats one of a line before it. */
        private void accept(int line, Checked c) {
            if (c != null && c.code() != null && !codes.add(c.code())) {
                errors.add(new LineError(line, "code", "dossiers.import.duplicate", List.of(c.code())));
            } else if (c != null) {
                checked.add(c);
            }
        }

        /**
         * Checks a list, the n-th dossier as line n. Replaying tens of thousands of histories against the calendar takes a
         * second or more, so a long list is checked in two halves at once on a machine with a second core: every agency and
         * procedure is looked up first, here (in the caller's transaction and with its account's reach), so that the halves
         * only read what was found and compute; their results are then taken in line order, as one pass would have.
         */
        void checkAll(List<PastDossier> dossiers) {
            int size = dossiers.size();
            if (!onTwoThreads(size)) {
                for (int i = 0; i < size; i++) {
                    check(i + 1, dossiers.get(i), null);
                }
                return;
            }
            for (PastDossier d : dossiers) {
                if (d.agencyCode() != null) {
                    agencyCache.computeIfAbsent(d.agencyCode(), agencies::find);
                }
                if (d.procedureCode() != null) {
                    procedureCache.computeIfAbsent(d.procedureCode(), catalog::life);
                }
            }
            int half = size / 2;
            CompletableFuture<Half> second = beside("import-check", () -> half(dossiers, half, size));
            Half first = half(dossiers, 0, half);
            Half rest = joined(second);
            for (Half part : List.of(first, rest)) {
                errors.addAll(part.errors());
                part.checked().forEach((line, c) -> accept(line, c));
            }
        }

        /** What checking some lines gave: their problems, and each good line's dossier by its number, in order. */
        private record Half(List<LineError> errors, SortedMap<Integer, Checked> checked) {
        }

        private Half half(List<PastDossier> dossiers, int from, int to) {
            List<LineError> problems = new ArrayList<>();
            SortedMap<Integer, Checked> good = new TreeMap<>();
            for (int i = from; i < to; i++) {
                Checked c = new Check(i + 1, problems, null).check(dossiers.get(i));
                if (c != null) {
                    good.put(i + 1, c);
                }
            }
            return new Half(problems, good);
        }

        Result finish() {
            if (checked.isEmpty() && errors.isEmpty()) {
                throw new InvalidInputException("body", "dossiers.import.empty");
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(LineError::line));
                return new Result(0, errors);
            }
            write(checked);
            audit.record("dossier.imported", "dossier-import", String.valueOf(checked.size()),
                    "Nhập " + checked.size() + " hồ sơ từ hệ thống cũ", null, Map.of("count", checked.size()));
            return new Result(checked.size(), List.of());
        }

        /** Checks one dossier, noting each problem against its line; answers what its history derives, or null. */
        private final class Check {

            private final int line;
            private final List<LineError> errors;
            private final PastDossierLines.Read read;
            private final int errorsBefore;

            Check(int line, List<LineError> errors, PastDossierLines.Read read) {
                this.line = line;
                this.errors = errors;
                this.read = read;
                this.errorsBefore = errors.size();
            }

            private void error(String field, String code, Object... arguments) {
                errors.add(new LineError(line, field, code, List.of(arguments)));
            }

            private boolean failed() {
                return errors.size() > errorsBefore;
            }

            /** A required value left out; one the line gave but could not be read was named already. */
            private void required(Object value, String field) {
                if (value == null && (read == null || !read.wrong(field))) {
                    error(field, "dossiers.import.required");
                }
            }

            Checked check(PastDossier d) {
                String code = d.code();
                if (code != null && (!CODE.matcher(code).matches() || store.codeExists(code))) {
                    error("code", CODE.matcher(code).matches() ? "dossiers.import.code-exists" : "dossiers.import.code-invalid", code);
                }
                required(d.receivedAt(), "receivedAt");
                required(d.channel(), "channel");
                Agency agency = null;
                if (d.agencyCode() == null) {
                    error("agencyCode", "dossiers.agency.required");
                } else {
                    agency = agencyCache.computeIfAbsent(d.agencyCode(), agencies::find).orElse(null);
                    if (agency == null) {
                        error("agencyCode", "dossiers.agency.not-found", d.agencyCode());
                    }
                }
                Procedure procedure = null;
                if (d.procedureCode() == null) {
                    error("procedureCode", "dossiers.procedure.required");
                } else if (d.receivedAt() != null) {
                    LocalDate day = d.receivedAt().atZone(calendar.zone()).toLocalDate();
                    procedure = procedureCache.computeIfAbsent(d.procedureCode(), catalog::life).flatMap(life -> life.on(day))
                            .filter(p -> p.inForceOn(day)).orElse(null);
                    if (procedure == null) {
                        error("procedureCode", "dossiers.procedure.not-in-force", d.procedureCode());
                    }
                }
                Applicant applicant = null;
                if (d.applicant() == null) {
                    error("applicant", "dossiers.applicant.name");
                } else {
                    try {
                        applicant = DossierRules.check(d.applicant());
                    } catch (InvalidInputException e) {
                        error(e.field(), e.messageCode(), e.arguments());
                    }
                }
                if (d.receivedAt() != null && d.dueAt() != null && d.dueAt().isBefore(d.receivedAt())) {
                    error("dueAt", "dossiers.import.before-receipt");
                }
                if (d.receivedAt() != null && d.completedAt() != null && d.completedAt().isBefore(d.receivedAt())) {
                    error("completedAt", "dossiers.import.before-receipt");
                }
                if (d.returnedAt() != null && (d.completedAt() == null || d.returnedAt().isBefore(d.completedAt()))) {
                    error("returnedAt", "dossiers.import.returned-before-completed");
                }
                if (failed()) {
                    return null;
                }
                List<DossierAction> history = history(d, procedure);
                if (failed()) {
                    return null;
                }
                DossierFacts facts = new DossierFacts(code, agency.id(), agency.unitId(), procedure.code(), procedure.version().id(),
                        procedure.content().fieldCode(), d.channel(), applicant, List.of(), procedure.content().totalFees(),
                        d.receivedAt());
                try {
                    return new Checked(facts, agency, lifecycle.replay(procedure.version(), facts, history));
                } catch (DossierLifecycle.InvalidHistoryException e) {
                    error("status", "dossiers.import.history");
                    return null;
                } catch (InvalidInputException e) {
                    error(e.field(), e.messageCode(), e.arguments());
                    return null;
                }
            }

            /** The history the dossier's times describe, in time order, starting with its receipt. */
            private List<DossierAction> history(PastDossier d, Procedure procedure) {
                record Timed(Instant at, ActionKind kind, Map<String, Object> data) {
                }
                List<Timed> timed = new ArrayList<>();
                for (int i = 0; i < d.apologies().size(); i++) {
                    PastDossier.Apology apology = d.apologies().get(i);
                    required(apology.at(), "apologies[" + i + "].at");
                    required(apology.newDueAt(), "apologies[" + i + "].newDueAt");
                    if (apology.at() != null && apology.newDueAt() != null) {
                        Map<String, Object> data = new HashMap<>();
                        data.put("newDueAt", apology.newDueAt().toString());
                        data.put("reason", Optional.ofNullable(apology.reason()).orElse("Nhập từ hệ thống cũ"));
                        timed.add(new Timed(apology.at(), ActionKind.APOLOGIZE, data));
                    }
                }
                DossierStatus status = d.status();
                Instant completedAt = d.completedAt();
                boolean closedWithoutResult = status == DossierStatus.REJECTED || status == DossierStatus.WITHDRAWN
                        || status == DossierStatus.STOPPED;
                if (closedWithoutResult) {
                    Instant at = completedAt != null ? completedAt : d.receivedAt();
                    ActionKind kind = status == DossierStatus.REJECTED ? ActionKind.REJECT
                            : status == DossierStatus.WITHDRAWN ? ActionKind.WITHDRAW : ActionKind.STOP;
                    timed.add(new Timed(at, kind, Map.of("reason", "Nhập từ hệ thống cũ")));
                } else if (completedAt != null) {
                    timed.add(new Timed(completedAt, ActionKind.COMPLETE, Map.of()));
                    if (d.returnedAt() != null) {
                        timed.add(new Timed(d.returnedAt(), ActionKind.RETURN_RESULT,
                                Map.of("channel", (d.returnChannel() == null ? ReturnChannel.DIRECT : d.returnChannel()).name())));
                    }
                } else if (status == DossierStatus.COMPLETED || status == DossierStatus.RETURNED) {
                    error("completedAt", "dossiers.import.completed-at");
                }
                for (int i = 0; i < d.published().size(); i++) {
                    PastDossier.Publication publication = d.published().get(i);
                    required(publication.on(), "published[" + i + "].on");
                    required(publication.at(), "published[" + i + "].at");
                    if (completedAt == null) {
                        error("published[" + i + "]", "dossiers.import.published-before-completed");
                    } else if (publication.on() != null && publication.at() != null) {
                        timed.add(new Timed(publication.at().isBefore(completedAt) ? completedAt : publication.at(),
                                ActionKind.PUBLISH_RESULT, Map.of("on", publication.on().name())));
                    }
                }
                for (int i = 0; i < d.payments().size(); i++) {
                    PastDossier.Payment payment = d.payments().get(i);
                    required(payment.at(), "payments[" + i + "].at");
                    required(payment.amount(), "payments[" + i + "].amount");
                    if (payment.amount() != null && payment.amount() <= 0) {
                        error("payments[" + i + "].amount", "dossiers.payment.amount");
                    } else if (payment.at() != null && payment.amount() != null) {
                        Map<String, Object> data = new HashMap<>();
                        data.put("amount", payment.amount());
                        data.put("method", payment.method() == null || payment.method().isBlank() ? "COUNTER" : payment.method().trim());
                        if (payment.reference() != null && !payment.reference().isBlank()) {
                            data.put("reference", payment.reference().trim());
                        }
                        // Paid before the receipt was recorded (online, while the desk had not received it yet): counted at the receipt.
                        timed.add(new Timed(payment.at().isBefore(d.receivedAt()) ? d.receivedAt() : payment.at(), ActionKind.RECORD_PAYMENT,
                                data));
                    }
                }
                int required = procedure.content().documents().size();
                for (int i = 0; i < d.documents().size(); i++) {
                    PastDossier.Document document = d.documents().get(i);
                    String field = "documents[" + i + "]";
                    required(document.kind(), field + ".kind");
                    required(document.origin(), field + ".origin");
                    Integer requirement = document.requirement();
                    if (requirement != null && document.kind() == DocumentKind.RESULT) {
                        error(field + ".requirement", "dossiers.document.requirement.result");
                    } else if (requirement != null && (requirement < 1 || requirement > required)) {
                        error(field + ".requirement", "dossiers.document.requirement.range", String.valueOf(requirement),
                                String.valueOf(required));
                    }
                    String name = document.fileName() == null ? null : document.fileName().replace('\\', '/');
                    if (name != null && (name.substring(name.lastIndexOf('/') + 1).isBlank() || name.length() > 255)) {
                        error(field + ".fileName", "files.name", name);
                    }
                    if (document.kind() == DocumentKind.RESULT && (completedAt == null || closedWithoutResult)) {
                        error(field + ".kind", "dossiers.import.result-document");
                    }
                    if (document.kind() == null || document.origin() == null || failed()) {
                        continue;
                    }
                    // A paper of the dossier joined it at its receipt, a result's when it was completed; both after what
                    // happened at that same moment, so that a result joins a dossier that has one.
                    Map<String, Object> data = new HashMap<>();
                    StoredFile file = standIn();
                    data.put("fileId", file.id());
                    data.put("fileName", name == null ? file.fileName() : name.substring(name.lastIndexOf('/') + 1).strip());
                    data.put("kind", document.kind().name());
                    data.put("origin", document.origin().name());
                    if (requirement != null) {
                        data.put("requirement", requirement);
                    }
                    data.put("imported", true);
                    timed.add(new Timed(document.kind() == DocumentKind.RESULT ? completedAt : d.receivedAt(), ActionKind.ATTACH_DOCUMENT,
                            data));
                }
                timed.sort(Comparator.comparing(Timed::at));
                List<DossierAction> actions = new ArrayList<>();
                Map<String, Object> receipt = new HashMap<>();
                receipt.put("channel", d.channel().name());
                receipt.put("imported", true);
                if (d.dueAt() != null) {
                    receipt.put("dueAt", d.dueAt().toString());
                }
                actions.add(new DossierAction(1, ActionKind.RECEIVE, d.receivedAt(), actor, 0, receipt));
                for (Timed t : timed) {
                    actions.add(new DossierAction(actions.size() + 1, t.kind(), t.at(), actor, 0, t.data()));
                }
                return actions;
            }
        }
    }

    private static byte[] standInContent() {
        byte[] content = standInContent;
        if (content == null) {
            try (var in = DossierImport.class.getResourceAsStream("/dossiers/" + STAND_IN_NAME)) {
                content = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standInContent = content;
        }
        return content;
    }

    private void write(List<Checked> checked) {
        ZoneId zone = calendar.zone();
        // Codes for the dossiers without one: a block of numbers per agency and day, all reserved in one
        // statement, in one order, so that two imports at once lock the day counters the same way round.
        Map<DossierStore.SequenceBlock, List<Checked>> needCodes = new TreeMap<>();
        for (Checked c : checked) {
            if (c.code() == null) {
                needCodes.computeIfAbsent(new DossierStore.SequenceBlock(c.agency().id(), c.receivedAt().atZone(zone).toLocalDate()),
                        k -> new ArrayList<>()).add(c);
            }
        }
        SortedMap<DossierStore.SequenceBlock, Integer> sizes = new TreeMap<>();
        needCodes.forEach((block, group) -> sizes.put(block, group.size()));
        Map<DossierStore.SequenceBlock, Integer> lastNumbers = store.reserveSequences(sizes);
        Map<Checked, String> generated = new IdentityHashMap<>();
        needCodes.forEach((block, group) -> {
            group.sort(Comparator.comparing(Checked::receivedAt));
            int number = lastNumbers.get(block) - group.size() + 1;
            for (Checked c : group) {
                generated.put(c, DossierCodes.code(c.agency().code(), block.day(), number++));
            }
        });
        List<Long> ids = store.newIds(checked.size());
        List<DossierStore.Imported> dossiers = new ArrayList<>(checked.size());
        for (int i = 0; i < checked.size(); i++) {
            Checked c = checked.get(i);
            DossierFacts facts = c.code() != null ? c.facts() : c.facts().withCode(generated.get(c));
            dossiers.add(new DossierStore.Imported(ids.get(i), facts, c.outcome()));
        }
        // The counts are summed on a second thread while the rows are written and their indexes built, which keep PostgreSQL
        // busy and this thread waiting; only the sums are left to write after them.
        List<FigureMovement> movements = new ArrayList<>();
        checked.forEach(c -> movements.addAll(c.outcome().movements()));
        // Should the write fail, the sums are left to their daemon thread, which ends with them.
        CompletableFuture<DailyFigures.Summed> summing = onTwoThreads(checked.size())
                ? beside("import-count", () -> DailyFigures.sumAll(movements))
                : CompletableFuture.completedFuture(DailyFigures.sumAll(movements));
        long started = System.nanoTime();
        boolean first = store.insertAll(dossiers);
        long written = System.nanoTime();
        // The first dossiers of the installation (the demo at first start, years of records moved in): the counts are all
        // this batch's.
        figures.countAll(joined(summing), first);
        // Years of records take seconds: where they went, for whoever moves an installation's history in.
        log.info("Imported {} dossiers: written in {} ms, their figures counted in {} ms{}", dossiers.size(),
                (written - started) / 1_000_000, (System.nanoTime() - written) / 1_000_000, first ? " (the first dossiers held)" : "");
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
