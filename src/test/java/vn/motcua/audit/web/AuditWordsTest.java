package vn.motcua.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.audit.AuditEntry;
import vn.motcua.dossiers.ActionKind;

/**
 * The audit page names every action the application records in words, in both languages, and shows
 * what changed as rows of before and after in words, never codes or JSON.
 */
class AuditWordsTest {

    private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
    private static final Pattern ACTION = Pattern.compile("[a-z][a-z_-]*(\\.[a-z_-]+)+");

    private final AuditLines lines = new AuditLines(messages(), JsonMapper.builder().build(),
            new vn.motcua.shared.VietnameseFormat(new vn.motcua.shared.MotCuaZone("Asia/Ho_Chi_Minh", java.time.Clock.systemUTC())));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Every action code passed to audit.record( anywhere in src/main/java. */
    static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source, StandardCharsets.UTF_8);
            int at = text.indexOf("audit.record(");
            while (at >= 0) {
                List<String> arguments = arguments(text, at + "audit.record(".length(), 2);
                String action = arguments.get(0).strip();
                List<String> literals = literals(action);
                if (action.startsWith("\"dossier.\" +")) {
                    for (ActionKind kind : ActionKind.values()) {
                        actions.add("dossier." + kind.name().toLowerCase(Locale.ROOT));
                    }
                } else if (literals.isEmpty()) {
                    // A variable: the codes are the file's literals for this kind of record ("submission.refused").
                    String kind = literals(arguments.get(1)).get(0);
                    literals(text).stream().filter(l -> l.startsWith(kind + ".") && ACTION.matcher(l).matches()).forEach(actions::add);
                } else {
                    literals.forEach(actions::add);
                }
                at = text.indexOf("audit.record(", at + 1);
            }
        }
        return actions;
    }

    private static List<String> literals(String code) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The first arguments of a call, split at its top-level commas. */
    private static List<String> arguments(String text, int from, int count) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < text.length() && arguments.size() < count; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    current.append(c).append(text.charAt(++i));
                    continue;
                }
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                arguments.add(current.toString());
                break;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }

    @Test
    void everyRecordedActionHasANameInBothLanguages() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions).as("the scan finds the application's actions").contains("report.values", "dossier.complete",
                "submission.refused", "account.disabled", "petition.answer-amended", "calendar.override.added").hasSizeGreaterThan(90);
        for (String action : actions) {
            assertThat(lines.actionName(action, Locale.forLanguageTag("vi"))).as(action).isNotEqualTo(action);
            assertThat(lines.actionName(action, Locale.ENGLISH)).as(action).isNotEqualTo(action);
        }
        assertThat(lines.actionName("dossier.complete", Locale.forLanguageTag("vi"))).isEqualTo("Hồ sơ: Có kết quả");
        assertThat(lines.actionName("report.values", Locale.forLanguageTag("vi"))).isEqualTo("Nhập số liệu báo cáo");
    }

    private AuditLines.Line line(String action, String entityType, String before, String after) {
        return lines.line(new AuditEntry(1, null, "reporter", action, entityType, "x", "", before, after), Locale.forLanguageTag("vi"));
    }

    @Test
    void aStatusIsShownByItsNameAndNumbersAndDatesAsVietnameseWriteThem() {
        AuditLines.Line line = line("report.approved", "report", "{\"status\":\"SUBMITTED\",\"share\":90.17,\"due\":\"2026-09-20\"}",
                "{\"status\":\"APPROVED\",\"share\":8803,\"due\":\"2026-12-03\",\"overridden\":true}");
        assertThat(line.changes()).containsExactly(new AuditLines.Change("Trạng thái", "Đã gửi", "Đã phê duyệt"),
                new AuditLines.Change("share", "90,17", "8.803"), new AuditLines.Change("due", "20/09/2026", "03/12/2026"),
                new AuditLines.Change("Ghi đè số liệu tính", null, "Có"));
        AuditLines.Line dossier = line("dossier.complete", "dossier", "{\"status\":\"IN_PROGRESS\",\"step\":2}",
                "{\"status\":\"COMPLETED\",\"step\":3}");
        assertThat(dossier.changes()).contains(new AuditLines.Change("Trạng thái", "Đang xử lý", "Có kết quả"));
        assertThat(line("submission.received", "submission", "\"SUBMITTED\"", "\"RECEIVED\"").changes())
                .containsExactly(new AuditLines.Change("Trạng thái", "Đã nộp, chờ tiếp nhận", "Đã tiếp nhận"));
    }

    @Test
    void aListOfRecordsIsShownAsRowsNeverAsJson() {
        AuditLines.Line line = line("report.values", "report",
                "[{\"key\":\"2.1\",\"note\":\"\",\"value\":3.0,\"overridden\":false},{\"key\":\"2.4\",\"note\":\"\",\"value\":1,\"overridden\":false}]",
                "{\"2.1\":2,\"2.4\":1}");
        assertThat(line.changes()).extracting(AuditLines.Change::field).contains("Chỉ tiêu 2.1 › Giá trị");
        assertThat(line.changes()).allSatisfy(c -> {
            assertThat(c.before() == null ? "" : c.before()).doesNotContain("{", "[", "\"");
            assertThat(c.after() == null ? "" : c.after()).doesNotContain("{", "[", "\"");
        });
        AuditLines.Line created = line("task.created", "task", null, "{\"id\":5,\"planId\":3,\"title\":\"Rà soát TTHC\",\"deadline\":\"2026-12-31\"}");
        assertThat(created.changes()).as("database ids tell a reader nothing").containsExactly(
                new AuditLines.Change("Tiêu đề", null, "Rà soát TTHC"), new AuditLines.Change("Hạn", null, "31/12/2026"));
        assertThat(line("task.changed", "task", "{\"standing\":\"OPEN\"}", "{\"standing\":\"ON_TIME\"}").changes())
                .containsExactly(new AuditLines.Change("Tình trạng", "Đang thực hiện, trong hạn", "Hoàn thành đúng hạn"));
        AuditLines.Line tags = line("task.changed", "task", "{\"roles\":[\"CLERK\"]}", "{\"roles\":[\"CLERK\",\"LEADER\"]}");
        assertThat(tags.changes()).hasSize(1);
        assertThat(tags.changes().get(0).after()).doesNotContain("[", "\"");
    }
}
