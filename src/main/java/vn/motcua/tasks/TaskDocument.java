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

        /**
         * The kind a number's ký hiệu names (Nghị định 30/2020/NĐ-CP, Phụ lục III): "320/KH-UBND" a plan, "58/2025/QĐ-UBND" a
         * decision, "15/BC-UBND" a report, "01/CT-UBND" a directive; an official letter carries no kind's abbreviation
         * ("4072/UBND-NV"), so a number naming none is one. Empty when the number names a kind this register does not keep.
         */
        public static java.util.Optional<Kind> named(String number) {
            String text = number == null ? "" : number.strip();
            int slash = text.lastIndexOf('/');
            if (slash < 0) {
                return java.util.Optional.empty();
            }
            String sign = text.substring(slash + 1);
            int dash = sign.indexOf('-');
            String abbreviation = (dash < 0 ? sign : sign.substring(0, dash)).toUpperCase(java.util.Locale.ROOT).replace('Đ', 'D');
            return switch (abbreviation) {
                case "KH" -> java.util.Optional.of(PLAN);
                case "QD" -> java.util.Optional.of(DECISION);
                case "BC" -> java.util.Optional.of(REPORT);
                case "CT" -> java.util.Optional.of(DIRECTIVE);
                case "TB", "TTR", "NQ", "QC", "HD", "CTR", "TT", "KL" -> java.util.Optional.empty();
                default -> dash < 0 ? java.util.Optional.empty() : java.util.Optional.of(OFFICIAL_LETTER);
            };
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
