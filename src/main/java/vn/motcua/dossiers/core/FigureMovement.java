package vn.motcua.dossiers.core;

import java.time.LocalDate;

import vn.motcua.dossiers.Channel;

/**
 * One count an action adds to the dossier figures: which action of the history caused it
 * ({@code seq}), what it counts, on which day (Vietnam time), for the receiving agency, the dossier's
 * channel and field. Kept with the action that caused it, so a figure and the list of dossiers behind
 * it are the same movements read two ways.
 * {@code since} is set only on a {@link Counted#REPUBLISHED} movement: the day of the dossier's
 * first publication.
 */
public record FigureMovement(int seq, Counted counted, LocalDate day, LocalDate since, long agencyId, Channel channel,
        String fieldCode) {

    /** Whether the per-day counts keep it: all but a later publication, which a window reads from the movements. */
    public boolean daily() {
        return counted != Counted.REPUBLISHED;
    }

    /** What a movement counts, with the measure name the figures keep it under. */
    public enum Counted {
        /** Tiếp nhận. */
        RECEIVED("dossiers.received"),
        /** Có kết quả giải quyết, whatever the timeliness. */
        RESOLVED("dossiers.resolved"),
        RESOLVED_EARLY("dossiers.resolvedEarly"),
        /** Completed on the day it was due, by the due time; on time = early + on the day. */
        RESOLVED_ON_DAY("dossiers.resolvedOnDay"),
        RESOLVED_LATE("dossiers.resolvedLate"),
        /** Phiếu xin lỗi: one for each letter. */
        APOLOGIES("dossiers.apologies"),
        PUBLISHED_PORTAL("dossiers.publishedPortal"),
        PUBLISHED_WEBSITE("dossiers.publishedWebsite"),
        /** The dossier's first publication, wherever it is. */
        PUBLISHED("dossiers.published"),
        /** A later publication on another day than the first: counts the dossier in a window holding only the later one. */
        REPUBLISHED("dossiers.republished"),
        /** Refused, withdrawn or stopped: the dossier leaves the desk without a result. */
        ENDED("dossiers.ended"),
        /** The dossier's first scanned paper of the dossier as filed (số hóa thành phần hồ sơ): once a dossier. */
        DOCUMENTS_DIGITISED("dossiers.documentsDigitised"),
        /** The dossier's first scanned paper of its result (số hóa kết quả): once a dossier. */
        RESULTS_DIGITISED("dossiers.resultsDigitised"),
        /** The dossier's first document taken from an earlier dossier of the same applicant instead of a new copy: once a dossier. */
        DOCUMENTS_REUSED("dossiers.documentsReused"),
        /** Received carrying a fee or charge (phí, lệ phí) under its procedure version: once a dossier, on the day of its receipt. */
        WITH_FEE("dossiers.withFee"),
        /** The dossier's first fee paid online, confirmed by the payment gateway (thanh toán trực tuyến): once a dossier. */
        PAID_ONLINE("dossiers.paidOnline");

        private final String measure;

        Counted(String measure) {
            this.measure = measure;
        }

        public String measure() {
            return measure;
        }
    }
}
