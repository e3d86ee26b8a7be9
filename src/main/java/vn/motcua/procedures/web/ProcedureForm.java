package vn.motcua.procedures.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.motcua.procedures.Fee;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.InterAgency;
import vn.motcua.procedures.LegalBasis;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.Procedure;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.RequiredDocument;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.UnitLevel;

/** The officers' edit form of a procedure, with rows for its steps, documents, fees, e-form fields and legal bases (blank rows are ignored). */
public class ProcedureForm {

    /** Blank rows offered after the filled ones, so a new step or document can be typed in. */
    private static final int SPARE_ROWS = 3;

    public static class StepRow {
        private String name = "";
        private String responsible = "";
        private Integer hours;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getResponsible() { return responsible; }
        public void setResponsible(String responsible) { this.responsible = responsible; }
        public Integer getHours() { return hours; }
        public void setHours(Integer hours) { this.hours = hours; }
    }

    public static class DocumentRow {
        private String name = "";
        private Integer originals;
        private Integer copies;
        private String form = "";
        private boolean officeFormats;
        private boolean optional;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Integer getOriginals() { return originals; }
        public void setOriginals(Integer originals) { this.originals = originals; }
        public Integer getCopies() { return copies; }
        public void setCopies(Integer copies) { this.copies = copies; }
        public String getForm() { return form; }
        public void setForm(String form) { this.form = form; }
        public boolean isOfficeFormats() { return officeFormats; }
        public void setOfficeFormats(boolean officeFormats) { this.officeFormats = officeFormats; }
        public boolean isOptional() { return optional; }
        public void setOptional(boolean optional) { this.optional = optional; }
    }

    /** One question of the e-form; choices typed as one line, separated by commas. */
    public static class FieldRow {
        private String key = "";
        private String label = "";
        private FormField.Type type = FormField.Type.TEXT;
        private boolean required;
        private String choices = "";
        private String hint = "";

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public FormField.Type getType() { return type; }
        public void setType(FormField.Type type) { this.type = type; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getChoices() { return choices; }
        public void setChoices(String choices) { this.choices = choices; }
        public String getHint() { return hint; }
        public void setHint(String hint) { this.hint = hint; }

        boolean blank() {
            return (key == null || key.isBlank()) && (label == null || label.isBlank());
        }

        FormField field() {
            List<String> choiceList = choices == null || choices.isBlank() ? List.of()
                    : java.util.Arrays.stream(choices.split(",")).map(String::trim).filter(c -> !c.isEmpty()).toList();
            return new FormField(key == null ? "" : key.trim(), label == null ? "" : label.trim(), type, required, choiceList,
                    hint == null ? "" : hint.trim());
        }
    }

    /** One legal document of the căn cứ pháp lý. */
    public static class LegalBasisRow {
        private String number = "";
        private String title = "";
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate issuedOn;
        private String issuer = "";

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getIssuedOn() { return issuedOn; }
        public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
        public String getIssuer() { return issuer; }
        public void setIssuer(String issuer) { this.issuer = issuer; }

        boolean blank() {
            return (number == null || number.isBlank()) && (title == null || title.isBlank()) && issuedOn == null
                    && (issuer == null || issuer.isBlank());
        }
    }

    public static class FeeRow {
        private String name = "";
        private Fee.Kind kind = Fee.Kind.CHARGE;
        private Long amount;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public Fee.Kind getKind() { return kind; }
        public void setKind(Fee.Kind kind) { this.kind = kind; }
        public Long getAmount() { return amount; }
        public void setAmount(Long amount) { this.amount = amount; }
    }

    private String code = "";
    private String name = "";
    private String fieldCode = "";
    private String fieldName = "";
    private UnitLevel level = UnitLevel.COMMUNE;
    private AgencyKind agencyKind;
    private Integer processingDays;
    private Integer processingHours;
    private Integer shortenedDays;
    private Integer shortenedHours;
    private String resultKind = "";
    private OnlineKind onlineKind = OnlineKind.NONE;
    private boolean oneStop = true;
    private InterAgency interAgency = InterAgency.NONE;
    private boolean onlinePayment;
    private boolean anyLocation;
    private boolean byPost;
    private boolean internalProcessApproved;
    private boolean internalProcessDigitized;
    private boolean separateApproval;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate effectiveFrom;
    private String decision = "";
    private String note = "";
    private int lockVersion;
    private List<StepRow> steps = new ArrayList<>();
    private List<DocumentRow> documents = new ArrayList<>();
    private List<FeeRow> fees = new ArrayList<>();
    private List<FieldRow> formFields = new ArrayList<>();
    private List<LegalBasisRow> legalBases = new ArrayList<>();

