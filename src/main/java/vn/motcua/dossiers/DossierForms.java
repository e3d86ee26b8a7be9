package vn.motcua.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.motcua.accounts.StaffDirectory;
import vn.motcua.calendar.Timeliness;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.documents.PdfDocuments;
import vn.motcua.documents.QrCodes;
import vn.motcua.dossiers.core.DossierLifecycle;
import vn.motcua.dossiers.core.DossierState;
import vn.motcua.dossiers.internal.DossierReach;
import vn.motcua.dossiers.internal.DossierStore;
import vn.motcua.dossiers.internal.DossierViews;
import vn.motcua.dossiers.internal.ProcedureVersions;
import vn.motcua.dossiers.internal.StoredDossier;
import vn.motcua.dossiers.internal.FormRegimes;
import vn.motcua.dossiers.internal.FormRegimes.FormSpec;
import vn.motcua.dossiers.internal.FormRegimes.Regime;
import vn.motcua.dossiers.internal.TrackingBooks;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.shared.DocumentSigning;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDirectory;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.UnitAccess;

/**
 * The official forms of the one-stop desk as PDF, laid out as the circular in force on the day the
 * dossier was received prescribes: slips on A5, the control sheet and the tracking book on A4.
 * Forms carry the applicant's personal data, so only the agencies handling the dossier print them.
 */
@Service
public class DossierForms {

    /** A form that can be printed for a dossier now. */
    public record Printable(String form, String number, String title, String circular) {
    }

    /** One hand-over of the dossier, a row of the control sheet: when, from whom, to whom, and on time or not. */
    public record Handover(Instant at, String from, String to, String step, Timeliness result, Long lateHours, String note) {
    }

    private final DossierQueries queries;
    private final DossierStore store;
    private final DossierReach reach;
    private final DossierViews views;
    private final DossierLifecycle lifecycle;
    private final ProcedureVersions versions;
    private final PublicRegister register;
    private final FormRegimes regimes;
    private final TrackingBooks books;
    private final AgencyDirectory agencies;
    private final UnitAccess access;
    private final WorkingCalendar calendar;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final QrCodes qr;
    private final StaffDirectory staff;
    private final VietnameseFormat format;
    private final String publicUrl;
    private final ObjectProvider<DocumentSigning> signing;

    /**
     * The forms whose content is fixed once their occasion happened, signed by the agency the first time
     * they are printed and served as kept from then on, with the signature in the block the form keeps
     * for the desk or the head of the agency. The control sheet grows with the dossier and stays unsigned.
     */
    private static final Map<OfficialForm, String> SIGNED_FORMS = Map.of(OfficialForm.RECEIPT, "NGƯỜI TIẾP NHẬN HỒ SƠ",
            OfficialForm.REFUSAL, "NGƯỜI TIẾP NHẬN HỒ SƠ", OfficialForm.SUPPLEMENT_REQUEST, "NGƯỜI HƯỚNG DẪN",
            OfficialForm.APOLOGY, "THỦ TRƯỞNG CƠ QUAN", OfficialForm.STOP_NOTICE, "THỦ TRƯỞNG CƠ QUAN");

