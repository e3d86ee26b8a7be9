package vn.motcua.dossiers.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.dossiers.ActionKind;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.DossierAction;
import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierSummary;
import vn.motcua.dossiers.core.FigureMovement;

/**
 * Writes a batch of past dossiers with PostgreSQL's COPY: their rows, their actions and their figure
 * movements streamed in the text format, in the caller's transaction. Years of records (and the demo
 * at first start) load several times faster than through batched INSERTs, which PostgreSQL parses
 * and plans row by row; into empty tables faster still, without their secondary indexes
 * ({@link EmptyTableLoad}).
 */
@Component
class PastDossierCopy {

    /** Rows are sent to the server in chunks of about this many bytes. */
    private static final int CHUNK = 1 << 20;

    /** The tables a batch is written to, dossiers first since actions refer to them. */
    private static final List<String> TABLES = List.of("dossiers_dossier", "dossiers_action", "dossiers_movement",
            "dossiers_document");

    private final DataSource dataSource;
    private final JsonMapper json;
    private final EmptyTableLoad emptyTables;
    private final SQLExceptionTranslator translator = new SQLStateSQLExceptionTranslator();

    PastDossierCopy(DataSource dataSource, JsonMapper json, EmptyTableLoad emptyTables) {
        this.dataSource = dataSource;
        this.json = json;
        this.emptyTables = emptyTables;
    }

    /**
     * Writes the batch; answers whether the tables held no row before it, so that they now hold this batch alone. Into empty
     * tables without their keys too: the import has refused repeated codes before it writes, and ids and action numbers are
     * given here, so no row can repeat a key, which is checked once when the key is made again after them.
     */
    boolean write(List<DossierStore.Imported> dossiers) {
        return emptyTables.runWithoutKeys(TABLES, () -> copyAll(dossiers));
    }

    /**
     * Writes a batch's summed day and half-month counts into the count tables, found empty by the caller
     * ({@link DailyFigures#countAll}).
     */
    void figures(List<DailyFigures.Increment> days, List<DailyFigures.Increment> halves) {
        onTransactionConnection("copy the past dossiers' counts", postgres -> {
            copy(postgres, "copy dossiers_daily_figure (agency_id, day, measure, channel, field_code, value) from stdin", days,
                    PastDossierCopy::countLine);
            copy(postgres, "copy dossiers_half_month_figure (agency_id, half_start, measure, channel, field_code, value) from stdin",
                    halves, PastDossierCopy::countLine);
        });
    }

    private static void countLine(DailyFigures.Increment count, StringBuilder line) {
        row(line, count.agencyId(), count.day(), count.measure(), count.channel(), count.fieldCode(), count.value());
    }

    /** COPY statements on the connection of the caller's transaction. */
    private interface Copies {
        void run(PGConnection postgres) throws SQLException;
    }

