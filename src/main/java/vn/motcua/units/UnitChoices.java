package vn.motcua.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.shared.CurrentUser;
import vn.motcua.shared.MotCuaUser;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;
import vn.motcua.shared.Period;
import vn.motcua.shared.ReportingPeriods;
import vn.motcua.shared.VietnameseFormat;

/**
 * The units a page offers the signed-in account: those it reaches that existed on the day a page's
 * window ends — today's units first, in the order of the tree, then the former ones apart, each
 * with its dates and the unit that carries it on — and the unit a page opens on.
 */
@Service
public class UnitChoices {

    /** A unit offered: code, name, level, validity, and for a former unit the name of its successor. */
    public record UnitChoice(String code, String name, UnitLevel level, LocalDate validFrom, LocalDate validTo, String successorName) {
    }

    /** The units offered for a day: those still in force today, and the former ones. */
    public record Offered(List<UnitChoice> current, List<UnitChoice> former) {

        public boolean offers(String code) {
            return current.stream().anyMatch(u -> u.code().equals(code)) || former.stream().anyMatch(u -> u.code().equals(code));
        }

        public boolean isEmpty() {
            return current.isEmpty() && former.isEmpty();
        }

        public Optional<UnitChoice> first() {
            return current.isEmpty() ? former.stream().findFirst() : current.stream().findFirst();
        }
    }

    /**
     * What a page of figures over a window shows: the unit, the window [from, to] (inclusive), the units
     * offered for it, and — when the unit asked did not exist at the window's end — that unit, so the
     * page can say why it shows another.
     */
    public record WindowChoice(Unit unit, LocalDate from, LocalDate to, Offered offered, Unit notInWindow) {
    }

    private final UnitDirectory units;
    private final PublicRegister register;
    private final CurrentUser currentUser;
    private final ReportingPeriods periods;
    private final MotCuaZone zone;
    private final VietnameseFormat format;

    UnitChoices(UnitDirectory units, PublicRegister register, CurrentUser currentUser, ReportingPeriods periods, MotCuaZone zone, VietnameseFormat format) {
        this.format = format;
        this.units = units;
        this.register = register;
        this.currentUser = currentUser;
        this.periods = periods;
        this.zone = zone;
    }

    /** The units the caller reaches that existed on the day. */
    @Transactional(readOnly = true)
    public Offered on(LocalDate day) {
        LocalDate today = zone.today();
        Map<Long, String> successors = successorNames();
        List<UnitChoice> current = new ArrayList<>();
        List<UnitChoice> former = new ArrayList<>();
        for (Unit unit : units.unitsOn(day)) {
            UnitChoice choice = new UnitChoice(unit.code(), unit.name(), unit.level(), unit.validFrom(), unit.validTo(),
                    successors.get(unit.id()));
            (unit.validOn(today) ? current : former).add(choice);
        }
        return new Offered(current, former);
    }

    /**
     * The unit a page opens on: the caller's own unit as it is today — the unit that carries it on when
     * it has ended and the caller reaches that one — or the first unit the caller reaches today.
     */
    @Transactional(readOnly = true)
    public Optional<Unit> home() {
        LocalDate today = zone.today();
        MotCuaUser user = currentUser.require();
        Optional<Unit> own = user.unitId() == null ? Optional.empty() : units.byId(user.unitId());
        if (own.isPresent() && !own.get().validOn(today)) {
            Optional<Unit> successor = units.successions().stream().filter(s -> s.predecessor().id() == own.get().id())
                    .map(Succession::successor).filter(s -> s.validOn(today)).findFirst()
                    .flatMap(s -> units.byId(s.id()));
            if (successor.isPresent()) {
                return successor;
            }
        }
        return own.or(() -> units.unitsOn(today).stream().findFirst());
    }

