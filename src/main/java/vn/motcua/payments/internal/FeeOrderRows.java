package vn.motcua.payments.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.payments.FeeOrder;
import vn.motcua.payments.FeeOrderStatus;

/** The fee orders; a notification locks its order's row, so two copies of it cannot both pay it. */
@Repository
public class FeeOrderRows {

    /** An order as stored, with what the notification checks it against. */
    public record StoredOrder(long id, String reference, String dossierCode, long agencyId, String provinceCode, String merchantCode,
            long amount, String status, long accountId, Instant createdAt, Instant expiresAt, Instant confirmedAt, String transactionNo,
            String bankCode, String receiptNumber, Long receiptFileId) {

        /** As the citizen and the staff see it: a pending order past its time is expired. */
        public FeeOrder view(Instant now) {
            FeeOrderStatus shown = status.equals("PENDING") && !now.isBefore(expiresAt) ? FeeOrderStatus.EXPIRED
                    : FeeOrderStatus.valueOf(status);
            return new FeeOrder(reference, dossierCode, amount, shown, createdAt, expiresAt, confirmedAt, transactionNo, bankCode,
                    receiptNumber, receiptFileId);
        }
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
        return new StoredOrder(rs.getLong("id"), rs.getString("reference"), rs.getString("dossier_code"), rs.getLong("agency_id"),
                rs.getString("province_code"), rs.getString("merchant_code"), rs.getLong("amount"), rs.getString("status"),
                rs.getLong("account_id"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "confirmed_at"),
                rs.getString("transaction_no"), rs.getString("bank_code"), rs.getString("receipt_number"), file);
    }
}