    public static ProcedureForm blank(LocalDate today) {
        ProcedureForm form = new ProcedureForm();
        form.effectiveFrom = today;
        form.addSpareRows();
        return form;
    }

    public static ProcedureForm of(Procedure procedure, LocalDate effectiveFrom) {
        ProcedureForm form = new ProcedureForm();
        ProcedureContent c = procedure.content();
        form.code = procedure.code();
        form.name = c.name();
        form.fieldCode = c.fieldCode();
        form.fieldName = c.fieldName();
        form.level = c.level();
        form.agencyKind = c.agencyKind();
        form.processingDays = c.processingDays();
        form.processingHours = c.processingHours();
        form.shortenedDays = c.shortenedDays();
        form.shortenedHours = c.shortenedHours();
        form.resultKind = c.resultKind();
        form.onlineKind = c.onlineKind();
        form.oneStop = c.oneStop();
        form.interAgency = c.interAgency();
        form.onlinePayment = c.onlinePayment();
        form.anyLocation = c.anyLocation();
        form.byPost = c.byPost();
        form.internalProcessApproved = c.internalProcessApproved();
        form.internalProcessDigitized = c.internalProcessDigitized();
        form.separateApproval = c.separateApproval();
        form.effectiveFrom = effectiveFrom;
        form.lockVersion = procedure.lockVersion();
        for (ProcedureStep step : c.steps()) {
            StepRow row = new StepRow();
            row.name = step.name();
            row.responsible = step.responsible();
            row.hours = step.hours();
            form.steps.add(row);
        }
        for (RequiredDocument document : c.documents()) {
            DocumentRow row = new DocumentRow();
            row.name = document.name();
            row.originals = document.originals();
            row.copies = document.copies();
            row.form = document.form();
            row.officeFormats = document.officeFormats();
            row.optional = document.optional();
            form.documents.add(row);
        }
        for (FormField field : c.formFields()) {
            FieldRow row = new FieldRow();
            row.key = field.key();
            row.label = field.label();
            row.type = field.type();
            row.required = field.required();
            row.choices = String.join(", ", field.choices());
            row.hint = field.hint();
            form.formFields.add(row);
        }
        for (LegalBasis basis : c.legalBases()) {
            LegalBasisRow row = new LegalBasisRow();
            row.number = basis.number();
            row.title = basis.title();
            row.issuedOn = basis.issuedOn();
            row.issuer = basis.issuer();
            form.legalBases.add(row);
        }
        for (Fee fee : c.fees()) {
            FeeRow row = new FeeRow();
            row.name = fee.name();
            row.kind = fee.kind();
            row.amount = fee.amount();
            form.fees.add(row);
        }
        form.addSpareRows();
        return form;
    }

    public void addSpareRows() {
        for (int i = 0; i < SPARE_ROWS; i++) {
            steps.add(new StepRow());
            documents.add(new DocumentRow());
            fees.add(new FeeRow());
            formFields.add(new FieldRow());
            legalBases.add(new LegalBasisRow());
        }
    }