    DossierForms(DossierQueries queries, DossierStore store, DossierReach reach, DossierViews views, DossierLifecycle lifecycle,
            ProcedureVersions versions, PublicRegister register, FormRegimes regimes, TrackingBooks books, AgencyDirectory agencies,
            UnitAccess access, WorkingCalendar calendar, ITemplateEngine templates, PdfDocuments pdf, QrCodes qr,
            VietnameseFormat format, @Value("${motcua.public-url}") String publicUrl, ObjectProvider<DocumentSigning> signing,
            StaffDirectory staff) {
        this.signing = signing;
        this.staff = staff;
        this.queries = queries;
        this.store = store;
        this.reach = reach;
        this.views = views;
        this.lifecycle = lifecycle;
        this.versions = versions;
        this.register = register;
        this.regimes = regimes;
        this.books = books;
        this.agencies = agencies;
        this.access = access;
        this.calendar = calendar;
        this.templates = templates;
        this.pdf = pdf;
        this.qr = qr;
        this.format = format;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The forms the dossier's history calls for, in the numbering of its circular. */
    @Transactional(readOnly = true)
    public List<Printable> printable(String code) {
        return printable(queries.get(code));
    }

    /** The same for a dossier already read (with its history), so a page that shows it reads it once. */
    public List<Printable> printable(Dossier dossier) {
        Optional<Regime> regime = regimes.on(day(dossier.receivedAt()));
        if (regime.isEmpty() || !dossier.personalDataShown()) {
            return List.of();
        }
        List<Printable> result = new ArrayList<>();
        for (OfficialForm form : OfficialForm.values()) {
            if (form.occasion() == null || dossier.history().stream().noneMatch(a -> a.kind() == form.occasion())) {
                continue;
            }
            regime.get().form(form).ifPresent(spec -> result.add(new Printable(form.slug(), spec.number(), spec.title(),
                    regime.get().circular())));
        }
        return result;
    }

    /** A dossier's form as PDF; {@code form} is its name (receipt, apology, …) or its number in the dossier's circular (01, mau-04). */
    @Transactional(readOnly = true)
    public byte[] pdf(String code, String form) {
        StoredDossier stored = store.find(code).orElseThrow(() -> new NotFoundException("dossiers.not-found", code));
        reach.check(stored);
        List<DossierAction> history = store.history(stored.id());
        ProcedureVersion version = versions.get(stored.facts().procedureVersionId());
        DossierState state = lifecycle.replay(version, stored.facts(), history).state();
        Dossier dossier = views.whole(stored, history, state, version);
        if (!dossier.personalDataShown()) {
            throw new AccessDeniedException("forms carry personal data");
        }
        LocalDate received = day(dossier.receivedAt());
        Regime regime = regimes.on(received)
                .orElseThrow(() -> new NotFoundException("dossiers.form.no-regime", format.date(received)));
        FormSpec spec = resolve(regime, form == null ? "" : form.trim().toLowerCase(Locale.ROOT))
                .filter(s -> s.form() != OfficialForm.BOOK)
                .orElseThrow(() -> new NotFoundException("dossiers.form.unknown", form, regime.circular(), names(regime)));
        Optional<DossierAction> occasion = dossier.history().stream().filter(a -> a.kind() == spec.form().occasion())
                .reduce((first, second) -> second);
        if (occasion.isEmpty()) {
            throw new NotFoundException("dossiers.form.not-occasioned", spec.number(), spec.title(), code);
        }
        Agency agency = register.agency(dossier.agencyCode()).orElseThrow();
        Context context = context(regime, spec, agency, occasion.get().at());
        context.setVariable("dossier", dossier);
        context.setVariable("action", occasion.get());
        // The officer who acted, by name under the signature: the account's full name without the note in brackets after it.
        String actor = occasion.get().actor();
        context.setVariable("officerName", StaffDirectory.plainName(staff.fullNames(List.of(actor)).getOrDefault(actor, "")));
        context.setVariable("lookupUrl", publicUrl + "/public/dossiers?code=" + dossier.code());
        context.setVariable("qr", qr.dataUri(publicUrl + "/public/dossiers?code=" + dossier.code()));
        // The satisfaction survey of the feedback module, which the applicant answers once the result is returned.
        context.setVariable("surveyUrl", publicUrl + "/public/surveys?code=" + dossier.code());
        context.setVariable("surveyQr", qr.dataUri(publicUrl + "/public/surveys?code=" + dossier.code()));
        ProcedureContent procedure = version.content();
        context.setVariable("processingTime", procedure.processingDays() != null
                ? procedure.processingDays() + " ngày làm việc" : procedure.processingHours() + " giờ làm việc");
        context.setVariable("previousDueText", clockText(previousDue(dossier, occasion.get())));
        String newDue = occasion.get().text("newDueAt");
        context.setVariable("newDueText", newDue == null ? "" : clockText(Instant.parse(newDue)));
        context.setVariable("receivedText", clockText(dossier.receivedAt()));
        context.setVariable("dueText", clockText(dossier.firstDueAt()));
        if (spec.form() == OfficialForm.CONTROL_SHEET) {
            context.setVariable("handovers", handovers(dossier, state, version));
        }
        DocumentSigning signer = signing.getIfAvailable();
        String anchor = SIGNED_FORMS.get(spec.form());
        if (signer == null || anchor == null) {
            return pdf.render(templates.process("dossiers/forms/" + spec.template(), context));
        }
        String subject = "dossier-form/" + dossier.code() + "/" + spec.form().slug() + "/" + occasion.get().seq();
        return signer.signOnce(subject, "mau-" + spec.number() + "-" + dossier.code() + ".pdf", agency.code(),
                () -> pdf.render(templates.process("dossiers/forms/" + spec.template(), context)),
                new DocumentSigning.Mark(anchor, false, spec.title() + " — hồ sơ " + dossier.code(), null));
    }

    /** Sổ theo dõi hồ sơ of an agency: the dossiers it received in [from, to], as PDF, in the set in force on {@code from}. */
    @Transactional(readOnly = true)
    public byte[] bookPdf(String agencyCode, LocalDate from, LocalDate to) {
        TrackingBooks.Book tracking = trackingBook(agencyCode, from, to);
        Regime regime = regimes.on(from).orElseThrow(() -> new NotFoundException("dossiers.form.no-regime", format.date(from)));
        FormSpec spec = regime.form(OfficialForm.BOOK).orElseThrow();
        Context context = context(regime, spec, tracking.agency(), null);
        context.setVariable("book", tracking);
        return pdf.render(templates.process("dossiers/forms/" + spec.template(), context));
    }

    @Transactional(readOnly = true)
    public byte[] bookXlsx(String agencyCode, LocalDate from, LocalDate to) {
        TrackingBooks.Book tracking = trackingBook(agencyCode, from, to);
        Regime regime = regimes.on(from).orElseThrow(() -> new NotFoundException("dossiers.form.no-regime", format.date(from)));
        return books.xlsx(tracking, regime.form(OfficialForm.BOOK).orElseThrow(), regime.circular());
    }

    @Transactional(readOnly = true)
    public TrackingBooks.Book trackingBook(String agencyCode, LocalDate from, LocalDate to) {
        if (agencyCode == null || agencyCode.isBlank()) {
            throw new InvalidInputException("agencyCode", "dossiers.agency.required");
        }
        Agency agency = agencies.find(agencyCode.trim())
                .orElseThrow(() -> new InvalidInputException("agencyCode", "dossiers.agency.not-found", agencyCode));
        access.check(agency.unitId());
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidInputException("to", "dossiers.window.invalid");
        }
        if (from.plusYears(1).isBefore(to)) {
            throw new InvalidInputException("to", "dossiers.book.window-too-long");
        }
        return books.book(agency, from, to, reach.showsPersonalDataOf(agency));
    }

