package vn.motcua.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.dossiers.Applicant;
import vn.motcua.payments.FeeOrder;
import vn.motcua.payments.FeeOrderStatus;

/** The fee orders; a notification locks its order's row, so two copies of it cannot both pay it. */
@Repository
public class FeeOrderRows {

    /**
     * An order as stored, with what the notification checks it against. An order for a submission names
     * it, and the dossier only once the desk received it; {@code payer} is then what its receipt states.
     */
    public record StoredOrder(long id, String reference, String dossierCode, long agencyId, String provinceCode, String merchantCode,
            long amount, String status, long accountId, Instant createdAt, Instant expiresAt, Instant confirmedAt, String transactionNo,
            String bankCode, String receiptNumber, Long receiptFileId, Long submissionId, Payer payer) {

        /** As the citizen and the staff see it: a pending order past its time is expired. */
        public FeeOrder view(Instant now) {
            FeeOrderStatus shown = status.equals("PENDING") && !now.isBefore(expiresAt) ? FeeOrderStatus.EXPIRED
                    : FeeOrderStatus.valueOf(status);
            return new FeeOrder(reference, dossierCode, submissionId, amount, shown, createdAt, expiresAt, confirmedAt, transactionNo,
                    bankCode, receiptNumber, receiptFileId);
        }
    }

    /** Who pays a submission's fee, for what and to whom, as its receipt states them before any dossier exists. */
    public record Payer(Applicant applicant, String procedureCode, String procedureName, String agencyName) {
    }

    private final JdbcClient jdbc;

    FeeOrderRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long nextId() {
        return jdbc.sql("select nextval('payments_fee_order_id_seq')").query(Long.class).single();
    }

    public void insert(long id, String reference, String dossierCode, long agencyId, String provinceCode, String merchantCode,
            long amount, long accountId, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                insert into payments_fee_order (id, reference, dossier_code, agency_id, province_code, merchant_code, amount, status,
                    account_id, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
                .params(id, reference, dossierCode, agencyId, provinceCode, merchantCode, amount, accountId, utc(createdAt), utc(expiresAt))
                .update();
    }

    public void insertForSubmission(long id, String reference, long submissionId, long agencyId, String provinceCode,
            String merchantCode, long amount, long accountId, Instant createdAt, Instant expiresAt, Payer payer) {
        Applicant a = payer.applicant();
        jdbc.sql("""
                insert into payments_fee_order (id, reference, submission_id, agency_id, province_code, merchant_code, amount, status,
                    account_id, created_at, expires_at, payer_name, payer_address, payer_email, payer_phone, procedure_code,
                    procedure_name, agency_name)
                values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, reference, submissionId, agencyId, provinceCode, merchantCode, amount, accountId, utc(createdAt),
                        utc(expiresAt), a.name(), a.address(), a.email(), a.phone(), payer.procedureCode(), payer.procedureName(),
                        payer.agencyName())
                .update();
    }

    public List<StoredOrder> ofSubmission(long submissionId) {
        return jdbc.sql("select * from payments_fee_order where submission_id = ? order by created_at desc, id desc").param(submissionId)
                .query(FeeOrderRows::order).list();
    }

    /** The submission's orders, locked: the desk receiving it and a notification for one of them queue on them. */
    public List<StoredOrder> lockOfSubmission(long submissionId) {
        return jdbc.sql("select * from payments_fee_order where submission_id = ? order by id for update").param(submissionId)
                .query(FeeOrderRows::order).list();
    }

    /** Of these submissions, those with a paid order. */
    public List<Long> paidSubmissions(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct submission_id from payments_fee_order where status = 'PAID' and submission_id = any(?)")
                .param(submissionIds.toArray(Long[]::new)).query(Long.class).list();
    }

    /** The dossier the submission became now holds its orders. */
    public void dossierOf(long orderId, String dossierCode) {
        jdbc.sql("update payments_fee_order set dossier_code = ? where id = ?").params(dossierCode, orderId).update();
    }

    public Optional<StoredOrder> find(String reference) {
        return jdbc.sql("select * from payments_fee_order where reference = ?").param(reference).query(FeeOrderRows::order).optional();
    }

    public Optional<StoredOrder> lock(String reference) {
        return jdbc.sql("select * from payments_fee_order where reference = ? for update").param(reference).query(FeeOrderRows::order)
                .optional();
    }

    public List<StoredOrder> ofDossier(String dossierCode) {
        return jdbc.sql("select * from payments_fee_order where dossier_code = ? order by created_at desc, id desc").param(dossierCode)
                .query(FeeOrderRows::order).list();
    }

    public void paid(long id, Instant at, String transactionNo, String bankCode, String responseCode, String receiptNumber) {
        jdbc.sql("""
                update payments_fee_order set status = 'PAID', confirmed_at = ?, transaction_no = ?, bank_code = ?, response_code = ?,
                    receipt_number = ? where id = ?""")
                .params(utc(at), transactionNo, bankCode, responseCode, receiptNumber, id).update();
    }

    public void receipt(long id, long fileId) {
        jdbc.sql("update payments_fee_order set receipt_file_id = ? where id = ?").params(fileId, id).update();
    }

    public void failed(long id, Instant at, String transactionNo, String responseCode) {
        jdbc.sql("update payments_fee_order set status = 'FAILED', confirmed_at = ?, transaction_no = ?, response_code = ? where id = ?")
                .params(utc(at), transactionNo, responseCode, id).update();
    }

    /** The next receipt number of the year: 2026-000123. */
    public String nextReceiptNumber(int year) {
        long n = jdbc.sql("select nextval('payments_receipt_number')").query(Long.class).single();
        return year + "-" + String.format("%06d", n);
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredOrder order(ResultSet rs, int n) throws SQLException {
        Long file = rs.getObject("receipt_file_id", Long.class);
        Long submission = rs.getObject("submission_id", Long.class);
        Payer payer = rs.getString("payer_name") == null ? null
                : new Payer(new Applicant(rs.getString("payer_name"), null, null, rs.getString("payer_phone"), rs.getString("payer_email"),
                        rs.getString("payer_address")), rs.getString("procedure_code"), rs.getString("procedure_name"),
                        rs.getString("agency_name"));
        return new StoredOrder(rs.getLong("id"), rs.getString("reference"), rs.getString("dossier_code"), rs.getLong("agency_id"),
                rs.getString("province_code"), rs.getString("merchant_code"), rs.getLong("amount"), rs.getString("status"),
                rs.getLong("account_id"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "confirmed_at"),
                rs.getString("transaction_no"), rs.getString("bank_code"), rs.getString("receipt_number"), file,
                submission, payer);
    }
}
