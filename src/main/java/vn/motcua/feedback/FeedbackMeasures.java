package vn.motcua.feedback;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.feedback.internal.DialogueRows;
import vn.motcua.feedback.internal.PetitionRows;
import vn.motcua.feedback.internal.SurveyRows;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.Measure;
import vn.motcua.shared.MeasureSource;
import vn.motcua.shared.MeasureWindow;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * The feedback measures over days [from, to) and a unit with the units below it:
 * <ul>
 * <li>{@code surveys.count} — survey answers (row 1.4.1); {@code surveys.satisfied} — of those, the answers satisfied or
 * very satisfied on average (the service index's satisfaction rate);</li>
 * <li>{@code surveys.form} — the survey's form as the template codes it: 0 online only, 1 paper only,
 * 2 both; no value without answers (row 1.4.2);</li>
 * <li>{@code dialogues.held} — 1 when leaders held at least one dialogue, else 0 (row 1.5);
 * {@code dialogues.count} — how many;</li>
 * <li>{@code feedback.received}, {@code feedback.answered} — petitions received, and of those answered;
 * {@code feedback.answeredOnTime} — of those, answered by their due time.</li>
 * </ul>
 * The survey and petition measures take the filter {@code agencyCode}: the answers about the dossiers of one agency of
 * the window's units (an answer records the agency that received the dossier), the petitions assigned to it (a petition
 * not yet assigned belongs to no agency). The dialogue measures take none. The records behind a figure are survey answer
 * and dialogue ids, and petition codes.
 */
@Service
public class FeedbackMeasures implements MeasureSource {

    public static final Set<String> MEASURES = Set.of("surveys.count", "surveys.satisfied", "surveys.form", "dialogues.held",
            "dialogues.count", "feedback.received", "feedback.answered", "feedback.answeredOnTime");

    private final SurveyRows surveys;
    private final DialogueRows dialogues;
    private final PetitionRows petitions;
    private final UnitDirectory units;
    private final AgencyDirectory agencies;
    private final MotCuaZone zone;

    FeedbackMeasures(SurveyRows surveys, DialogueRows dialogues, PetitionRows petitions, UnitDirectory units,
            AgencyDirectory agencies, MotCuaZone zone) {
        this.surveys = surveys;
        this.dialogues = dialogues;
        this.petitions = petitions;
        this.units = units;
        this.agencies = agencies;
        this.zone = zone;
    }

    /** The filter by agency, which the survey and petition measures take. */
    public static final String AGENCY = "agencyCode";

    @Override
    public List<Measure> measures() {
        return MEASURES.stream().sorted().map(name -> new Measure(name, dimensions(name), recordKind(name))).toList();
    }

    private static Set<String> dimensions(String measure) {
        return measure.startsWith("dialogues.") ? Set.of() : Set.of(AGENCY);
    }

    private static String recordKind(String measure) {
        return switch (measure.substring(0, measure.indexOf('.'))) {
            case "surveys" -> "SURVEYS";
            case "dialogues" -> "DIALOGUES";
            default -> "PETITIONS";
        };
    }

    @Override
    public MeasureWindow window(long unitId, LocalDate from, LocalDate to) {
        return open(unitId, from, to);
    }

