package vn.motcua.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditTrail;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.feedback.internal.AnswerAmenders;
import vn.motcua.feedback.internal.PetitionRows;
import vn.motcua.feedback.internal.SubmissionGate;
import vn.motcua.shared.ConflictException;
import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.SeparationOfDutiesException;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitAccess;
import vn.motcua.units.UnitDirectory;

/**
 * Phản ánh, kiến nghị (Decree 20/2008/NĐ-CP): a citizen or business sends one on the public form
 * (no account) or staff type in a hotline call; it is triaged to an agency with a deadline of 10
 * working days, answered, and the answer may be published. The sender follows it with its code and
 * the last 4 digits of the phone given. A submission is stored whole, with its files, or not at all.
 */
@Service
public class Petitions {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,12}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    /** Decree 20/2008/NĐ-CP: a petition is dealt with within 10 working days. */
    private static final WorkingDuration TIME_TO_ANSWER = WorkingDuration.days(10);

    private final PetitionRows rows;
    private final SubmissionGate gate;
    private final UnitDirectory units;
    private final PublicRegister register;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final WorkingCalendar calendar;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final MotCuaZone zone;
    private final Clock clock;
    private final AnswerAmenders amenders;
    private final SecureRandom random = new SecureRandom();

    Petitions(PetitionRows rows, SubmissionGate gate, UnitDirectory units, PublicRegister register, AgencyDirectory agencies,
            UnitAccess access, WorkingCalendar calendar, CurrentUser currentUser, AuditTrail audit, MotCuaZone zone, Clock clock,
            AnswerAmenders amenders) {
        this.amenders = amenders;
        this.rows = rows;
        this.gate = gate;
        this.units = units;
        this.register = register;
        this.agencies = agencies;
        this.access = access;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * A petition from the public form. {@code trap} is a field hidden from people; a filled trap is
     * a robot. Everything is checked before anything is stored.
     */
    @Transactional
    public PublicPetition submit(NewPetition petition, List<Upload> files, String client, String trap) {
        gate.admit(client == null ? "unknown" : client);
        if (trap != null && !trap.isBlank()) {
            throw new InvalidInputException("form", "feedback.rejected");
        }
        NewPetition checked = check(new NewPetition(PetitionChannel.ONLINE, petition == null ? null : petition.about(),
                petition == null ? null : petition.unitCode(), petition == null ? null : petition.name(),
                petition == null ? null : petition.phone(), petition == null ? null : petition.email(),
                petition == null ? null : petition.address(), petition == null ? null : petition.subject(),
                petition == null ? null : petition.content()));
        List<Upload> stored = gate.check(files);
        // A citizen may write about any unit, whoever is signed in on the browser.
        Unit unit = register.unit(checked.unitCode(), zone.today())
                .orElseThrow(() -> new InvalidInputException("unitCode", "feedback.unit.not-found", checked.unitCode(), zone.today()));
        return toPublic(store(checked, unit, stored, null), unit);
    }

    /** A petition typed in by staff from the hotline, a visit or a letter, about a unit within their reach. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Petition record(NewPetition petition) {
        if (petition == null || petition.channel() == null || petition.channel() == PetitionChannel.ONLINE) {
            throw new InvalidInputException("channel", "feedback.channel.staff");
        }
        NewPetition checked = check(petition);
        Unit unit = units.find(checked.unitCode(), zone.today())
                .orElseThrow(() -> new InvalidInputException("unitCode", "feedback.unit.not-found", checked.unitCode(), zone.today()));
        PetitionRows.Row row = store(checked, unit, List.of(), currentUser.username());
        return view(row);
    }

    private PetitionRows.Row store(NewPetition petition, Unit unit, List<Upload> files, String recordedBy) {
        Instant now = clock.instant();
        String code = "PAKN-" + now.atZone(zone.id()).format(DateTimeFormatter.ofPattern("yyMMdd")) + "-" + randomSuffix();
        long id = rows.insert(code, petition, unit.id(), calendar.due(now, TIME_TO_ANSWER), now, recordedBy);
        files.forEach(file -> rows.attach(id, file));
        audit.record("petition.received", "petition", code, "Tiếp nhận phản ánh, kiến nghị " + code + " về " + unit.name()
                + ": " + petition.subject(), null, Map.of("channel", petition.channel().name(), "files", files.size()));
        return rows.byCode(code).orElseThrow();
    }

    private String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            suffix.append(CODE_LETTERS.charAt(random.nextInt(CODE_LETTERS.length())));
        }
        return suffix.toString();
    }

    private static NewPetition check(NewPetition p) {
        if (p.about() == null) {
            throw new InvalidInputException("about", "feedback.about.required");
        }
        String unitCode = required("unitCode", p.unitCode(), 20);
        String name = required("name", p.name(), 200);
        String phone = required("phone", p.phone(), 20).replaceAll("[\\s.-]", "");
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("phone", "feedback.phone.invalid");
        }
        String email = optional("email", p.email(), 200);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new InvalidInputException("email", "feedback.email.invalid");
        }
        String address = optional("address", p.address(), 500);
        String subject = required("subject", p.subject(), 300);
        String content = required("content", p.content(), 5000);
        return new NewPetition(p.channel(), p.about(), unitCode, name, phone, email, address, subject, content);
    }

    private static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw new InvalidInputException(field, "feedback.field.required");
        }
        return text;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw new InvalidInputException(field, "feedback.text.long", max);
        }
        return text;
    }

    /** The sender follows a petition with its code and the last 4 digits of the phone. */
    @Transactional(readOnly = true)
    public Optional<PublicPetition> follow(String code, String phoneDigits) {
        if (code == null || phoneDigits == null || !phoneDigits.matches("\\d{4}") || code.length() > 30) {
            return Optional.empty();
        }
        return rows.byCode(code.trim().toUpperCase(java.util.Locale.ROOT)).filter(r -> r.senderPhone().endsWith(phoneDigits))
                .map(r -> toPublic(r, register.unit(r.unitId()).orElseThrow()));
    }

    /** The published answers, newest first, for everyone. */
    @Transactional(readOnly = true)
    public List<PublicPetition> publishedAnswers(int limit) {
        return rows.published(Math.min(Math.max(limit, 1), 200)).stream()
                .map(r -> toPublic(r, register.unit(r.unitId()).orElseThrow())).toList();
    }

    /** Petitions about the units within the caller's reach, newest first. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Petition> list(PetitionStatus status) {
        List<Long> ids = units.allUnits().stream().map(Unit::id).toList();
        return rows.ofUnits(ids, status, 500).stream().map(this::view).toList();
    }

    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public Petition get(String code) {
        return view(reachable(rows.byCode(code)));
    }

    /** Triage: the agency that must answer, and its deadline (10 working days from receipt unless given). */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Petition assign(String code, String agencyCode, Instant dueAt) {
        PetitionRows.Row row = reachable(rows.lockByCode(code));
        if (row.status() == PetitionStatus.ANSWERED || row.status() == PetitionStatus.DISMISSED) {
            throw new ConflictException("feedback.petition.closed", code);
        }
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agencyCode", "feedback.agency.required");
        }
        Agency agency = agencies.find(agencyCode.trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "feedback.agency.not-found", agencyCode));
        access.check(agency.unitId());
        Instant due = dueAt == null ? row.dueAt() : dueAt;
        if (!due.isAfter(row.receivedAt())) {
            throw new InvalidInputException("dueAt", "feedback.due.after-receipt");
        }
        rows.assign(row.id(), agency.id(), due);
        audit.record("petition.assigned", "petition", code, "Giao " + agency.name() + " trả lời phản ánh " + code,
                Map.of("status", row.status().name()), Map.of("agency", agency.code(), "dueAt", due.toString()));
        return get(code);
    }

    /**
     * The answer; {@code publish} also shows it on the public page. Every answer is kept as a version of its
     * own. Once an answer has been shown to the public, it changes only through a new version that a leader
     * (or an administrator) gives with the reason for the change, both kept in the audit trail: no one
     * rewrites what the public has read.
     */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Petition answer(String code, String answer, boolean publish, String reason) {
        PetitionRows.Row row = reachable(rows.lockByCode(code));
        if (row.status() == PetitionStatus.DISMISSED) {
            throw new ConflictException("feedback.petition.closed", code);
        }
        String text = required("answer", answer, 5000);
        boolean amendsPublished = row.status() == PetitionStatus.ANSWERED && row.everPublished();
        String why = optional("reason", reason, 1000);
        if (amendsPublished) {
            if (!amenders.mayAmendPublished()) {
                throw new SeparationOfDutiesException("feedback.answer.amend-leader", code);
            }
            if (why == null) {
                throw new InvalidInputException("reason", "feedback.answer.amend-reason", code);
            }
        }
        int version = rows.answer(row.id(), text, clock.instant(), currentUser.username(), why);
        rows.publish(row.id(), publish);
        Map<String, Object> before = new java.util.LinkedHashMap<>();
        if (row.answer() != null && row.status() == PetitionStatus.ANSWERED) {
            before.put("answer", row.answer());
            before.put("version", row.answerVersion());
            before.put("published", row.published());
        }
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("answer", text);
        after.put("version", version);
        after.put("published", publish);
        if (why != null) {
            after.put("reason", why);
        }
        audit.record(amendsPublished ? "petition.answer-amended" : "petition.answered", "petition", code,
                (amendsPublished ? "Sửa đổi trả lời đã công khai " + code + " (phiên bản " + version + "): " + why
                        : "Trả lời phản ánh " + code + (version > 1 ? " (phiên bản " + version + ")" : "")) + (publish ? " (công khai)" : ""),
                before.isEmpty() ? null : before, after);
        return get(code);
    }

    /** Shows or hides an answer on the public page. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Petition publish(String code, boolean published) {
        PetitionRows.Row row = reachable(rows.lockByCode(code));
        if (published && row.status() != PetitionStatus.ANSWERED) {
            throw new ConflictException("feedback.petition.not-answered", code);
        }
        rows.publish(row.id(), published);
        audit.record("petition.published", "petition", code, (published ? "Công khai" : "Thôi công khai") + " trả lời " + code,
                Map.of("published", row.published()), Map.of("published", published));
        return get(code);
    }

    /** Closes a submission that is not a petition (abuse, advertising, a duplicate), with the reason. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional
    public Petition dismiss(String code, String reason) {
        PetitionRows.Row row = reachable(rows.lockByCode(code));
        if (row.status() == PetitionStatus.ANSWERED) {
            throw new ConflictException("feedback.petition.closed", code);
        }
        String text = required("reason", reason, 1000);
        rows.dismiss(row.id(), text, clock.instant(), currentUser.username());
        audit.record("petition.dismissed", "petition", code, "Không xử lý " + code + ": " + text, null, null);
        return get(code);
    }

    /** A file of a petition, for staff who reach it. */
    @PreAuthorize("hasAnyRole('CLERK', 'SPECIALIST', 'LEADER', 'REFORM_OFFICER', 'ADMIN')")
    @Transactional(readOnly = true)
    public PetitionRows.File file(String code, long fileId) {
        PetitionRows.Row row = reachable(rows.byCode(code));
        return rows.files(row.id(), true).stream().filter(f -> f.id() == fileId).findFirst()
                .orElseThrow(() -> new NotFoundException("feedback.file.not-found", fileId));
    }

    private PetitionRows.Row reachable(Optional<PetitionRows.Row> row) {
        return row.filter(r -> access.currentScope().contains(r.unitId())
                || r.agencyId() != null && agencies.byId(r.agencyId()).map(a -> access.currentScope().contains(a.unitId())).orElse(false))
                .orElseThrow(() -> new NotFoundException("feedback.petition.not-found"));
    }

    private Petition view(PetitionRows.Row r) {
        // A petition assigned to an agency within reach may be about a unit outside it; its name is public.
        Unit unit = register.unit(r.unitId()).orElseThrow();
        Optional<Agency> agency = r.agencyId() == null ? Optional.empty() : agencies.byId(r.agencyId());
        List<Petition.FileInfo> files = rows.files(r.id(), false).stream()
                .map(f -> new Petition.FileInfo(f.id(), f.name(), f.contentType(), f.size())).toList();
        return new Petition(r.id(), r.code(), r.channel(), r.about(), unit.code(), unit.name(), r.senderName(), r.senderPhone(),
                r.senderEmail(), r.senderAddress(), r.subject(), r.content(), r.status(), agency.map(Agency::code).orElse(null),
                agency.map(Agency::name).orElse(null), r.dueAt(), r.answer(), r.answeredAt(), r.answeredBy(), r.published(),
                r.receivedAt(), r.recordedBy(), files, r.answerVersion(), rows.answers(r.id()).stream()
                        .map(a -> new Petition.AnswerVersion(a.version(), a.answer(), a.answeredAt(), a.answeredBy(), a.reason())).toList());
    }

    private static PublicPetition toPublic(PetitionRows.Row r, Unit unit) {
        boolean answered = r.status() == PetitionStatus.ANSWERED || r.status() == PetitionStatus.DISMISSED;
        return new PublicPetition(r.code(), unit.name(), r.subject(), r.content(), r.status(), r.receivedAt(), r.dueAt(),
                answered ? r.answer() : null, answered ? r.answeredAt() : null, r.status() == PetitionStatus.ANSWERED ? r.answerVersion() : 0);
    }
}
