package vn.motcua.dossiers.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.motcua.procedures.ProcedureCatalog;
import vn.motcua.procedures.ProcedureVersion;
import vn.motcua.shared.NotFoundException;

/**
 * The procedure versions dossiers were received under. A version never changes once written, so
 * each is read once per instance and kept.
 */
@Component
public class ProcedureVersions {

    private final ProcedureCatalog catalog;
    private final Map<Long, ProcedureVersion> versions = new ConcurrentHashMap<>();

    ProcedureVersions(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    public ProcedureVersion get(long id) {
        ProcedureVersion known = versions.get(id);
        if (known != null) {
            return known;
        }
        ProcedureVersion read = catalog.version(id)
                .orElseThrow(() -> new NotFoundException("procedures.not-found", String.valueOf(id)));
        versions.put(id, read);
        return read;
    }

    /** A version just read from the catalogue, kept so that the next dossier under it does not read it again. */
    public void keep(ProcedureVersion version) {
        versions.putIfAbsent(version.id(), version);
    }
}
