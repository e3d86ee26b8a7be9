package vn.motcua.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citizens' profiles beside their accounts. */
@Repository
public class CitizenRows {

    /** One stored profile, with the account's name and full name. */
    public record StoredCitizen(long accountId, String username, String fullName, String idNumber, String phone, String email,
            String enterpriseTaxCode, String enterpriseName, String address, Long communeUnitId, Instant confirmedAt) {
    }

    private static final String SELECT = """
            select c.account_id, a.username, a.full_name, c.id_number, c.phone, c.email, c.enterprise_tax_code,
                   c.enterprise_name, c.address, c.commune_unit_id, c.confirmed_at
            from accounts_citizen c join accounts_account a on a.id = c.account_id""";

    private final JdbcClient jdbc;

    CitizenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredCitizen> byAccount(long accountId) {
        return jdbc.sql(SELECT + " where c.account_id = ?").param(accountId).query((rs, n) -> citizen(rs)).optional();
    }

    public Optional<StoredCitizen> byIdNumber(String idNumber) {
        return jdbc.sql(SELECT + " where c.id_number = ?").param(idNumber).query((rs, n) -> citizen(rs)).optional();
    }

    public Optional<StoredCitizen> byEmail(String email) {
        return jdbc.sql(SELECT + " where c.email = ?").param(email).query((rs, n) -> citizen(rs)).optional();
    }

    public void insert(long accountId, String idNumber, String phone, String email, String address, Long communeUnitId,
            Instant confirmedAt) {
        jdbc.sql("""
                insert into accounts_citizen (account_id, id_number, phone, email, address, commune_unit_id, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?)""").params(accountId, idNumber, phone, email, address, communeUnitId, utc(confirmedAt))
                .update();
    }

    /** Confirms the account once; false when it was confirmed already. */
    public boolean confirm(long accountId, Instant at) {
        return jdbc.sql("update accounts_citizen set confirmed_at = ? where account_id = ? and confirmed_at is null")
                .params(utc(at), accountId).update() == 1;
    }

    /** Sets or clears (both null) the enterprise the citizen acts for. */
    public void setEnterprise(long accountId, String taxCode, String name) {
        jdbc.sql("update accounts_citizen set enterprise_tax_code = ?, enterprise_name = ? where account_id = ?")
                .params(taxCode, name, accountId).update();
    }

    private static StoredCitizen citizen(ResultSet rs) throws SQLException {
        long commune = rs.getLong("commune_unit_id");
        Long communeUnitId = rs.wasNull() ? null : commune;
        OffsetDateTime confirmed = rs.getObject("confirmed_at", OffsetDateTime.class);
        return new StoredCitizen(rs.getLong("account_id"), rs.getString("username"), rs.getString("full_name"),
                rs.getString("id_number"), rs.getString("phone"), rs.getString("email"), rs.getString("enterprise_tax_code"),
                rs.getString("enterprise_name"), rs.getString("address"), communeUnitId,
                confirmed == null ? null : confirmed.toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
