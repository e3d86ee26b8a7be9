package vn.motcua.procedures.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import vn.motcua.procedures.Fee;
import vn.motcua.procedures.FormField;
import vn.motcua.procedures.LegalBasis;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.RequiredDocument;

/** What a procedure's content must satisfy; every problem is named, so an import can list them all. */
public final class ContentRules {

    /** A national procedure code: digits and dots, e.g. 1.001612 or 2.000815. */
    public static final Pattern CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9A-Za-z]{1,12}){1,3}");
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    /** An e-form field's key: what its answer is stored under, so plain and short. */
    private static final Pattern FORM_KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    /** More questions than a paper declaration ever asks is a mistake, not a form. */
    private static final int MAX_FORM_FIELDS = 60;
    /** The national catalogue lists a handful; more than this is a pasted list gone wrong. */
    private static final int MAX_LEGAL_BASES = 40;

    /** One problem: the field, a message code and its arguments. */
    public record Problem(String field, String messageCode, Object... arguments) {
    }

    private ContentRules() {
    }

    public static List<Problem> check(String code, ProcedureContent content) {
        List<Problem> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code.trim()).matches()) {
            problems.add(new Problem("code", "procedures.code.invalid"));
        }
        if (content.name() == null || content.name().isBlank()) {
            problems.add(new Problem("name", "procedures.name.required"));
        } else if (content.name().length() > 500) {
            problems.add(new Problem("name", "procedures.name.long"));
        }
        if (content.fieldCode() == null || !FIELD_CODE.matcher(content.fieldCode()).matches()) {
            problems.add(new Problem("fieldCode", "procedures.field.invalid"));
        }
        if (content.level() == null) {
            problems.add(new Problem("level", "procedures.level.required"));
        }
        if ((content.processingDays() == null) == (content.processingHours() == null)) {
            problems.add(new Problem("processingDays", "procedures.time.one"));
        }
        if (content.shortenedDays() != null && content.shortenedHours() != null) {
            problems.add(new Problem("shortenedDays", "procedures.time.one"));
        }
        checkNotNegative(problems, "processingDays", content.processingDays());
        checkNotNegative(problems, "processingHours", content.processingHours());
        checkNotNegative(problems, "shortenedDays", content.shortenedDays());
        checkNotNegative(problems, "shortenedHours", content.shortenedHours());
        if (content.processingDays() != null && content.shortenedDays() != null
                && content.shortenedDays() > content.processingDays()) {
            problems.add(new Problem("shortenedDays", "procedures.time.shortened-longer"));
        }
        if (content.onlineKind() == null) {
            problems.add(new Problem("onlineKind", "procedures.online-kind.required"));
        }
        if (content.interAgency() == null) {
            problems.add(new Problem("interAgency", "procedures.inter-agency.required"));
        }
        for (int i = 0; i < content.fees().size(); i++) {
            Fee fee = content.fees().get(i);
            if (fee.name() == null || fee.name().isBlank() || fee.amount() < 0 || fee.kind() == null) {
                problems.add(new Problem("fees[" + i + "]", "procedures.fee.invalid"));
            }
        }
        for (int i = 0; i < content.documents().size(); i++) {
            RequiredDocument document = content.documents().get(i);
            if (document.name() == null || document.name().isBlank() || document.originals() < 0 || document.copies() < 0) {
                problems.add(new Problem("documents[" + i + "]", "procedures.document.invalid"));
            }
        }
        for (int i = 0; i < content.steps().size(); i++) {
            ProcedureStep step = content.steps().get(i);
            if (step.name() == null || step.name().isBlank() || step.hours() < 0) {
                problems.add(new Problem("steps[" + i + "]", "procedures.step.invalid"));
            }
        }
        checkFormFields(problems, content.formFields());
        checkLegalBases(problems, content.legalBases());
        return problems;
    }

    private static void checkFormFields(List<Problem> problems, List<FormField> fields) {
        if (fields.size() > MAX_FORM_FIELDS) {
            problems.add(new Problem("formFields", "procedures.form-field.too-many", MAX_FORM_FIELDS));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            FormField field = fields.get(i);
            String at = "formFields[" + i + "]";
            if (field.key() == null || !FORM_KEY.matcher(field.key()).matches()) {
                problems.add(new Problem(at, "procedures.form-field.key", i + 1));
            } else if (!keys.add(field.key())) {
                problems.add(new Problem(at, "procedures.form-field.key-twice", field.key()));
            }
            if (field.label() == null || field.label().isBlank() || field.label().length() > 200) {
                problems.add(new Problem(at, "procedures.form-field.label", i + 1));
            }
            if (field.type() == null) {
                problems.add(new Problem(at, "procedures.form-field.type", i + 1));
            } else if (field.type() == FormField.Type.CHOICE) {
                if (field.choices().size() < 2 || field.choices().stream().anyMatch(c -> c == null || c.isBlank() || c.length() > 200)
                        || new HashSet<>(field.choices()).size() < field.choices().size()) {
                    problems.add(new Problem(at, "procedures.form-field.choices", field.label()));
                }
            } else if (!field.choices().isEmpty()) {
                problems.add(new Problem(at, "procedures.form-field.no-choices", field.label()));
            }
            if (field.hint().length() > 300) {
                problems.add(new Problem(at, "procedures.form-field.hint", field.label()));
            }
        }
    }

    /** Each legal document needs its number and title; the rest as the catalogue gives it. */
    private static void checkLegalBases(List<Problem> problems, List<LegalBasis> bases) {
        if (bases.size() > MAX_LEGAL_BASES) {
            problems.add(new Problem("legalBases", "procedures.legal-basis.too-many", MAX_LEGAL_BASES));
        }
        for (int i = 0; i < bases.size(); i++) {
            LegalBasis basis = bases.get(i);
            String at = "legalBases[" + i + "]";
            if (basis.number().isEmpty() || basis.number().length() > 100) {
                problems.add(new Problem(at, "procedures.legal-basis.number", i + 1));
            }
            if (basis.title().isEmpty() || basis.title().length() > 500) {
                problems.add(new Problem(at, "procedures.legal-basis.title", i + 1));
            }
            if (basis.issuer().length() > 200) {
                problems.add(new Problem(at, "procedures.legal-basis.issuer", i + 1));
            }
        }
    }

    private static void checkNotNegative(List<Problem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 3650)) {
            problems.add(new Problem(field, "procedures.time.range"));
        }
    }
}