    private Context context(Regime regime, FormSpec spec, Agency agency, Instant issuedAt) {
        Context context = new Context(Locale.forLanguageTag("vi"));
        context.setVariable("regime", regime);
        context.setVariable("spec", spec);
        context.setVariable("pageCss", "@page { size: " + spec.page().replace('-', ' ') + "; }");
        context.setVariable("agency", agency);
        context.setVariable("fmt", format);
        context.setVariable("dateLine", issuedAt == null ? null : dateLine(agency, issuedAt));
        return context;
    }

    private static Optional<FormSpec> resolve(Regime regime, String name) {
        Optional<FormSpec> bySlug = OfficialForm.bySlug(name).flatMap(regime::form);
        if (bySlug.isPresent()) {
            return bySlug;
        }
        String number = name.replaceFirst("^(mau|mẫu)[-_ ]?(so|số)?[-_ ]?", "");
        return regime.forms().values().stream().filter(s -> s.number().equals(number)
                || number.matches("\\d") && s.number().equals("0" + number)).findFirst();
    }

    private static String names(Regime regime) {
        return Arrays.stream(OfficialForm.values()).filter(f -> f != OfficialForm.BOOK).map(regime::form).flatMap(Optional::stream)
                .map(s -> s.form().slug() + " (" + s.number() + ")").reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** For an apology: the appointment it moves, the one in force just before it. */
    private static Instant previousDue(Dossier dossier, DossierAction occasion) {
        Instant due = dossier.firstDueAt();
        for (DossierAction action : dossier.history()) {
            if (action.seq() >= occasion.seq()) {
                break;
            }
            if (action.kind() == ActionKind.APOLOGIZE) {
                due = Instant.parse(action.text("newDueAt"));
            }
        }
        return due;
    }

    private List<Handover> handovers(Dossier dossier, DossierState state, ProcedureVersion version) {
        List<String> steps = version.content().steps().stream().map(ProcedureStep::name).toList();
        String desk = "Bộ phận Một cửa";
        List<Handover> result = new ArrayList<>();
        for (DossierAction action : dossier.history()) {
            String step = action.step() < steps.size() ? steps.get(action.step()) : null;
            Optional<Instant> due = lifecycle.stepDue(version, dossier.receivedAt(), state.stops(), action.step());
            Timeliness againstStep = due.map(d -> calendar.classify(action.at(), d)).orElse(null);
            Long late = action.data().get("lateHours") == null ? null : Long.valueOf(action.text("lateHours"));
            String reason = action.text("reason");
            Handover handover = switch (action.kind()) {
                case RECEIVE -> new Handover(action.at(), dossier.applicant().name(), desk + " (" + who(action.actor()) + ")", step,
                        null, null, "Tiếp nhận hồ sơ");
                case ASSIGN -> new Handover(action.at(), who(action.actor()), action.text("assignee"), step, null, null, "Phân công xử lý");
                case FORWARD -> new Handover(action.at(), who(action.actor()), action.text("toAgencyCode") != null
                        ? register.agency(action.text("toAgencyCode")).map(Agency::name).orElse(action.text("toAgencyCode"))
                        : next(steps, action.step(), action.text("assignee")), step, againstStep, late, reason);
                case APPROVE -> new Handover(action.at(), who(action.actor()), desk, step, againstStep, late, "Phê duyệt kết quả");
                case COMPLETE -> new Handover(action.at(), who(action.actor()), desk, step,
                        dossier.timeliness() == null ? againstStep : dossier.timeliness(), late, "Có kết quả giải quyết");
                case RETURN_RESULT -> new Handover(action.at(), desk + " (" + who(action.actor()) + ")", dossier.applicant().name(), null,
                        null, null, "Trả kết quả");
                case REQUEST_SUPPLEMENT -> new Handover(action.at(), who(action.actor()), dossier.applicant().name(), step, null, null,
                        "Yêu cầu bổ sung: " + reason);
                case SUPPLEMENT_RECEIVED -> new Handover(action.at(), dossier.applicant().name(), desk + " (" + who(action.actor()) + ")",
                        step, null, null, "Nhận hồ sơ bổ sung");
                case APOLOGIZE -> new Handover(action.at(), who(action.actor()), dossier.applicant().name(), step, Timeliness.LATE, null,
                        "Xin lỗi, hẹn lại " + format.dateTime(Instant.parse(action.text("newDueAt"))) + ": " + reason);
                case REJECT -> new Handover(action.at(), who(action.actor()), dossier.applicant().name(), step, null, null,
                        "Từ chối: " + reason);
                case STOP -> new Handover(action.at(), who(action.actor()), dossier.applicant().name(), step, null, null,
                        "Dừng giải quyết: " + reason);
                case WITHDRAW -> new Handover(action.at(), dossier.applicant().name(), desk, step, null, null, "Rút hồ sơ");
                default -> null;
            };
            if (handover != null) {
                result.add(handover);
            }
        }
        return result;
    }

    /** Who acted, as the slip names it: work nobody signed in did is the system's, "Hệ thống". */
    private static String who(String actor) {
        return vn.motcua.shared.CurrentUser.SYSTEM.equals(actor) ? "Hệ thống" : actor;
    }

    private static String next(List<String> steps, int step, String assignee) {
        String name = step + 1 < steps.size() ? steps.get(step + 1) : "Bước tiếp theo";
        return assignee == null ? name : name + " (" + assignee + ")";
    }

    private String dateLine(Agency agency, Instant at) {
        ZonedDateTime time = at.atZone(calendar.zone());
        String place = agency.unitName().replaceFirst("^(Xã|Thị trấn|Phường|Huyện|Thị xã|Thành phố|Tỉnh|Quận|Đặc khu) ", "");
        // Decree 30/2020/NĐ-CP: days below 10 and the months January and February take a leading zero.
        String month = time.getMonthValue() < 3 ? "%02d".formatted(time.getMonthValue()) : String.valueOf(time.getMonthValue());
        return "%s, ngày %02d tháng %s năm %d".formatted(place, time.getDayOfMonth(), month, time.getYear());
    }

    /** "08 giờ 30 phút, ngày 02/03/2026", as the receipt writes a time. */
    private String clockText(Instant at) {
        if (at == null) {
            return "";
        }
        ZonedDateTime time = at.atZone(calendar.zone());
        return "%02d giờ %02d phút, ngày %s".formatted(time.getHour(), time.getMinute(), format.date(time.toLocalDate()));
    }

    private LocalDate day(Instant at) {
        return at.atZone(calendar.zone()).toLocalDate();
    }
}
