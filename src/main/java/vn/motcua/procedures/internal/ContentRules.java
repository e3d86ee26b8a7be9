package vn.motcua.procedures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.motcua.procedures.Fee;
import vn.motcua.procedures.ProcedureContent;
import vn.motcua.procedures.ProcedureStep;
import vn.motcua.procedures.RequiredDocument;

/** What a procedure's content must satisfy; every problem is named, so an import can list them all. */
public final class ContentRules {

    /** A national procedure code: digits and dots, e.g. 1.001612 or 2.000815. */
    public static final Pattern CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9A-Za-z]{1,12}){1,3}");
    private static final Pattern FIELD_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

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
        return problems;
    }

    private static void checkNotNegative(List<Problem> problems, String field, Integer value) {
        if (value != null && (value < 0 || value > 3650)) {
            problems.add(new Problem(field, "procedures.time.range"));
        }
    }
}
