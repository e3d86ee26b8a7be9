package vn.motcua.units.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.shared.TransactionMemo;
import vn.motcua.units.Agency;
import vn.motcua.units.AgencyDesk;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.Unit;
import vn.motcua.units.UnitKind;
import vn.motcua.units.UnitLevel;

/** The units, successions and agencies tables. */
@Repository
public class UnitRows {

    private static final String UNIT_SELECT = """
            select u.id, u.code, u.name, u.level, u.kind, u.parent_id, p.code as parent_code, u.valid_from, u.valid_to
            from units_unit u left join units_unit p on p.id = u.parent_id""";

    private static final String VALID_ON = "(u.valid_from is null or u.valid_from <= ?) and (u.valid_to is null or u.valid_to >= ?)";

    private static final String AGENCY_SELECT = """
            select a.id, a.code, a.name, a.unit_id, u.code as unit_code, u.name as unit_name, a.kind, u.valid_from, u.valid_to
            from units_agency a join units_unit u on u.id = a.unit_id""";

    static final RowMapper<Unit> UNIT = UnitRows::unit;
    static final RowMapper<Agency> AGENCY = (rs, n) -> new Agency(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_code"), rs.getString("unit_name"),
            AgencyKind.valueOf(rs.getString("kind")), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));

    private final JdbcClient jdbc;

    UnitRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitLevel.valueOf(rs.getString("level")),
                UnitKind.valueOf(rs.getString("kind")), rs.wasNull() ? null : parent, rs.getString("parent_code"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class));
    }

    public List<Unit> validOn(LocalDate date) {
        return jdbc.sql(UNIT_SELECT + " where " + VALID_ON + " order by u.level, u.code").params(date, date).query(UNIT).list();
    }

    public List<Unit> all() {
        return TransactionMemo.remember(new MemoKey("all", 0), () -> List.copyOf(jdbc.sql(UNIT_SELECT + " order by u.code, u.valid_from nulls first")
                .query(UNIT).list()));
    }

    /** What a read-only transaction remembers of this table (see TransactionMemo). */
    private record MemoKey(String what, long id) {
    }

    public Optional<Unit> byCodeOn(String code, LocalDate date) {
        return jdbc.sql(UNIT_SELECT + " where u.code = ? and " + VALID_ON).params(code, date, date).query(UNIT).optional();
    }

    public List<Unit> byCode(String code) {
        return jdbc.sql(UNIT_SELECT + " where u.code = ? order by u.valid_from nulls first").param(code).query(UNIT).list();
    }

    public Optional<Unit> byId(long id) {
        return jdbc.sql(UNIT_SELECT + " where u.id = ?").param(id).query(UNIT).optional();
    }

    public long insert(String code, String name, UnitLevel level, UnitKind kind, Long parentId, LocalDate validFrom,
            LocalDate validTo) {
        return jdbc.sql("""
                insert into units_unit (code, name, level, kind, parent_id, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(code, name, level.name(), kind.name(), parentId, validFrom, validTo).query(Long.class).single();
    }

    public void endValidity(long unitId, LocalDate lastDay) {
        jdbc.sql("update units_unit set valid_to = ? where id = ?").params(lastDay, unitId).update();
    }

    /** Serialises changes to one code across instances, so two overlapping units cannot both pass the check. */
    public void lockCode(String code) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('units_unit:' || ?))").param(code).query().singleRow();
    }

    /** Every unit reachable from the given one: down the tree and back through successions. */
    public Set<Long> reachableFrom(long unitId) {
        return TransactionMemo.remember(new MemoKey("reachableFrom", unitId), () -> Set.copyOf(jdbc.sql("""
                with recursive edges(from_id, to_id) as (
                    select parent_id, id from units_unit where parent_id is not null
                    union all
                    select successor_id, predecessor_id from units_succession),
                reach(id) as (
                    select cast(? as bigint)
                    union
                    select e.to_id from edges e join reach r on e.from_id = r.id)
                select id from reach""").param(unitId).query(Long.class).list()));
    }

    public long insertSuccession(long predecessorId, long successorId, LocalDate effectiveOn) {
        return jdbc.sql("""
                insert into units_succession (predecessor_id, successor_id, effective_on) values (?, ?, ?) returning id""")
                .params(predecessorId, successorId, effectiveOn).query(Long.class).single();
    }

    public boolean successionExists(long predecessorId, long successorId) {
        return jdbc.sql("select count(*) from units_succession where predecessor_id = ? and successor_id = ?")
                .params(predecessorId, successorId).query(Long.class).single() > 0;
    }

    /** Rows of (id, predecessor id, successor id, date). */
    public List<long[]> successionIds() {
        return jdbc.sql("select id, predecessor_id, successor_id, effective_on from units_succession order by effective_on, id")
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class).toEpochDay() })
                .list();
    }

    public List<Agency> agencies() {
        return TransactionMemo.remember(new MemoKey("agencies", 0),
                () -> List.copyOf(jdbc.sql(AGENCY_SELECT + " order by u.level, u.code, a.kind, a.code").query(AGENCY).list()));
    }

    public Optional<Agency> agencyByCode(String code) {
        return jdbc.sql(AGENCY_SELECT + " where a.code = ?").param(code).query(AGENCY).optional();
    }

    public Optional<Agency> agencyById(long id) {
        return jdbc.sql(AGENCY_SELECT + " where a.id = ?").param(id).query(AGENCY).optional();
    }

    public Optional<AgencyDesk> desk(long agencyId) {
        return jdbc.sql("select address, hours from units_agency_desk where agency_id = ?").param(agencyId)
                .query((rs, n) -> new AgencyDesk(rs.getString("address"), rs.getString("hours"))).optional();
    }

    public void saveDesk(long agencyId, AgencyDesk desk) {
        jdbc.sql("""
                insert into units_agency_desk (agency_id, address, hours) values (?, ?, ?)
                on conflict (agency_id) do update set address = excluded.address, hours = excluded.hours""")
                .params(agencyId, desk.address(), desk.hours()).update();
    }

    public long insertAgency(String code, String name, long unitId, AgencyKind kind) {
        return jdbc.sql("insert into units_agency (code, name, unit_id, kind) values (?, ?, ?, ?) returning id")
                .params(code, name, unitId, kind.name()).query(Long.class).single();
    }
}
