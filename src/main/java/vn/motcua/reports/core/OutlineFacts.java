package vn.motcua.reports.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.motcua.units.UnitLevel;

/**
 * What MotCua knows of a unit's period, as the standard outline writes it: how the unit names itself,
 * the period, the figures at hand (the report's rows by key and the narrative's own figures such as
 * {@code dossiers.resolvedLate}), which rows the template has, and the records behind the sentences —
 * down to the units below with the most late dossiers ({@code mostLate}, the most first) — and the unit's last
 * published reform index ({@code reformIndex}, null when none).
 */
public record OutlineFacts(Voice voice, Span span, Map<String, BigDecimal> figures, Set<String> rows, List<CitedDocument> documents,
        List<Held> inspections, List<String> unresolvedFindings, List<Held> dialogues, List<DueTask> overdueTasks,
        List<DueTask> nextTasks, List<Place> mostLate, Opening opening, PublishedIndex reformIndex) {

    /** The facts without a published reform index of the unit. */
    public OutlineFacts(Voice voice, Span span, Map<String, BigDecimal> figures, Set<String> rows, List<CitedDocument> documents,
            List<Held> inspections, List<String> unresolvedFindings, List<Held> dialogues, List<DueTask> overdueTasks,
            List<DueTask> nextTasks, List<Place> mostLate, Opening opening) {
        this(voice, span, figures, rows, documents, inspections, unresolvedFindings, dialogues, overdueTasks, nextTasks, mostLate, opening, null);
    }

    /**
     * The unit's last reform index (Chỉ số CCHC) published before the report's year, as section II.8 cites it:
     * the unit as a sentence names it ("huyện Thọ Xuân"), the score, the class as the province words it
     * ("hoàn thành xuất sắc nhiệm vụ"), the place among the units of its kind and how many were ranked.
     */
    public record PublishedIndex(int year, String unit, BigDecimal score, String classification, int rank, int ranked) {
    }


    /**
     * What the opening paragraph says: who reports ("UBND huyện Thọ Xuân"), on what ("tình hình, kết quả thực hiện
     * cải cách hành chính, … quý I, nhiệm vụ trọng tâm quý II năm 2024"), and the document it reports under — the
     * unit's reform plan of the year as it is cited ("Kế hoạch số 268/KH-UBND ngày 29/12/2023 của UBND huyện Thọ
     * Xuân về thực hiện cải cách hành chính năm 2024"), null when the register holds none.
     */
    public record Opening(String issuer, String subject, String basis) {
    }

    /**
     * How the report speaks of its unit: by its kind ("UBND huyện", "toàn xã"), never by a tier it is not;
     * {@code upperKey} is the breakdown the template keeps for the tier above the communes ("district" in the
     * three-tier template, "province" in the two-tier one), null when it keeps none.
     */
    public record Voice(String kind, UnitLevel level, String upperKey) {

        public boolean commune() {
            return level == UnitLevel.COMMUNE;
        }

        /** The People's Committee as a sentence's subject: "UBND huyện". */
        public String self() {
            return "UBND " + kind;
        }

        public String chairman() {
            return "Chủ tịch UBND " + kind;
        }

        /** The tier above the communes as the appendix names it: "cấp huyện", "cấp tỉnh" (the unit's own when the template keeps none). */
        public String upperTier() {
            if ("province".equals(upperKey) || upperKey == null && level == UnitLevel.PROVINCE) {
                return "cấp tỉnh";
            }
            return "district".equals(upperKey) || level == UnitLevel.DISTRICT ? "cấp huyện" : "cấp trên";
        }
    }

    /** The period as a sentence names it ("quý I năm 2024"), the one after it, its year, and whether it opens the year. */
    public record Span(String phrase, String nextPhrase, int year, boolean opensYear) {
    }

    /**
     * A document of the unit: its kind and title for the running text ("Kế hoạch về thực hiện cải cách hành
     * chính năm 2024"), its citation for a footnote, its field of reform, whether the unit issued it as
     * direction (or only implements it), whether the chairman signed it.
     */
    public record CitedDocument(String kind, String title, String citation, String field, boolean directive, boolean byChairman) {
    }

    /** An inspection or a dialogue: what, when, and a detail ("120 người tham dự"), empty when none. */
    public record Held(String title, LocalDate on, String detail) {
    }

    /** A task with the agency that owns it and its deadline. */
    public record DueTask(String title, String owner, LocalDate deadline) {
    }

    /** A unit below as a sentence names it ("xã Xuân Hồng") and the key of its figure ({@code dossiers.resolvedLate.15493}). */
    public record Place(String name, String figure) {
    }

    /** The figure at generation time; null when the report does not have it. */
    public BigDecimal figure(String key) {
        return figures.get(key);
    }

    /** Whether the figure is there and above zero: the test for writing a sentence only about what happened. */
    public boolean positive(String key) {
        BigDecimal value = figures.get(key);
        return value != null && value.signum() > 0;
    }

    public boolean known(String key) {
        return figures.get(key) != null;
    }
}
