package vn.motcua.feedback;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.feedback.internal.DialogueRows;
import vn.motcua.feedback.internal.PetitionRows;
import vn.motcua.feedback.internal.SurveyRows;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/**
 * The feedback measures over days [from, to) and a unit with the units below it:
 * <ul>
 * <li>{@code surveys.count} — survey answers (row 1.4.1);</li>
 * <li>{@code surveys.form} — the survey's form as the template codes it: 0 online only, 1 paper only,
 * 2 both; no value without answers (row 1.4.2);</li>
 * <li>{@code dialogues.held} — 1 when leaders held at least one dialogue, else 0 (row 1.5);
 * {@code dialogues.count} — how many;</li>
 * <li>{@code feedback.received}, {@code feedback.answered} — petitions received, and of those answered.</li>
 * </ul>
 */
@Service
public class FeedbackMeasures {

    public static final Set<String> MEASURES = Set.of("surveys.count", "surveys.form", "dialogues.held", "dialogues.count",
            "feedback.received", "feedback.answered");

    private final SurveyRows surveys;
    private final DialogueRows dialogues;
    private final PetitionRows petitions;
    private final UnitDirectory units;
    private final MotCuaZone zone;

    FeedbackMeasures(SurveyRows surveys, DialogueRows dialogues, PetitionRows petitions, UnitDirectory units, MotCuaZone zone) {
        this.surveys = surveys;
        this.dialogues = dialogues;
        this.petitions = petitions;
        this.units = units;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public FeedbackFigure measure(String measure, long unitId, LocalDate from, LocalDate to, Map<String, String> filters) {
        if (!MEASURES.contains(measure)) {
            throw new InvalidInputException("measure", "feedback.measure.unknown", measure, MEASURES);
        }
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("to", "feedback.window.invalid");
        }
        if (filters != null && !filters.isEmpty()) {
            throw new InvalidInputException(filters.keySet().iterator().next(), "feedback.measure.filter", filters.keySet());
        }
        List<Long> unitIds = units.unitsUnder(unitId).stream().map(Unit::id).toList();
        ZoneId office = zone.id();
        var start = from.atStartOfDay(office).toInstant();
        var end = to.atStartOfDay(office).toInstant();
        return switch (measure) {
            case "surveys.count", "surveys.form" -> {
                var answers = surveys.between(unitIds, start, end);
                List<Long> ids = answers.stream().map(SurveyRows.Row::id).toList();
                if (measure.equals("surveys.count")) {
                    yield new FeedbackFigure((long) ids.size(), ids);
                }
                boolean online = answers.stream().anyMatch(a -> a.form() == SurveyForm.ONLINE);
                boolean paper = answers.stream().anyMatch(a -> a.form() == SurveyForm.PAPER);
                Long form = null;
                if (online || paper) {
                    form = online && paper ? 2L : paper ? 1L : 0L;
                }
                yield new FeedbackFigure(form, ids);
            }
            case "dialogues.held", "dialogues.count" -> {
                List<Long> ids = dialogues.between(unitIds, from, to.minusDays(1)).stream().map(DialogueRows.Row::id).toList();
                yield new FeedbackFigure(measure.equals("dialogues.count") ? ids.size() : ids.isEmpty() ? 0L : 1L, ids);
            }
            default -> {
                var received = petitions.receivedBetween(unitIds, start, end);
                var counted = measure.equals("feedback.received") ? received
                        : received.stream().filter(p -> p.status() == PetitionStatus.ANSWERED).toList();
                yield new FeedbackFigure((long) counted.size(), counted.stream().map(PetitionRows.Row::id).toList());
            }
        };
    }
}
