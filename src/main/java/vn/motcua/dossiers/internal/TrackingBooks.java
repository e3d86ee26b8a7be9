package vn.motcua.dossiers.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.dossiers.Applicant;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.internal.FormRegimes.FormSpec;
import vn.motcua.shared.InvalidInputException;
import vn.motcua.shared.VietnameseFormat;
import vn.motcua.units.Agency;
import vn.motcua.units.PublicRegister;

/**
 * Sổ theo dõi hồ sơ: an agency's book of the dossiers it received in a window, one line each with the
 * dates the circular's model asks for — received, appointment, handed to the processing agency,
 * result back, returned — read from the records in one query.
 */
@Component
public class TrackingBooks {

    /** At most this many lines in one book; a longer window is split by the user. */
    static final int MAX_ENTRIES = 20_000;

    /** The book of an agency for a window. */
    public record Book(Agency agency, LocalDate from, LocalDate to, List<Entry> entries) {
    }

    /** One line of the book. */
    public record Entry(int number, String code, String procedureName, String applicantName, String applicantContact,
            String processingAgency, Instant receivedAt, Instant dueAt, Instant handedOverAt, Instant resultAt,
            Instant returnedAt, DossierStatus status, String timeliness, int apologies) {

        /** Ghi chú: how it ended, if not simply on time. */
        public String note() {
            return switch (status) {
                case REJECTED -> "Từ chối";
                case WITHDRAWN -> "Đã rút";
                case STOPPED -> "Dừng giải quyết";
                case WAITING_SUPPLEMENT -> "Chờ bổ sung";
                default -> apologies > 0 ? "Quá hạn, đã xin lỗi" : "LATE".equals(timeliness) ? "Quá hạn" : "";
            };
        }
    }

    private final JdbcClient jdbc;
    private final ProcedureVersions versions;
    private final PublicRegister register;
    private final WorkingCalendar calendar;
    private final VietnameseFormat format;

    TrackingBooks(JdbcClient jdbc, ProcedureVersions versions, PublicRegister register, WorkingCalendar calendar,
            VietnameseFormat format) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.register = register;
        this.calendar = calendar;
        this.format = format;
    }

    /** The book; {@code personalData} false masks the applicants as a dossier of another agency is masked. */
    public Book book(Agency agency, LocalDate from, LocalDate to, boolean personalData) {
        ZoneId zone = calendar.zone();
        OffsetDateTime start = from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<Entry> entries = new ArrayList<>();
        Map<Long, String> agencyNames = new HashMap<>();
        // The processing agency may be outside the caller's reach: its public name.
        register.agencies().forEach(a -> agencyNames.put(a.id(), a.name()));
        jdbc.sql("""
                select d.code, d.procedure_version_id, d.applicant_name, d.applicant_address, d.applicant_phone,
                       coalesce(d.holding_agency_id, d.agency_id) as processing_agency_id, d.received_at, d.due_at,
                       (select min(a.at) from dossiers_action a where a.dossier_id = d.id and a.action in ('ASSIGN', 'FORWARD')) as handed_at,
                       d.completed_at, d.returned_at, d.status, d.timeliness, d.apologies
                from dossiers_dossier d
                where d.agency_id = :agency and d.received_at >= :start and d.received_at < :end
                order by d.received_at, d.id
                limit :limit""").param("agency", agency.id()).param("start", start).param("end", end)
                .param("limit", MAX_ENTRIES + 1).query((rs, n) -> {
                    String contact = !personalData ? "" : String.join(", ", java.util.stream.Stream.of(rs.getString("applicant_address"),
                            rs.getString("applicant_phone")).filter(s -> s != null && !s.isBlank()).toList());
                    String name = rs.getString("applicant_name");
                    return new Entry(n + 1, rs.getString("code"), versions.get(rs.getLong("procedure_version_id")).content().name(),
                            personalData ? name : new Applicant(name, null, null, null, null, null).masked().name(), contact,
                            agencyNames.getOrDefault(rs.getLong("processing_agency_id"), ""),
                            instant(rs, "received_at"), instant(rs, "due_at"), instant(rs, "handed_at"), instant(rs, "completed_at"),
                            instant(rs, "returned_at"), DossierStatus.valueOf(rs.getString("status")), rs.getString("timeliness"),
                            rs.getInt("apologies"));
                }).list().forEach(entries::add);
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidInputException("to", "dossiers.book.too-many", format.number(MAX_ENTRIES));
        }
        return new Book(agency, from, to, entries);
    }

    /** The book as a workbook laid out as the circular's model, for offices that keep it in Excel. */
    public byte[] xlsx(Book book, FormSpec spec, String circular) {
        TableWorkbook workbook = new TableWorkbook("Sổ theo dõi");
        workbook.title("Mẫu số " + spec.number() + " (Thông tư " + circular + ")");
        workbook.title(spec.title().toUpperCase(java.util.Locale.forLanguageTag("vi")));
        workbook.title(book.agency().name() + " — từ ngày " + format.date(book.from()) + " đến ngày " + format.date(book.to()));
        workbook.header(List.of("STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức",
                "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ", "Hẹn trả kết quả",
                "Chuyển hồ sơ đến cơ quan giải quyết", "Nhận kết quả từ cơ quan giải quyết", "Trả kết quả", "Ghi chú"));
        for (Entry e : book.entries()) {
            workbook.row(List.of(e.number(), e.code(), e.procedureName(), 1, e.applicantName(), e.applicantContact(),
                    e.processingAgency(), text(e.receivedAt()), text(e.dueAt()), text(e.handedOverAt()), text(e.resultAt()),
                    text(e.returnedAt()), e.note()));
        }
        return workbook.bytes();
    }

    private String text(Instant at) {
        return at == null ? "" : format.dateTime(at);
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
