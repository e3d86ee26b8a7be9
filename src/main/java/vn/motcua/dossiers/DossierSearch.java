package vn.motcua.dossiers;

import java.time.LocalDate;

/** Filters of a dossier list, each optional; {@code from}/{@code to} bound the receipt date (Vietnam time, inclusive). */
public record DossierSearch(String agencyCode, DossierStatus status, LocalDate from, LocalDate to, String text, int page, int size) {

    public DossierSearch {
        page = Math.max(0, page);
        size = size <= 0 ? 50 : Math.min(size, 500);
    }
}
