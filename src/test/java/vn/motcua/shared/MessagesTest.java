package vn.motcua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Vietnamese first, English second: no message missing in a language, no page text written into a template. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyMessageExistsInBothLanguages() throws IOException {
        Properties vietnamese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vietnamese.stringPropertyNames());
        assertThat(vietnamese.getProperty("sign-in.title")).isEqualTo("Đăng nhập");
    }

    /**
     * Each file says each key once (a second line silently replaces the first: a form's label once read
     * as an error message) and carries no leftover of a merge.
     */
    @Test
    void eachMessageFileDefinesEveryKeyOnceAndHoldsOnlyMessages() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            List<String> lines = Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8);
            List<String> keys = new ArrayList<>();
            for (String line : lines) {
                assertThat(line).as(name).doesNotStartWith("<<<<<<<").doesNotStartWith(">>>>>>>").isNotEqualTo("=======");
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    assertThat(text).as(name + ": a line that is not key=message").matches("[A-Za-z0-9_.{}-]+\\s*=.*");
                    keys.add(text.substring(0, text.indexOf('=')).strip());
                }
            }
            assertThat(keys).as(name + ": keys said twice").doesNotHaveDuplicates();
        }
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Properties vietnamese = load("messages.properties");
        Pattern key = Pattern.compile("#\\{([a-z][\\w.-]+)[}(]");
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = key.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!vietnamese.containsKey(matcher.group(1))) {
                    missing.add(template.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        // Text right after an opening tag must be replaced by th:text (or similar); text after a closing tag is never allowed.
        Pattern afterOpening = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>([^<]*)");
        Pattern afterClosing = Pattern.compile("</[a-zA-Z0-9]+>([^<]*)");
        List<String> hardCoded = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
            Matcher opening = afterOpening.matcher(html);
            while (opening.find()) {
                String text = opening.group(3).trim();
                String attributes = opening.group(2);
                boolean replaced = attributes.matches("(?s).*(th:text|th:utext|th:errors|th:replace|sec:authentication).*");
                if (!text.isEmpty() && text.codePoints().anyMatch(Character::isLetter) && !replaced
                        && !opening.group(1).equals("script") && !opening.group(1).equals("style")) {
                    hardCoded.add(template.getFileName() + ": " + text);
                }
            }
            Matcher closing = afterClosing.matcher(html);
            while (closing.find()) {
                if (closing.group(1).codePoints().anyMatch(Character::isLetter)) {
                    hardCoded.add(template.getFileName() + ": " + closing.group(1).trim());
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    /**
     * An id, a year, a line or a version in a message is a reference, read and typed back as it is: MessageFormat
     * would print the thousandth submission as "1.000" (or "1,000") and the year as "2.026" unless the key says
     * {0,number,#}. Each key below takes a number that names something rather than counts it.
     */
    @Test
    void aReferenceNumberInAMessageHasNoThousandsSeparator() {
        org.springframework.context.support.ResourceBundleMessageSource messages = new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        java.util.Locale vietnamese = java.util.Locale.forLanguageTag("vi");
        assertThat(messages.getMessage("portal.submission.not-found", new Object[] { 1000L }, vietnamese))
                .isEqualTo("Không tìm thấy hồ sơ trực tuyến số 1000.");
        assertThat(messages.getMessage("reformindex.set.not-found", new Object[] { 2026 }, vietnamese))
                .isEqualTo("Chưa có bộ Chỉ số CCHC năm 2026 cho loại đơn vị này.");
        for (java.util.Locale locale : List.of(vietnamese, java.util.Locale.ENGLISH)) {
            for (String key : List.of("notifications.not-found", "feedback.file.not-found", "feedback.dialogue.not-found",
                    "feedback.dialogue.issue-not-found", "investment.project.not-found", "investment.milestone.not-found",
                    "portal.submission.not-found", "portal.document.not-found", "portal.submission.reference", "portal.submission.title",
                    "portal.form.draft", "reformindex.set.not-found", "feedback.answer.amended", "calendar.title")) {
                assertThat(messages.getMessage(key, new Object[] { 12345L }, locale)).as(key + " in " + locale).contains("12345");
            }
            assertThat(messages.getMessage("tasks.import.row", new Object[] { 1200, "B", "x" }, locale)).contains("1200");
            assertThat(messages.getMessage("indicators.workbook.cell", new Object[] { 1200, "2.1", "x", 3 }, locale)).contains("1200");
            assertThat(messages.getMessage("feedback.answer.version", new Object[] { 1200, "08:00", "a" }, locale)).contains("1200");
            assertThat(messages.getMessage("reformindex.unit.not-found", new Object[] { "X", 2026 }, locale)).contains("2026");
        }
    }

    /**
     * Page templates; the printed official documents (the report's print.html, the desk's forms under
     * dossiers/forms/, the payment receipt under payments/forms/) are Vietnamese by law (Decree 30/2020, the one-stop circulars), not user interface.
     */
    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            return files.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals("print.html")
                    && !p.getParent().endsWith(Path.of("dossiers", "forms")) && !p.getParent().endsWith(Path.of("payments", "forms")))
                    .toList();
        }
    }
}
