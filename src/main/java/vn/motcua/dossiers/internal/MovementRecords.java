package vn.motcua.dossiers.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dossiers behind a figure: the figure movements of the window themselves, read through the
 * agency's index, with the dossier's channel and field for the filters. What the figure adds up is
 * what this lists.
 */
@Repository
public class MovementRecords {

    private final JdbcClient jdbc;

    MovementRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One dossier code for each movement of the measures in [from, to), by code. */
    public List<String> dossiers(List<String> measures, List<Long> agencyIds, LocalDate from, LocalDate to, Set<String> channels,
            String fieldCode, int limit) {
        return query("select d.code", "order by d.code, m.seq", measures, agencyIds, from, to, channels, fieldCode, limit);
    }

    /** Each dossier with at least one movement of the measures in [from, to) once, by code. */
    public List<String> dossiersWithAny(List<String> measures, List<Long> agencyIds, LocalDate from, LocalDate to,
            Set<String> channels, String fieldCode, int limit) {
        return query("select distinct d.code", "order by d.code", measures, agencyIds, from, to, channels, fieldCode, limit);
    }

    private List<String> query(String select, String order, List<String> measures, List<Long> agencyIds, LocalDate from,
            LocalDate to, Set<String> channels, String fieldCode, int limit) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        var statement = jdbc.sql(select + """
                 from dossiers_movement m join dossiers_dossier d on d.id = m.dossier_id
                where m.agency_id in (:agencies) and m.measure in (:measures) and m.day >= :from and m.day < :to"""
                + (channels == null ? "" : " and d.channel in (:channels)") + (fieldCode == null ? "" : " and d.field_code = :field")
                + " " + order + " limit :limit")
                .param("agencies", agencyIds).param("measures", measures).param("from", from).param("to", to).param("limit", limit);
        if (channels != null) {
            statement = statement.param("channels", new ArrayList<>(channels));
        }
        if (fieldCode != null) {
            statement = statement.param("field", fieldCode);
        }
        return statement.query(String.class).list();
    }
}
