package vn.motcua.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import vn.motcua.shared.MotCuaZone;

/** Searches the audit trail; only administrators may. */
@Service
public class AuditSearch {

    private final JdbcClient jdbc;
    private final MotCuaZone zone;

    AuditSearch(JdbcClient jdbc, MotCuaZone zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(AuditQuery query) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at as occurredAt, username, action, entity_type as entityType, entity_id as entityId, summary,
                       before::text as before, after::text as after
                from audit_entry where true""");
        List<Object> params = new ArrayList<>();
        if (present(query.username())) {
            sql.append(" and username = ?");
            params.add(query.username().trim());
        }
        if (present(query.entityType())) {
            sql.append(" and entity_type = ?");
            params.add(query.entityType().trim());
        }
        if (present(query.text())) {
            sql.append(" and (summary ilike ? or entity_id ilike ? or action ilike ?)");
            String like = "%" + query.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (query.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(startOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(startOf(query.to().plusDays(1)));
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(query.size());
        params.add((long) query.page() * query.size());
        return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
    }

    private java.time.OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay(zone.id()).toOffsetDateTime();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