    public ProcedureContent content() {
        List<ProcedureStep> stepList = steps.stream().filter(s -> s.name != null && !s.name.isBlank())
                .map(s -> new ProcedureStep(s.name.trim(), s.responsible == null ? "" : s.responsible.trim(),
                        s.hours == null ? 0 : s.hours))
                .toList();
        List<RequiredDocument> documentList = documents.stream().filter(d -> d.name != null && !d.name.isBlank())
                .map(d -> new RequiredDocument(d.name.trim(), d.originals == null ? 1 : d.originals,
                        d.copies == null ? 0 : d.copies, d.form == null ? "" : d.form.trim(), d.officeFormats, d.optional))
                .toList();
        List<FormField> fieldList = formFields.stream().filter(f -> !f.blank()).map(FieldRow::field).toList();
        List<Fee> feeList = fees.stream().filter(f -> f.name != null && !f.name.isBlank())
                .map(f -> new Fee(f.name.trim(), f.amount == null ? 0 : f.amount, f.kind == null ? Fee.Kind.CHARGE : f.kind))
                .toList();
        return new ProcedureContent(name == null ? "" : name.trim(), fieldCode == null ? "" : fieldCode.trim(), fieldName,
                level, agencyKind, processingDays, processingHours, shortenedDays, shortenedHours, resultKind, onlineKind,
                oneStop, interAgency, onlinePayment, anyLocation, byPost, internalProcessApproved, internalProcessDigitized,
                feeList, documentList, stepList, separateApproval, fieldList,
                legalBases.stream().filter(b -> !b.blank()).map(b -> new LegalBasis(b.number, b.title, b.issuedOn, b.issuer)).toList());
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFieldCode() { return fieldCode; }
    public void setFieldCode(String fieldCode) { this.fieldCode = fieldCode; }
    public String getFieldName() { return fieldName; }
    public void setFieldName(String fieldName) { this.fieldName = fieldName; }
    public UnitLevel getLevel() { return level; }
    public void setLevel(UnitLevel level) { this.level = level; }
    public AgencyKind getAgencyKind() { return agencyKind; }
    public void setAgencyKind(AgencyKind agencyKind) { this.agencyKind = agencyKind; }
    public Integer getProcessingDays() { return processingDays; }
    public void setProcessingDays(Integer processingDays) { this.processingDays = processingDays; }
    public Integer getProcessingHours() { return processingHours; }
    public void setProcessingHours(Integer processingHours) { this.processingHours = processingHours; }
    public Integer getShortenedDays() { return shortenedDays; }
    public void setShortenedDays(Integer shortenedDays) { this.shortenedDays = shortenedDays; }
    public Integer getShortenedHours() { return shortenedHours; }
    public void setShortenedHours(Integer shortenedHours) { this.shortenedHours = shortenedHours; }
    public String getResultKind() { return resultKind; }
    public void setResultKind(String resultKind) { this.resultKind = resultKind; }
    public OnlineKind getOnlineKind() { return onlineKind; }
    public void setOnlineKind(OnlineKind onlineKind) { this.onlineKind = onlineKind; }
    public boolean isOneStop() { return oneStop; }
    public void setOneStop(boolean oneStop) { this.oneStop = oneStop; }
    public InterAgency getInterAgency() { return interAgency; }
    public void setInterAgency(InterAgency interAgency) { this.interAgency = interAgency; }
    public boolean isOnlinePayment() { return onlinePayment; }
    public void setOnlinePayment(boolean onlinePayment) { this.onlinePayment = onlinePayment; }
    public boolean isAnyLocation() { return anyLocation; }
    public void setAnyLocation(boolean anyLocation) { this.anyLocation = anyLocation; }
    public boolean isByPost() { return byPost; }
    public void setByPost(boolean byPost) { this.byPost = byPost; }
    public boolean isInternalProcessApproved() { return internalProcessApproved; }
    public void setInternalProcessApproved(boolean internalProcessApproved) { this.internalProcessApproved = internalProcessApproved; }
    public boolean isInternalProcessDigitized() { return internalProcessDigitized; }
    public void setInternalProcessDigitized(boolean internalProcessDigitized) { this.internalProcessDigitized = internalProcessDigitized; }
    public boolean isSeparateApproval() { return separateApproval; }
    public void setSeparateApproval(boolean separateApproval) { this.separateApproval = separateApproval; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public int getLockVersion() { return lockVersion; }
    public void setLockVersion(int lockVersion) { this.lockVersion = lockVersion; }
    public List<StepRow> getSteps() { return steps; }
    public void setSteps(List<StepRow> steps) { this.steps = steps; }
    public List<DocumentRow> getDocuments() { return documents; }
    public void setDocuments(List<DocumentRow> documents) { this.documents = documents; }
    public List<FeeRow> getFees() { return fees; }
    public void setFees(List<FeeRow> fees) { this.fees = fees; }
    public List<FieldRow> getFormFields() { return formFields; }
    public void setFormFields(List<FieldRow> formFields) { this.formFields = formFields; }
    public List<LegalBasisRow> getLegalBases() { return legalBases; }
    public void setLegalBases(List<LegalBasisRow> legalBases) { this.legalBases = legalBases; }
}
