package vn.motcua.procedures;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.procedures.internal.ProcedureRows;
import vn.motcua.shared.MotCuaZone;
import vn.motcua.shared.NotFoundException;

/** Reads the catalogue as it was on any date: for the counter, the public page, dossiers and reports. */
@Service
public class ProcedureCatalog {

    private final ProcedureRows rows;
    private final MotCuaZone zone;

    ProcedureCatalog(ProcedureRows rows, MotCuaZone zone) {
        this.rows = rows;
        this.zone = zone;
    }

    @Transactional(readOnly = true)
    public List<Procedure> search(ProcedureSearch search) {
        LocalDate on = search.on() == null ? zone.today() : search.on();
        String text = search.text() == null || search.text().isBlank() ? null : folded(search.text());
        return rows.asOf(on).stream()
                .filter(p -> search.includeAbolished() ? !p.publishedOn().isAfter(on) : p.inForceOn(on))
                .filter(p -> text == null || folded(p.code() + " " + p.content().name()).contains(text))
                .filter(p -> search.fieldCode() == null || search.fieldCode().isBlank()
                        || p.content().fieldCode().equals(search.fieldCode()))
                .filter(p -> search.level() == null || p.content().level() == search.level())
                .filter(p -> search.onlineKind() == null || p.content().onlineKind() == search.onlineKind())
                .filter(p -> search.oneStop() == null || p.content().oneStop() == search.oneStop())
                .filter(p -> search.interAgency() == null || p.content().interAgency() == search.interAgency())
                .sorted(Comparator.comparing((Procedure p) -> p.content().fieldName()).thenComparing(p -> p.content().name()))
                .toList();
    }

    /** The procedure with the version in force on the date (today when null), abolished or not. */
    @Transactional(readOnly = true)
    public Optional<Procedure> find(String code, LocalDate on) {
        return rows.byCode(code, on == null ? zone.today() : on);
    }

    @Transactional(readOnly = true)
    public Procedure require(String code, LocalDate on) {
        return find(code, on).orElseThrow(() -> new NotFoundException("procedures.not-found", code));
    }

    /** A procedure's whole life — publication, abolition and every version — read once for many days. */
    @Transactional(readOnly = true)
    public Optional<ProcedureLife> life(String code) {
        return rows.byCode(code, zone.today()).map(procedure -> new ProcedureLife(procedure, rows.versions(code)));
    }

    /** Every version of a procedure, oldest first. */
    @Transactional(readOnly = true)
    public List<ProcedureVersion> history(String code) {
        List<ProcedureVersion> versions = rows.versions(code);
        if (versions.isEmpty()) {
            throw new NotFoundException("procedures.not-found", code);
        }
        return versions;
    }

    /** A version by its id: what a dossier was received under. */
    @Transactional(readOnly = true)
    public Optional<ProcedureVersion> version(long versionId) {
        return rows.version(versionId);
    }

    @Transactional(readOnly = true)
    public List<Field> fields() {
        return rows.fields();
    }

    /** Lower case without diacritics, so "dang ky khai sinh" finds "Đăng ký khai sinh". */
    static String folded(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
