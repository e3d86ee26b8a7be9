package vn.motcua.audit;

import java.time.OffsetDateTime;

/** One recorded change. before and after are the JSON of the record, null where it did not exist. */
public record AuditEntry(long id, OffsetDateTime occurredAt, String username, String action, String entityType,
        String entityId, String summary, String before, String after) {
}
