package vn.motcua.dossiers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;

/** The documents of dossiers, each written with the history action that records it and never changed. */
@Repository
public class DocumentRows {

    /**
     * A document row: its file is kept by id, what the file is comes from the files module; the name it goes
     * by when that is not its file's (an imported document's, whose file stands in for one left in the old system), or null.
     */
    public record DocumentRow(long id, long dossierId, int actionSeq, long fileId, Integer requirement, DocumentKind kind,
            DocumentOrigin origin, Long reusedFrom, String attachedBy, Instant attachedAt, String fileName) {
    }

    /** A document of an earlier dossier, with who filed that dossier: what a reuse must match. */
    public record Earlier(long documentId, long dossierId, long fileId, String applicantIdNumber, String applicantTaxCode) {
    }

    private static final String COLUMNS = "id, dossier_id, action_seq, file_id, requirement, kind, origin, reused_from, attached_by,"
            + " attached_at, file_name";

    private final JdbcClient jdbc;

    DocumentRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long dossierId, int actionSeq, long fileId, Integer requirement, DocumentKind kind, DocumentOrigin origin,
            Long reusedFrom, String attachedBy, Instant attachedAt) {
        return jdbc.sql("insert into dossiers_document (dossier_id, action_seq, file_id, requirement, kind, origin, reused_from,"
                + " attached_by, attached_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(dossierId, actionSeq, fileId, new SqlParameterValue(Types.INTEGER, requirement), kind.name(), origin.name(),
                        new SqlParameterValue(Types.BIGINT, reusedFrom), attachedBy, OffsetDateTime.ofInstant(attachedAt, ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** A dossier's documents in the order they joined it. */
    public List<DocumentRow> of(long dossierId) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_document where dossier_id = ? order by action_seq").param(dossierId)
                .query(DocumentRows::row).list();
    }

    public Optional<DocumentRow> find(long dossierId, long documentId) {
        return jdbc.sql("select " + COLUMNS + " from dossiers_document where dossier_id = ? and id = ?").params(dossierId, documentId)
                .query(DocumentRows::row).optional();
    }

    public boolean holdsFile(long dossierId, long fileId) {
        return jdbc.sql("select count(*) from dossiers_document where dossier_id = ? and file_id = ?").params(dossierId, fileId)
                .query(Long.class).single() > 0;
    }

    /** A document of any dossier, with that dossier's applicant. */
    public Optional<Earlier> earlier(long documentId) {
        return jdbc.sql("""
                select g.id, g.dossier_id, g.file_id, d.applicant_id_number, d.applicant_tax_code
                from dossiers_document g join dossiers_dossier d on d.id = g.dossier_id where g.id = ?""").param(documentId)
                .query((rs, n) -> new Earlier(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    private static DocumentRow row(ResultSet rs, int n) throws SQLException {
        int requirement = rs.getInt("requirement");
        Integer required = rs.wasNull() ? null : requirement;
        long reused = rs.getLong("reused_from");
        Long reusedFrom = rs.wasNull() ? null : reused;
        return new DocumentRow(rs.getLong("id"), rs.getLong("dossier_id"), rs.getInt("action_seq"), rs.getLong("file_id"), required,
                DocumentKind.valueOf(rs.getString("kind")), DocumentOrigin.valueOf(rs.getString("origin")), reusedFrom,
                rs.getString("attached_by"), rs.getObject("attached_at", OffsetDateTime.class).toInstant(), rs.getString("file_name"));
    }
}