    /**
     * The unit and window a page of figures opens on: those asked, or the account's unit as it is today
     * and the standard window of the latest period that has ended while it existed. A unit asked that did
     * not exist at the end of the window asked gives way to the account's own (or the first offered).
     */
    @Transactional(readOnly = true)
    public WindowChoice window(String unitCode, LocalDate from, LocalDate to) {
        boolean asked = unitCode != null && !unitCode.isBlank();
        Optional<Unit> unit = asked ? find(unitCode.trim(), to).or(() -> find(unitCode.trim(), null)) : home();
        LocalDate end = to;
        LocalDate start = from;
        if (end == null || start == null) {
            Period period = unit.map(this::latestPeriod).orElse(periods.latestEnded());
            end = end != null ? end : period.windowEnd().minusDays(1);
            start = start != null ? start : period.windowStart();
        }
        Offered offered = on(end);
        LocalDate lastDay = end;
        Unit notInWindow = null;
        if (unit.isPresent() && !unit.get().validOn(lastDay)) {
            notInWindow = unit.get();
            unit = home().filter(u -> u.validOn(lastDay));
        }
        if (unit.isEmpty() && !offered.isEmpty()) {
            String first = offered.first().orElseThrow().code();
            unit = units.find(first, end);
        }
        return new WindowChoice(unit.orElse(null), start, end, offered, notInWindow);
    }

    /**
     * The unit and window of a page of figures that, like a report, knows a former unit only while it existed: a
     * unit asked for a window ending after the unit ended is a 404 naming the day it ended, who carries it on, and
     * its last period — never the figures of another unit shown in its place. Otherwise as {@link #window}.
     */
    @Transactional(readOnly = true)
    public WindowChoice windowWhileExisting(String unitCode, LocalDate from, LocalDate to) {
        WindowChoice choice = window(unitCode, from, to);
        Unit asked = choice.notInWindow();
        if (asked != null && asked.validTo() != null && asked.validTo().isBefore(choice.to())) {
            Optional<String> successor = carriedOnBy(asked);
            throw new NotFoundException(successor.isPresent() ? "choice.window.ended.successor" : "choice.window.ended", asked.name(),
                    format.date(asked.validTo()), successor.orElse(""), format.date(choice.to()), periods.label(latestPeriod(asked)));
        }
        return choice;
    }

    /**
     * The periods a window page's chooser offers for its unit: as {@link #periodsOf} for a unit, every period
     * when the page has no unit.
     */
    public List<ReportingPeriods.Choice> periodsOf(WindowChoice choice) {
        return choice.unit() == null ? periods.choices() : periodsOf(choice.unit());
    }

    /** The unit a code names for a window ending on the day, or, with no day, the one it names today or last named. */
    @Transactional(readOnly = true)
    public Optional<Unit> find(String code, LocalDate day) {
        if (day != null) {
            return units.find(code, day);
        }
        return units.find(code, zone.today())
                .or(() -> units.allUnits().stream().filter(u -> u.code().equals(code)).reduce((first, last) -> last));
    }

    /**
     * The period a page opens on for the unit: the latest whose window has ended while the unit existed,
     * or the running one for a unit younger than that.
     */
    public Period latestPeriod(Unit unit) {
        LocalDate today = zone.today();
        LocalDate until = unit.validTo() == null || unit.validTo().isAfter(today) ? today : unit.validTo().plusDays(1);
        Period period = periods.latestEndedBy(until);
        return existedIn(unit, period) ? period : periods.latestEndedBy(today).next();
    }

    /**
     * The periods a chooser offers for the unit: those at whose window's end it existed, as its reports and
     * figures know it — a former unit only the periods before it ended, a new one only those since it began.
     */
    public List<ReportingPeriods.Choice> periodsOf(Unit unit) {
        return periods.choices().stream().filter(c -> unit.validOn(c.to().minusDays(1))).toList();
    }

    /**
     * Who carries on a former unit: its recorded successor, else the unit above it the day after it ended
     * (a district dissolved on 01/07/2025 leaves its communes to the province); empty for a unit in force.
     */
    @Transactional(readOnly = true)
    public Optional<String> carriedOnBy(Unit unit) {
        if (unit.validTo() == null) {
            return Optional.empty();
        }
        // From the public register: named whatever the caller's scope, as a commune's report names its province.
        return register.carriedOnBy(unit.id(), unit.validTo().plusDays(1)).map(Unit::name);
    }

    /** Whether the unit existed at the end of the period's window: reports and figures of the period know it. */
    public static boolean existedIn(Unit unit, Period period) {
        return unit.validOn(period.windowEnd().minusDays(1));
    }

    private Map<Long, String> successorNames() {
        Map<Long, String> names = new HashMap<>();
        units.successions().forEach(s -> names.put(s.predecessor().id(), s.successor().name()));
        return names;
    }
}
