package vn.motcua.dossiers.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A dossier history whose Q1 2024 figures (window 15/12/2023 – 14/03/2024) are those the seed
 * report of Thọ Xuân prints: 8,803 received (4,167 at the counter, 2 by post, 2,515 partly and
 * 2,119 fully online, of which 135 and 256 at district level), 260 and 8,366 resolved on time by
 * channel, 41 land dossiers on time at commune level and 4 construction dossiers at district level,
 * 3,323 results published on the province portal and 260 + 3,645 on the units' websites, and
 * 3 + 53 apology letters — 13 of the commune's for dossiers received before the quarter. Written
 * as the import's NDJSON lines, deterministic. Row 3.4 cannot be reproduced: the seed's 7,341 is
 * more than its parts 3,323 + 3,645 + 260 allow.
 */
public final class SeedQuarter {

    /** The procedures the history uses, by level and field. */
    public record Procedures(String districtGeneral, String districtConstruction, String communeGeneral, String communeLand) {
    }

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 15);
    private static final int DAYS = 86;

    private final String districtAgency;
    private final List<String> communeAgencies;
    private final Procedures procedures;
    private final Random random = new Random(20240314L);
    private final List<String> lines = new ArrayList<>();
    private int sequence;
    private int communeIndex;

    private SeedQuarter(String districtAgency, List<String> communeAgencies, Procedures procedures) {
        this.districtAgency = districtAgency;
        this.communeAgencies = List.copyOf(communeAgencies);
        this.procedures = procedures;
    }

    public static List<String> lines(String districtAgency, List<String> communeAgencies, Procedures procedures) {
        SeedQuarter seed = new SeedQuarter(districtAgency, communeAgencies, procedures);
        seed.district();
        seed.communes();
        return seed.lines;
    }

    private enum Outcome {
        ON_TIME, LATE, LATE_APOLOGIZED, OPEN
    }

    private void district() {
        // Partly online 135: 100 on time (4 of them construction), 35 late with 3 apologies.
        // Fully online 256: 160 on time, 96 late. Every on-time result published on the district's website.
        int construction = 4;
        int apologies = 3;
        for (int i = 0; i < 135; i++) {
            Outcome outcome = i < 100 ? Outcome.ON_TIME : apologies-- > 0 ? Outcome.LATE_APOLOGIZED : Outcome.LATE;
            String procedure = outcome == Outcome.ON_TIME && construction-- > 0 ? procedures.districtConstruction()
                    : procedures.districtGeneral();
            add(districtAgency, procedure, "ONLINE_PARTIAL", outcome, false, outcome == Outcome.ON_TIME, false);
        }
        for (int i = 0; i < 256; i++) {
            Outcome outcome = i < 160 ? Outcome.ON_TIME : Outcome.LATE;
            add(districtAgency, procedures.districtGeneral(), "ONLINE_FULL", outcome, false, outcome == Outcome.ON_TIME, false);
        }
    }

    private void communes() {
        // Received 4,167 / 2 / 2,380 / 1,863; on time 4,159 / 1 / 2,374 / 1,832; 41 land dossiers on time;
        // 40 apologies on late dossiers of the quarter.
        int[] received = { 4167, 2, 2380, 1863 };
        int[] onTime = { 4159, 1, 2374, 1832 };
        String[] channels = { "DIRECT", "POSTAL", "ONLINE_PARTIAL", "ONLINE_FULL" };
        int land = 41;
        int apologies = 40;
        int portal = 3323;
        int website = 3645;
        int resultIndex = 0;
        for (int c = 0; c < channels.length; c++) {
            for (int i = 0; i < received[c]; i++) {
                Outcome outcome;
                if (i < onTime[c]) {
                    outcome = Outcome.ON_TIME;
                } else if (apologies > 0) {
                    outcome = Outcome.LATE_APOLOGIZED;
                    apologies--;
                } else {
                    outcome = Outcome.OPEN;
                }
                String procedure = outcome == Outcome.ON_TIME && c == 0 && land-- > 0 ? procedures.communeLand()
                        : procedures.communeGeneral();
                boolean onPortal = false;
                boolean onWebsite = false;
                if (outcome == Outcome.ON_TIME) {
                    // Results 0..3,322 on the portal, 3,000..6,644 on the website: 323 on both.
                    onPortal = resultIndex < portal;
                    onWebsite = resultIndex >= 3000 && resultIndex < 3000 + website;
                    resultIndex++;
                }
                add(nextCommune(), procedure, channels[c], outcome, onPortal, onWebsite, false);
            }
        }
        // 13 apologies of the quarter for dossiers received before it, still open.
        for (int i = 0; i < 13; i++) {
            add(nextCommune(), procedures.communeGeneral(), "DIRECT", Outcome.LATE_APOLOGIZED, false, false, true);
        }
    }

    private String nextCommune() {
        String agency = communeAgencies.get(communeIndex % communeAgencies.size());
        communeIndex++;
        return agency;
    }

    private void add(String agency, String procedure, String channel, Outcome outcome, boolean portal, boolean website,
            boolean beforeQuarter) {
        sequence++;
        OffsetDateTime received = beforeQuarter
                ? LocalDate.of(2023, 12, 1).atTime(8, 0).atOffset(VIETNAM).plusMinutes(sequence % 200)
                : FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(7, 30).atOffset(VIETNAM).plusMinutes(random.nextInt(420));
        StringBuilder line = new StringBuilder("{\"procedureCode\":\"").append(procedure).append("\",\"agencyCode\":\"")
                .append(agency).append("\",\"channel\":\"").append(channel).append("\",\"applicant\":{\"name\":\"Công dân ")
                .append(sequence).append("\",\"idNumber\":\"0380").append(String.format("%08d", sequence))
                .append("\",\"phone\":\"09").append(String.format("%08d", sequence)).append("\"},\"receivedAt\":\"")
                .append(received).append('"');
        OffsetDateTime due;
        OffsetDateTime completed = null;
        switch (outcome) {
            case ON_TIME -> {
                due = received.plusDays(1);
                completed = received.plusHours(1);
            }
            case LATE, LATE_APOLOGIZED -> {
                due = received.plusHours(1);
                completed = beforeQuarter ? null : received.plusDays(1);
            }
            default -> {
                due = received.plusHours(1);
            }
        }
        line.append(",\"dueAt\":\"").append(due).append('"');
        if (completed != null) {
            line.append(",\"completedAt\":\"").append(completed).append('"');
            line.append(",\"returnedAt\":\"").append(completed.plus(Duration.ofMinutes(30))).append("\",\"returnChannel\":\"")
                    .append(channel.startsWith("ONLINE") ? "ONLINE" : channel.equals("POSTAL") ? "POSTAL" : "DIRECT").append('"');
        }
        if (outcome == Outcome.LATE_APOLOGIZED) {
            OffsetDateTime at = beforeQuarter ? FIRST_DAY.atTime(9, 0).atOffset(VIETNAM).plusDays(sequence % 60)
                    : received.plusMinutes(30);
            line.append(",\"apologies\":[{\"at\":\"").append(at).append("\",\"newDueAt\":\"").append(at.plusDays(5))
                    .append("\",\"reason\":\"Cần xác minh thêm thông tin\"}]");
        }
        if (portal || website) {
            OffsetDateTime at = completed.plusHours(2);
            line.append(",\"published\":[");
            if (portal) {
                line.append("{\"on\":\"PROVINCE_PORTAL\",\"at\":\"").append(at).append("\"}");
            }
            if (website) {
                line.append(portal ? "," : "").append("{\"on\":\"UNIT_WEBSITE\",\"at\":\"").append(at).append("\"}");
            }
            line.append(']');
        }
        lines.add(line.append('}').toString());
    }
}