    private Window open(long unitId, LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "feedback.window.invalid");
        }
        return new Window(unitId, from, to);
    }

    /** One figure with the ids of the records behind it: the API's single-figure read. */
    @Transactional(readOnly = true)
    public FeedbackFigure measure(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters) {
        Counted counted = open(unitId, from, to).count(measure, filters == null ? Map.of() : filters);
        return new FeedbackFigure(counted.value() == null ? null : counted.value().longValueExact(), counted.ids());
    }

    /** A figure, the ids of the records behind it, and those records as a drill-down names them. */
    private record Counted(BigDecimal value, List<Long> ids, List<String> records) {

        static Counted of(Long value, List<Long> ids) {
            return new Counted(value == null ? null : BigDecimal.valueOf(value), ids, ids.stream().map(String::valueOf).toList());
        }
    }

    /** One unit and window: the units below it, then survey answers, dialogues and petitions each read at the first figure that needs them. */
    private final class Window implements MeasureWindow {

        private final long unitId;
        private final LocalDate from;
        private final LocalDate to;
        private List<Long> unitIds;
        private List<SurveyRows.Row> answers;
        private List<DialogueRows.Row> held;
        private List<PetitionRows.Row> received;

        private Window(long unitId, LocalDate from, LocalDate to) {
            this.unitId = unitId;
            this.from = from;
            this.to = to;
        }

        @Override
        public BigDecimal value(String measure, Map<String, String> filters) {
            return count(measure, filters).value();
        }

        @Override
        public List<String> records(String measure, Map<String, String> filters) {
            return count(measure, filters).records().stream().limit(MAX_RECORDS).toList();
        }

        private Counted count(String measure, Map<String, String> filters) {
            if (!MEASURES.contains(measure)) {
                throw new InvalidInputException("measure", "feedback.measure.unknown", measure, MEASURES);
            }
            for (String key : filters.keySet()) {
                if (!dimensions(measure).contains(key)) {
                    throw new InvalidInputException(key, "feedback.measure.filter", filters.keySet());
                }
            }
            Long agency = agency(filters.get(AGENCY));
            // Each kind of record is read only for a measure of that kind.
            List<SurveyRows.Row> answers = !measure.startsWith("surveys.") ? List.of() : agency == null ? answers()
                    : answers().stream().filter(a -> a.agencyId() == agency).toList();
            List<PetitionRows.Row> received = !measure.startsWith("feedback.") ? List.of() : agency == null ? received()
                    : received().stream().filter(p -> agency.equals(p.agencyId())).toList();
            return switch (measure) {
                case "surveys.count" -> Counted.of((long) answers.size(), answers.stream().map(SurveyRows.Row::id).toList());
                case "surveys.satisfied" -> {
                    List<Long> satisfied = answers.stream().filter(a -> a.scores().satisfied()).map(SurveyRows.Row::id).toList();
                    yield Counted.of((long) satisfied.size(), satisfied);
                }
                case "surveys.form" -> Counted.of(form(answers), answers.stream().map(SurveyRows.Row::id).toList());
                case "dialogues.count" -> Counted.of((long) held().size(), held().stream().map(DialogueRows.Row::id).toList());
                case "dialogues.held" -> Counted.of(held().isEmpty() ? 0L : 1L, held().stream().map(DialogueRows.Row::id).toList());
                default -> {
                    List<PetitionRows.Row> counted = switch (measure) {
                        case "feedback.received" -> received;
                        case "feedback.answered" -> received.stream().filter(p -> p.status() == PetitionStatus.ANSWERED).toList();
                        default -> received.stream().filter(p -> p.status() == PetitionStatus.ANSWERED && p.answeredAt() != null
                                && !p.answeredAt().isAfter(p.dueAt())).toList();
                    };
                    yield new Counted(BigDecimal.valueOf(counted.size()), counted.stream().map(PetitionRows.Row::id).toList(),
                            counted.stream().map(PetitionRows.Row::code).toList());
                }
            };
        }

        /** 0 online only, 1 paper only, 2 both; none without answers. */
        private Long form(List<SurveyRows.Row> answers) {
            boolean online = answers.stream().anyMatch(a -> a.form() == SurveyForm.ONLINE);
            boolean paper = answers.stream().anyMatch(a -> a.form() == SurveyForm.PAPER);
            if (!online && !paper) {
                return null;
            }
            return online && paper ? 2L : paper ? 1L : 0L;
        }

        /** The agency a filter names, one of the window's units'; null when the filter is not given. */
        private Long agency(String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            Agency agency = agencies.find(code.trim()).filter(a -> unitIds().contains(a.unitId()))
                    .orElseThrow(() -> new InvalidInputException(AGENCY, "feedback.measure.agency", code.trim()));
            return agency.id();
        }

        private List<Long> unitIds() {
            if (unitIds == null) {
                unitIds = units.unitsUnder(unitId).stream().map(Unit::id).toList();
            }
            return unitIds;
        }

        private List<SurveyRows.Row> answers() {
            if (answers == null) {
                answers = surveys.between(unitIds(), start(), end());
            }
            return answers;
        }

        private List<DialogueRows.Row> held() {
            if (held == null) {
                held = dialogues.between(unitIds(), from, to.minusDays(1));
            }
            return held;
        }

        private List<PetitionRows.Row> received() {
            if (received == null) {
                received = petitions.receivedBetween(unitIds(), start(), end());
            }
            return received;
        }

        private Instant start() {
            return from.atStartOfDay(zone.id()).toInstant();
        }

        private Instant end() {
            return to.atStartOfDay(zone.id()).toInstant();
        }
    }
}
