package vn.motcua.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditEntry;

/**
 * An audit entry as an administrator reads it: the action named in words, and only the fields that
 * changed, before and after, instead of two blocks of JSON to compare by eye.
 */
@Component
class AuditLines {

    /** Long texts (a report's narrative, a template) are cut: the trail is for seeing what changed. */
    private static final int LONGEST_VALUE = 300;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final MessageSource messages;
    private final JsonMapper json;

    AuditLines(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    record Change(String field, String before, String after) {
    }

    record Line(AuditEntry entry, String actionName, List<Change> changes, boolean unreadable) {
    }

    List<Line> of(List<AuditEntry> entries, Locale locale) {
        return entries.stream().map(entry -> line(entry, locale)).toList();
    }

    private Line line(AuditEntry entry, Locale locale) {
        Map<String, String> before;
        Map<String, String> after;
        try {
            before = flatten(entry.before());
            after = flatten(entry.after());
        } catch (JacksonException e) {
            return new Line(entry, actionName(entry.action(), locale), List.of(), true);
        }
        List<Change> changes = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            String was = before.get(field);
            String is = after.get(field);
            if (!Objects.equals(was, is)) {
                changes.add(new Change(fieldName(field, locale), was, is));
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

    private String fieldName(String field, Locale locale) {
        return messages.getMessage("audit.field." + field, null, field, locale);
    }

    private Map<String, String> flatten(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        flatten("", json.readTree(text), out);
        return out;
    }

    /** A date as a person writes it: 30/06/2026, not 2026-06-30. */
    private static String readable(String value) {
        return ISO_DATE.matcher(value).matches() ? value.substring(8, 10) + "/" + value.substring(5, 7) + "/" + value.substring(0, 4) : value;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                flatten(prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey(), property.getValue(), out);
            }
        } else if (node.isNull() || node.isMissingNode()) {
            out.put(prefix.isEmpty() ? "value" : prefix, null);
        } else {
            String value = node.isValueNode() ? readable(node.asText()) : node.toString();
            out.put(prefix.isEmpty() ? "value" : prefix, value.length() > LONGEST_VALUE ? value.substring(0, LONGEST_VALUE) + "…" : value);
        }
    }
}
