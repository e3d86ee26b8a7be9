package vn.motcua.procedures;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A procedure over its whole life: its publication and abolition, and every version with the day it
 * took effect. Answers "the procedure as it was on a day" for many days without reading the catalogue
 * again — what an import of years of records needs.
 */
public record ProcedureLife(Procedure procedure, List<ProcedureVersion> versions) {

    public ProcedureLife {
        versions = versions.stream().sorted(Comparator.comparing(ProcedureVersion::effectiveFrom)).toList();
    }

    /**
     * The procedure with the version in force on the day (its first version for a day before any),
     * as {@link ProcedureCatalog#find} gives it; empty when it has no version.
     */
    public Optional<Procedure> on(LocalDate day) {
        if (versions.isEmpty()) {
            return Optional.empty();
        }
        ProcedureVersion inForce = versions.get(0);
        for (ProcedureVersion version : versions) {
            if (!version.effectiveFrom().isAfter(day)) {
                inForce = version;
            }
        }
        Procedure p = procedure;
        return Optional.of(new Procedure(p.code(), p.publishedOn(), p.publishDecision(), p.abolishedOn(), p.abolishDecision(),
                p.replacedBy(), p.lockVersion(), inForce));
    }
}
