package vn.motcua.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.motcua.shared.CurrentUser;

/**
 * Nhật ký thay đổi: records a change in the caller's transaction, so a change and its entry are
 * kept or lost together.
 */
@Service
public class AuditTrail {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param action     what was done, e.g. {@code unit.created}
     * @param entityType the kind of record, e.g. {@code unit}
     * @param entityId   which record
     * @param summary    one line a person can read
     * @param before     the record before the change, or null for a creation
     * @param after      the record after the change, or null for a removal
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, String entityId, String summary, Object before, Object after) {
        jdbc.sql("""
                insert into audit_entry (occurred_at, username, action, entity_type, entity_id, summary, before, after)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb))""")
                .params(OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), currentUser.username(), action,
                        entityType, entityId, truncate(summary), toJson(before), toJson(after))
                .update();
    }

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static String truncate(String summary) {
        return summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
    }
}