    private void onTransactionConnection(String task, Copies copies) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copies.run(connection.unwrap(PGConnection.class));
        } catch (SQLException e) {
            throw translator.translate(task, null, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void copyAll(List<DossierStore.Imported> dossiers) {
        onTransactionConnection("copy past dossiers", postgres -> {
            copy(postgres, """
                    copy dossiers_dossier (id, code, agency_id, unit_id, procedure_code, procedure_version_id, field_code, channel,
                        applicant_name, applicant_id_number, applicant_tax_code, applicant_phone, applicant_email, applicant_address,
                        checklist, fee_due, received_at, first_due_at, due_at, status, current_step, assignee, holding_agency_id,
                        completed_at, returned_at, ended_at, timeliness, apologies, paid, version) from stdin""", dossiers,
                    this::dossierLine);
            copy(postgres, "copy dossiers_action (dossier_id, seq, action, at, actor, step, data) from stdin", dossiers,
                    (d, line) -> {
                        for (DossierAction a : d.outcome().appended()) {
                            row(line, d.id(), a.seq(), a.kind().name(), a.at(), a.actor(), a.step(),
                                    a.data().isEmpty() ? "{}" : json.writeValueAsString(a.data()));
                        }
                    });
            copy(postgres, "copy dossiers_movement (dossier_id, seq, measure, day, since, agency_id) from stdin", dossiers,
                    (d, line) -> {
                        for (FigureMovement m : d.outcome().movements()) {
                            row(line, d.id(), m.seq(), m.counted().measure(), m.day(), m.since(), m.agencyId());
                        }
                    });
            copy(postgres, """
                    copy dossiers_document (dossier_id, action_seq, file_id, requirement, kind, origin, attached_by, attached_at,
                        file_name) from stdin""", dossiers, PastDossierCopy::documentLines);
        });
    }

    private void dossierLine(DossierStore.Imported d, StringBuilder line) {
        DossierFacts f = d.facts();
        DossierSummary s = d.outcome().state().summary();
        Applicant a = f.applicant();
        row(line, d.id(), f.code(), f.agencyId(), f.unitId(), f.procedureCode(), f.procedureVersionId(), f.fieldCode(),
                f.channel().name(), a.name(), a.idNumber(), a.taxCode(), a.phone(), a.email(), a.address(),
                json.writeValueAsString(f.checklist()), f.feeDue(), f.receivedAt(), s.firstDueAt(), s.dueAt(), s.status().name(),
                s.step(), s.assignee(), s.holdingAgencyId(), s.completedAt(), s.returnedAt(), s.endedAt(),
                s.timeliness() == null ? null : s.timeliness().name(), s.apologies(), s.paid(), 1);
    }

    /** A row for each document the history attached: what its action says, under the name the old system gave it. */
    private static void documentLines(DossierStore.Imported d, StringBuilder line) {
        for (DossierAction a : d.outcome().appended()) {
            if (a.kind() == ActionKind.ATTACH_DOCUMENT) {
                row(line, d.id(), a.seq(), a.data().get("fileId"), a.data().get("requirement"), a.text("kind"), a.text("origin"),
                        a.actor(), a.at(), a.text("fileName"));
            }
        }
    }

    /** What writes the lines of one item (a dossier, a count) into one table. */
    private interface Lines<T> {
        void of(T item, StringBuilder line);
    }

    private static <T> void copy(PGConnection postgres, String sql, List<T> items, Lines<T> lines) throws SQLException {
        CopyIn copy = postgres.getCopyAPI().copyIn(sql);
        try {
            Chunk chunk = new Chunk();
            for (T item : items) {
                lines.of(item, chunk.text);
                if (chunk.text.length() >= CHUNK) {
                    chunk.send(copy);
                }
            }
            chunk.send(copy);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /**
     * The text of about a megabyte of lines and the buffers it is encoded in, used again for every chunk: encoding through
     * a new string and a new byte array each time cost 180 MB of garbage for the demo's rows, collected while PostgreSQL
     * waited for the next chunk.
     */
    private static final class Chunk {

        final StringBuilder text = new StringBuilder(CHUNK + 4096);
        private char[] chars = new char[CHUNK + 4096];
        private ByteBuffer bytes = ByteBuffer.allocate(3 * (CHUNK + 4096));
        // As String.getBytes does: a lone surrogate becomes '?' rather than failing the import.
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);

        void send(CopyIn copy) throws SQLException {
            int length = text.length();
            if (chars.length < length) {
                // A single line longer than the chunk: a dossier with a very long history or address.
                chars = new char[length];
                bytes = ByteBuffer.allocate(3 * length);
            }
            text.getChars(0, length, chars, 0);
            bytes.clear();
            encoder.reset();
            CharBuffer in = CharBuffer.wrap(chars, 0, length);
            CoderResult result = encoder.encode(in, bytes, true);
            if (result.isOverflow()) {
                throw new IllegalStateException("Three bytes a character cannot overflow");
            }
            encoder.flush(bytes);
            copy.writeToCopy(bytes.array(), 0, bytes.position());
            text.setLength(0);
        }
    }

    /** One line of COPY's text format: a tab between fields, a newline after the last, \N for null, backslash escapes. */
    private static void row(StringBuilder line, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(line, values[i]);
        }
        line.append('\n');
    }

    private static void append(StringBuilder line, Object value) {
        if (value == null) {
            line.append("\\N");
        } else if (value instanceof Long number) {
            line.append(number.longValue());
        } else if (value instanceof Integer number) {
            line.append(number.intValue());
        } else if (value instanceof Instant instant) {
            appendInstant(line, instant);
        } else if (value instanceof LocalDate date) {
            appendDate(line, date);
        } else if (value instanceof Number) {
            line.append(value);
        } else {
            String text = value.toString();
            int escape = firstToEscape(text);
            if (escape < 0) {
                // Nearly every value (names, codes, JSON without line breaks): copied whole rather than character by character.
                line.append(text);
                return;
            }
            line.append(text, 0, escape);
            for (int i = escape; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
    }

    /**
     * An instant as PostgreSQL reads a timestamp with time zone, in UTC ("2024-01-08 09:12:01.5+00"), written digit by digit:
     * the demo writes some 700.000 of them, and formatting each through an OffsetDateTime made most of the import's garbage.
     */
    private static void appendInstant(StringBuilder line, Instant instant) {
        long seconds = instant.getEpochSecond();
        long day = Math.floorDiv(seconds, 86_400L);
        int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        appendDate(line, LocalDate.ofEpochDay(day));
        line.append(' ');
        twoDigits(line, secondOfDay / 3600);
        line.append(':');
        twoDigits(line, secondOfDay / 60 % 60);
        line.append(':');
        twoDigits(line, secondOfDay % 60);
        int nano = instant.getNano();
        if (nano != 0) {
            line.append('.');
            for (int unit = 100_000_000; unit > 0 && nano != 0; unit /= 10) {
                line.append((char) ('0' + nano / unit));
                nano %= unit;
            }
        }
        line.append("+00");
    }

    private static void appendDate(StringBuilder line, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            // Outside four digits ISO's sign and width rules apply; such a date is the exception, not worth the digits.
            line.append(date);
            return;
        }
        line.append(year).append('-');
        twoDigits(line, date.getMonthValue());
        line.append('-');
        twoDigits(line, date.getDayOfMonth());
    }

    private static void twoDigits(StringBuilder line, int value) {
        line.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    /** The position of the first character COPY's text format escapes, or -1. */
    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
