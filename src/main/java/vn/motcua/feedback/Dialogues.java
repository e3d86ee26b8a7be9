package vn.motcua.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.accounts.Role;
import vn.motcua.accounts.StaffDirectory;
import vn.motcua.audit.AuditTrail;
import vn.motcua.feedback.internal.DialogueRows;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitDirectory;

/** Đối thoại: leaders' conferences and meetings with citizens and businesses, and the follow-up of what was raised. */
@Service
public class Dialogues {

    private final DialogueRows rows;
    private final UnitDirectory units;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;

    private final PublicRegister register;
    private final StaffDirectory staff;

    Dialogues(DialogueRows rows, UnitDirectory units, CurrentUser currentUser, AuditTrail audit, MotCuaZone zone, Clock clock,
            PublicRegister register, StaffDirectory staff) {
        this.register = register;
        this.staff = staff;
        this.rows = rows;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REPORTER', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Dialogue record(NewDialogue dialogue) {
        if (dialogue == null || dialogue.heldOn() == null) {
            throw new InvalidInputException("heldOn", "feedback.dialogue.date-required");
        }
        if (dialogue.heldOn().isAfter(zone.today())) {
            throw new InvalidInputException("heldOn", "feedback.date.future");
        }
        if (dialogue.audience() == null) {
            throw new InvalidInputException("audience", "feedback.dialogue.audience-required");
        }
        if (dialogue.participants() == null || dialogue.participants() < 0 || dialogue.participants() > 100_000) {
            throw new InvalidInputException("participants", "feedback.dialogue.participants");
        }
        String unitCode = text("unitCode", dialogue.unitCode(), 20, true);
        String title = text("title", dialogue.title(), 300, true);
        String typedChair = text("chairedBy", dialogue.chairedBy(), 200, false);
        String chairAccount = text("chairAccount", dialogue.chairAccount(), 60, false);
        String notes = text("notes", dialogue.notes(), 5000, false);
        List<String> issues = dialogue.issues() == null ? List.of()
                : dialogue.issues().stream().filter(i -> i != null && !i.isBlank()).map(String::strip).toList();
        for (String issue : issues) {
            if (issue.length() > 2000) {
                throw new InvalidInputException("issues", "feedback.text.long", 2000);
            }
        }
        Unit unit = units.find(unitCode, dialogue.heldOn())
                .orElseThrow(() -> new InvalidInputException("unitCode", "feedback.unit.not-found", unitCode, dialogue.heldOn()));
        Chair chair = chair(unit, chairAccount, typedChair);
        NewDialogue checked = new NewDialogue(unitCode, dialogue.heldOn(), title, dialogue.audience(), chair.name(),
                dialogue.participants(), notes, issues, chair.username());
        long id = rows.insert(unit.id(), checked, chair.agencyName(), currentUser.username(), clock.instant());
        audit.record("dialogue.recorded", "dialogue", String.valueOf(id), "Đối thoại " + title + " (" + unit.name() + ")", null,
                Map.of("heldOn", dialogue.heldOn().toString(), "issues", issues.size()));
        return get(id);
    }

    /** Người chủ trì: a leader working today in one of the unit's agencies, who may chair its dialogues. */
    public record Chair(String username, String name, String agencyName) {
    }

    /** The leaders who may chair a dialogue of the unit, as of today. */
    @Transactional(readOnly = true)
    public List<Chair> chairs(String unitCode) {
        return units.find(unitCode, zone.today()).map(this::chairs).orElse(List.of());
    }

    private List<Chair> chairs(Unit unit) {
        Map<Long, String> agencies = new java.util.HashMap<>();
        register.agencies().stream().filter(a -> a.unitId() == unit.id()).forEach(a -> agencies.put(a.id(), a.name()));
        return staff.inAgencies(agencies.keySet(), java.util.Set.of(Role.LEADER)).stream()
                .map(m -> new Chair(m.username(), m.plainName(), agencies.get(m.agencyId()))).toList();
    }

    /** The chair as chosen, or the one leader with exactly the typed name; anything else refused naming the field. */
    private Chair chair(Unit unit, String account, String typed) {
        List<Chair> chairs = chairs(unit);
        if (account != null) {
            return chairs.stream().filter(c -> c.username().equals(account)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("chairAccount", "feedback.dialogue.chair-not-leader", account, unit.name()));
        }
        if (typed == null) {
            throw new InvalidInputException("chairAccount", "feedback.dialogue.chair-required");
        }
        List<Chair> named = chairs.stream().filter(c -> c.name().equals(typed)).toList();
        if (named.size() != 1) {
            throw new InvalidInputException("chairedBy", "feedback.dialogue.chair-not-leader", typed, unit.name());
        }
        return named.get(0);
    }

    @Transactional(readOnly = true)
    public Dialogue get(long id) {
        DialogueRows.Row row = rows.byId(id).filter(r -> units.byId(r.unitId()).isPresent())
                .orElseThrow(() -> new NotFoundException("feedback.dialogue.not-found", id));
        return view(row);
    }

    /** Dialogues of a unit and the units below it held in [from, to], latest first. */
    @Transactional(readOnly = true)
    public List<Dialogue> list(String unitCode, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "feedback.window.invalid");
        }
        Unit unit = units.find(text("unitCode", unitCode, 20, true), to)
                .orElseThrow(() -> new InvalidInputException("unitCode", "feedback.unit.not-found", unitCode, to));
        List<Long> ids = units.unitsUnder(unit.id()).stream().map(Unit::id).toList();
        return rows.between(ids, from, to).stream().map(this::view).toList();
    }

    /** The answer given to an issue raised, and the day it was settled (empty: still being followed). */
    @PreAuthorize("hasAnyRole('REPORTER', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Dialogue followUp(long dialogueId, long issueId, String response, LocalDate resolvedOn) {
        Dialogue dialogue = get(dialogueId);
        String text = text("response", response, 2000, true);
        if (resolvedOn != null && (resolvedOn.isBefore(dialogue.heldOn()) || resolvedOn.isAfter(zone.today()))) {
            throw new InvalidInputException("resolvedOn", "feedback.dialogue.resolved-date");
        }
        if (rows.followUp(dialogueId, issueId, text, resolvedOn) == 0) {
            throw new NotFoundException("feedback.dialogue.issue-not-found", issueId);
        }
        audit.record("dialogue.followed-up", "dialogue", String.valueOf(dialogueId), "Trả lời kiến nghị tại đối thoại "
                + dialogue.title(), null, Map.of("issue", issueId, "resolved", resolvedOn != null));
        return get(dialogueId);
    }

    private Dialogue view(DialogueRows.Row row) {
        Unit unit = units.byId(row.unitId()).orElseThrow();
        return new Dialogue(row.id(), unit.code(), unit.name(), row.heldOn(), row.title(), row.audience(), row.chairedBy(),
                row.participants(), row.notes(), rows.issues(row.id()), row.chairAccount(), row.chairAgency());
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "feedback.field.required");
            }
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "feedback.text.long", max);
        }
        return text;
    }
}
