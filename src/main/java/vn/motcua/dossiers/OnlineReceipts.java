package vn.motcua.dossiers;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The dossiers an agency received through an online channel in a period, with what the portal needs to
 * show the submission each came from: the demo links its present history to submissions with it, the
 * portal owning its tables and the dossiers theirs. Whole history, no personal-data reach: the
 * administrator's.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class OnlineReceipts {

    /** An online dossier as received: its code, procedure version, channel, applicant and receipt time. */
    public record Receipt(String code, String procedureCode, long procedureVersionId, long agencyId, Channel channel,
            Applicant applicant, Instant receivedAt) {
    }

    private final JdbcClient jdbc;

    OnlineReceipts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agency's dossiers received online from {@code from} (inclusive) to {@code to} (exclusive), in order of receipt. */
    public List<Receipt> of(long agencyId, Instant from, Instant to) {
        return jdbc.sql("""
                select code, procedure_code, procedure_version_id, agency_id, channel, applicant_name, applicant_id_number,
                    applicant_tax_code, applicant_phone, applicant_email, applicant_address, received_at
                from dossiers_dossier
                where agency_id = ? and channel in ('ONLINE_PARTIAL', 'ONLINE_FULL') and received_at >= ? and received_at < ?
                order by received_at, id""")
                .params(agencyId, OffsetDateTime.ofInstant(from, ZoneOffset.UTC), OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query((rs, n) -> new Receipt(rs.getString("code"), rs.getString("procedure_code"), rs.getLong("procedure_version_id"),
                        rs.getLong("agency_id"), Channel.valueOf(rs.getString("channel")),
                        new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                                rs.getString("applicant_tax_code"), rs.getString("applicant_phone"), rs.getString("applicant_email"),
                                rs.getString("applicant_address")),
                        rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                .list();
    }
}
