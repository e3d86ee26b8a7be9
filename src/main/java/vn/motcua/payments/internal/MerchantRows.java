package vn.motcua.payments.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.payments.Merchant;

/** The provinces' merchant accounts at the gateway, the secret kept apart from what is shown. */
@Repository
public class MerchantRows {

    /** A merchant account with its secret: only for signing and verifying, never for showing. */
    public record Account(String provinceCode, String merchantCode, String secret, String gatewayUrl, String returnUrl) {
    }

    private final JdbcClient jdbc;

    MerchantRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Merchant> all() {
        return jdbc.sql("select * from payments_merchant order by province_code")
                .query((rs, n) -> new Merchant(rs.getString("province_code"), rs.getString("merchant_code"), rs.getString("gateway_url"),
                        rs.getString("return_url"), !rs.getString("secret").isEmpty(),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("updated_by")))
                .list();
    }

    public Optional<Account> ofProvince(String provinceCode) {
        return jdbc.sql("select * from payments_merchant where province_code = ?").param(provinceCode).query(MerchantRows::account)
                .optional();
    }

    public Optional<Account> byMerchantCode(String merchantCode) {
        return jdbc.sql("select * from payments_merchant where merchant_code = ? order by province_code limit 1").param(merchantCode)
                .query(MerchantRows::account).optional();
    }

    /** Sets a province's account; a null secret keeps the stored one. */
    public void save(String provinceCode, String merchantCode, String secret, String gatewayUrl, String returnUrl, Instant at,
            String by) {
        jdbc.sql("""
                insert into payments_merchant (province_code, merchant_code, secret, gateway_url, return_url, updated_at, updated_by)
                values (?, ?, coalesce(?, ''), ?, ?, ?, ?)
                on conflict (province_code) do update set merchant_code = excluded.merchant_code,
                    secret = coalesce(?, payments_merchant.secret), gateway_url = excluded.gateway_url,
                    return_url = excluded.return_url, updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .params(provinceCode, merchantCode, secret, gatewayUrl, returnUrl, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), by, secret)
                .update();
    }

    private static Account account(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Account(rs.getString("province_code"), rs.getString("merchant_code"), rs.getString("secret"),
                rs.getString("gateway_url"), rs.getString("return_url"));
    }
}
