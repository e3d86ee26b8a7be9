package vn.motcua.reports.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.reports.ReportDocument;

/** The report document tables. */
@Repository
public class DocumentStore {

    /** A stored document's header. */
    public record Stored(long id, String templateCode, String period, long unitId, String authority, String number, String place,
            LocalDate issuedOn, String title, String addressee, String signatureRole, String signer, String recipients,
            int version, String signerAccount, String signerAgency) {
    }

    private static final String SELECT = """
            select id, template_code as templateCode, period, unit_id as unitId, authority, number, place, issued_on as issuedOn,
                   title, addressee, signature_role as signatureRole, signer, recipients, version,
                   signer_account as signerAccount, signer_agency as signerAgency from reports_document""";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stored> find(String templateCode, String period, long unitId) {
        return jdbc.sql(SELECT + " where template_code = ? and period = ? and unit_id = ?").params(templateCode, period, unitId)
                .query(Stored.class).optional();
    }

    public List<ReportDocument.Section> sections(long documentId) {
        return jdbc.sql("select heading, body from reports_section where document_id = ? order by position").param(documentId)
                .query(ReportDocument.Section.class).list();
    }

    /** Saves the document; false when someone else saved it since {@code expectedVersion}. */
    public boolean save(String templateCode, String period, long unitId, ReportDocument d, Integer expectedVersion) {
        Optional<Stored> existing = find(templateCode, period, unitId);
        long id;
        if (existing.isEmpty()) {
            id = jdbc.sql("""
                    insert into reports_document (template_code, period, unit_id, authority, number, place, issued_on, title,
                        addressee, signature_role, signer, recipients, signer_account, signer_agency)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(templateCode, period, unitId, d.authority(), d.number(), d.place(), d.issuedOn(), d.title(),
                            d.addressee(), d.signatureRole(), d.signer(), d.recipients(), d.signerAccount(), d.signerAgency())
                    .query(Long.class).single();
        } else {
            id = existing.get().id();
            int updated = jdbc.sql("""
                    update reports_document set authority = ?, number = ?, place = ?, issued_on = ?, title = ?, addressee = ?,
                        signature_role = ?, signer = ?, recipients = ?, signer_account = ?, signer_agency = ?, version = version + 1
                    where id = ? and (cast(? as integer) is null or version = ?)""")
                    .params(d.authority(), d.number(), d.place(), d.issuedOn(), d.title(), d.addressee(), d.signatureRole(),
                            d.signer(), d.recipients(), d.signerAccount(), d.signerAgency(), id, expectedVersion, expectedVersion)
                    .update();
            if (updated == 0) {
                return false;
            }
            jdbc.sql("delete from reports_section where document_id = ?").param(id).update();
        }
        int position = 0;
        for (ReportDocument.Section section : d.sections()) {
            jdbc.sql("insert into reports_section (document_id, position, heading, body) values (?, ?, ?, ?)")
                    .params(id, position++, section.heading(), section.body()).update();
        }
        return true;
    }

    /** Keeps the narrative's own figures with the document, in place of any kept before. */
    public void keepFigures(long documentId, java.util.Map<String, java.math.BigDecimal> figures) {
        jdbc.sql("delete from reports_document_figure where document_id = ?").param(documentId).update();
        figures.forEach((key, value) -> jdbc.sql("insert into reports_document_figure (document_id, figure_key, value) values (?, ?, ?)")
                .params(documentId, key, value).update());
    }

    /** The narrative's own figures kept with the document when its report went up; empty when none were kept. */
    public Optional<java.util.Map<String, java.math.BigDecimal>> keptFigures(long documentId) {
        java.util.Map<String, java.math.BigDecimal> figures = new java.util.HashMap<>();
        jdbc.sql("select figure_key, value from reports_document_figure where document_id = ?").param(documentId)
                .query((rs, n) -> figures.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures);
    }

    public Optional<byte[]> docxTemplate(long unitId) {
        return jdbc.sql("select content from reports_docx_template where unit_id = ?").param(unitId).query(byte[].class).optional();
    }

    public void saveDocxTemplate(long unitId, byte[] content, String username, java.time.Instant now) {
        jdbc.sql("""
                insert into reports_docx_template (unit_id, content, uploaded_by, uploaded_at) values (?, ?, ?, ?)
                on conflict (unit_id) do update set content = excluded.content, uploaded_by = excluded.uploaded_by,
                    uploaded_at = excluded.uploaded_at""")
                .params(unitId, content, username, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC)).update();
    }

    public boolean removeDocxTemplate(long unitId) {
        return jdbc.sql("delete from reports_docx_template where unit_id = ?").param(unitId).update() == 1;
    }
}
