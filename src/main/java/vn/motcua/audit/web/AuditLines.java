package vn.motcua.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditEntry;
import vn.motcua.shared.VietnameseFormat;

/**
 * An audit entry as an administrator reads it: the action named in words, and only the fields that
 * changed, before and after, in words and Vietnamese numbers and dates, never a block of JSON to read by eye.
 */
@Component
class AuditLines {

    /** Long texts (a report's narrative, a template) are cut: the trail is for seeing what changed. */
    private static final int LONGEST_VALUE = 300;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}).*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** A report row's key: 2.1, 3.4.1, 3.1.3.district. */
    private static final Pattern ROW_KEY = Pattern.compile("\\d+(\\.[0-9A-Za-z]+)*");
    /** Where each kind of record names its statuses in the bundle. */
    private static final Map<String, String> STATUS_NAMES = Map.of("dossier", "dossiers.status.", "report", "indicators.status.",
            "task", "tasks.status.", "notification", "notifications.status.", "petition", "feedback.status.",
            "investment-project", "investment.status.", "submission", "portal.status.", "reformindex_scorecard",
            "reformindex.status.", "fee-order", "payments.status.");
    /** Fields whose codes are named in a place of their own. */
    private static final Map<String, String> FIELD_CODE_NAMES = Map.of("standing", "tasks.standing.", "level", "units.level.",
            "classification", "reformindex.class.", "channel", "dossiers.channel.", "roles", "accounts.role.");
    /** Other codes a change may carry, with where their names are. */
    private static final List<String> CODE_NAMES = List.of("dossiers.action.", "dossiers.channel.", "accounts.role.");

    private final MessageSource messages;
    private final JsonMapper json;
    private final VietnameseFormat format;

    AuditLines(MessageSource messages, JsonMapper json, VietnameseFormat format) {
        this.messages = messages;
        this.json = json;
        this.format = format;
    }

    record Change(String field, String before, String after) {
    }

    record Line(AuditEntry entry, String actionName, List<Change> changes, boolean unreadable) {
    }

    List<Line> of(List<AuditEntry> entries, Locale locale) {
        return entries.stream().map(entry -> line(entry, locale)).toList();
    }

    Line line(AuditEntry entry, Locale locale) {
        Map<List<String>, String> before;
        Map<List<String>, String> after;
        try {
            before = flatten(entry.before(), entry.entityType(), locale);
            after = flatten(entry.after(), entry.entityType(), locale);
        } catch (JacksonException e) {
            return new Line(entry, actionName(entry.action(), locale), List.of(), true);
        }
        List<Change> changes = new ArrayList<>();
        Map<List<String>, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (List<String> field : all.keySet()) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(fieldName(field, entry.entityType(), locale), was, is));
            }
        }
        return new Line(entry, actionName(entry.action(), locale), changes, false);
    }

    /** "dossier.return_result" → "Trả kết quả"; an action with no name in the bundle keeps its code. */
    String actionName(String action, Locale locale) {
        String named = messages.getMessage("audit.action." + action, null, null, locale);
        if (named != null) {
            return named;
        }
        if (action.startsWith("dossier.")) {
            String kind = action.substring("dossier.".length()).toUpperCase(Locale.ROOT);
            String dossierAction = messages.getMessage("dossiers.action." + kind, null, null, locale);
            if (dossierAction != null) {
                return messages.getMessage("audit.action.dossier", new Object[] { dossierAction }, locale);
            }
        }
        return action;
    }

    /** Each step of the path in words: "Chỉ tiêu 2.1", "Mục 2 › Tên". */
    private String fieldName(List<String> path, String entityType, Locale locale) {
        List<String> words = new ArrayList<>();
        for (String step : path) {
            if ("report".equals(entityType) && ROW_KEY.matcher(step).matches()) {
                words.add(messages.getMessage("audit.field.row", new Object[] { step }, step, locale));
            } else if (step.chars().allMatch(Character::isDigit)) {
                words.add(messages.getMessage("audit.field.item", new Object[] { step }, step, locale));
            } else {
                words.add(messages.getMessage("audit.field." + step, null, step, locale));
            }
        }
        return String.join(" › ", words);
    }

    private Map<List<String>, String> flatten(String text, String entityType, Locale locale) {
        Map<List<String>, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        flatten(List.of(), json.readTree(text), out, entityType, locale);
        return out;
    }

    private void flatten(List<String> path, JsonNode node, Map<List<String>, String> out, String entityType, Locale locale) {
        List<String> field = path.isEmpty() ? List.of("value") : path;
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (databaseId(property.getKey())) {
                    continue;
                }
                flatten(append(path, property.getKey()), property.getValue(), out, entityType, locale);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(field, null);
            } else if (allValues(node)) {
                List<String> items = new ArrayList<>();
                node.forEach(item -> items.add(readable(item, field, entityType, locale)));
                out.put(field, cut(String.join(", ", items)));
            } else {
                int index = 0;
                for (JsonNode item : node) {
                    index++;
                    flatten(append(path, itemName(item, index)), item, out, entityType, locale);
                }
            }
        } else if (node.isNull() || node.isMissingNode()) {
            out.put(field, null);
        } else if (path.isEmpty() && node.isString() && isStatus(node.asText(), entityType, locale)) {
            // A change recorded as the bare status (a submission's SUBMITTED → RECEIVED) is a change of status.
            out.put(List.of("status"), readable(node, List.of("status"), entityType, locale));
        } else {
            out.put(field, cut(readable(node, field, entityType, locale)));
        }
    }

    private boolean isStatus(String code, String entityType, Locale locale) {
        return STATUS_NAMES.containsKey(entityType) && messages.getMessage(STATUS_NAMES.get(entityType) + code, null, null, locale) != null;
    }

    /** An element of a list is named by its own key or code when it has one (row 2.1), else by its place. */
    private static String itemName(JsonNode item, int index) {
        for (String name : List.of("key", "code")) {
            JsonNode value = item.get(name);
            if (value != null && value.isValueNode() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return String.valueOf(index);
    }

    /** A row's number in the database (id, planId) tells a reader nothing; what it points to is named beside it. */
    private static boolean databaseId(String field) {
        return field.equals("id") || field.endsWith("Id");
    }

    private static boolean allValues(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isValueNode()) {
                return false;
            }
        }
        return true;
    }

    /** A value as a person writes it: 30/06/2026, 8.803, 90,17, "Có", a status by its name. */
    private String readable(JsonNode node, List<String> field, String entityType, Locale locale) {
        if (node.isNull()) {
            return "—";
        }
        if (node.isNumber()) {
            return format.number(node.decimalValue());
        }
        if (node.isBoolean()) {
            return messages.getMessage(node.booleanValue() ? "audit.yes" : "audit.no", null, locale);
        }
        String value = node.asText();
        if (ISO_DATE.matcher(value).matches()) {
            return value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4);
        }
        if (ISO_DATE_TIME.matcher(value).matches()) {
            try {
                return format.dateTime(java.time.OffsetDateTime.parse(value));
            } catch (java.time.format.DateTimeParseException noOffset) {
                try {
                    return format.dateTime(java.time.LocalDateTime.parse(value));
                } catch (java.time.format.DateTimeParseException notAMoment) {
                    return value;
                }
            }
        }
        if (CODE.matcher(value).matches()) {
            return codeName(value, field, entityType, locale);
        }
        return value;
    }

    /** APPROVED as the record's own kind names it ("Đã phê duyệt"); an unknown code stays as it is. */
    private String codeName(String code, List<String> field, String entityType, Locale locale) {
        String last = field.get(field.size() - 1);
        List<String> prefixes = new ArrayList<>();
        if (last.toLowerCase(Locale.ROOT).endsWith("status") && STATUS_NAMES.containsKey(entityType)) {
            prefixes.add(STATUS_NAMES.get(entityType));
        }
        if (FIELD_CODE_NAMES.containsKey(last)) {
            prefixes.add(FIELD_CODE_NAMES.get(last));
        }
        prefixes.add("audit.code.");
        prefixes.addAll(CODE_NAMES);
        for (String prefix : prefixes) {
            String named = messages.getMessage(prefix + code, null, null, locale);
            if (named != null) {
                return named;
            }
        }
        return code;
    }

    private static List<String> append(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return List.copyOf(longer);
    }

    private static String cut(String value) {
        return value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value;
    }
}
