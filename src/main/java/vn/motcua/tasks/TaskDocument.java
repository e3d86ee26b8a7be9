package vn.motcua.tasks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Văn bản: a plan, decision, official letter, directive or report of a unit, in one of the seven
 * fields of reform; the footnote the report cites is made from it.
 */
public record TaskDocument(long id, String unitCode, String number, LocalDate issuedOn, String issuer, Kind kind, String title,
        ReformField reformField, Integer planYear, boolean directive, String fileName) {

    /** Loại văn bản. */
    public enum Kind {
        PLAN("Kế hoạch"), DECISION("Quyết định"), OFFICIAL_LETTER("Công văn"), DIRECTIVE("Chỉ thị"), REPORT("Báo cáo");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The seven fields of administrative reform the report is organised by. */
    public enum ReformField {
        DIRECTION, INSTITUTIONS, PROCEDURES, ORGANISATION, CIVIL_SERVICE, PUBLIC_FINANCE, E_GOVERNMENT
    }

    /** As the report's footnote cites it: Kế hoạch 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ Xuân về … */
    public String citation() {
        return kind.label() + " " + number + " ngày " + issuedOn.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " của " + issuer
                + " " + title;
    }
}
