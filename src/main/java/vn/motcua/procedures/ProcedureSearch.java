package vn.motcua.procedures;

import java.time.LocalDate;

import vn.motcua.units.UnitLevel;

/** Filters of a catalogue search; each optional. {@code on} is the date the catalogue is read at (today when null). */
public record ProcedureSearch(String text, String fieldCode, UnitLevel level, OnlineKind onlineKind, Boolean oneStop,
        InterAgency interAgency, LocalDate on, boolean includeAbolished) {

    public static ProcedureSearch all() {
        return new ProcedureSearch(null, null, null, null, null, null, null, false);
    }
}
