package vn.motcua.dossiers.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.PastDossier;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;

/**
 * A dossier history whose Q1 2024 figures (window 15/12/2023 – 14/03/2024) are those the seed
 * report of Thọ Xuân prints: 8,803 received (4,167 at the counter, 2 by post, 2,515 partly and
 * 2,119 fully online, of which 135 and 256 at district level), 260 and 8,366 resolved on time by
 * channel, 41 land dossiers on time at commune level and 4 construction dossiers at district level,
 * 3,323 results published on the province portal and 260 + 3,645 on the units' websites, and
 * 3 + 53 apology letters — 13 of the commune's for dossiers received before the quarter. Row 3.4
 * cannot be reproduced: the seed's 7,341 is more than its parts 3,323 + 3,645 + 260 allow.
 *
 * <p>The seed gives the district's totals only; they are shared out over the communes as a real
 * district's are: each commune receives in proportion to its population, the communes slow today
 * (the successor's on-time rate) take the late dossiers, and those fond of the portal today the online
 * ones. Counter and postal receipts fall in office hours of working days, online ones at any hour.
 * Deterministic: the same communes give the same history.
 */
public final class SeedQuarter {

    /** The procedures the history uses, by level and field. */
    public record Procedures(String districtGeneral, String districtConstruction, String communeGeneral, String communeLand) {
    }

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 12, 15);
    private static final int DAYS = 86;
    /** The day after the quarter's window (15/12/2023 – 14/03/2024). */
    private static final LocalDate WINDOW_END = LocalDate.of(2024, 3, 15);

    private final String districtAgency;
    private final List<DemoCommunes.Commune> communes;
    private final Procedures procedures;
    private final ReceiptTimes times;
    private final Random random = new Random(20240314L);
    private final List<PastDossier> dossiers = new ArrayList<>();

    private SeedQuarter(String districtAgency, List<DemoCommunes.Commune> communes, Procedures procedures, ReceiptTimes times) {
        this.districtAgency = districtAgency;
        this.communes = List.copyOf(communes);
        this.procedures = procedures;
        this.times = times;
    }

    public static List<PastDossier> dossiers(String districtAgency, List<DemoCommunes.Commune> communes, Procedures procedures,
            ReceiptTimes times) {
        SeedQuarter seed = new SeedQuarter(districtAgency, communes, procedures, times);
        seed.district();
        seed.communes();
        return seed.dossiers;
    }

    private enum Outcome {
        ON_TIME, LATE, LATE_APOLOGIZED, OPEN
    }

    /** One commune dossier of the quarter before it is given its commune. */
    private record Planned(Channel channel, Outcome outcome, String procedure, boolean portal, boolean website) {
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
            add(districtAgency, anyCommune(), procedure, Channel.ONLINE_PARTIAL, outcome, false, outcome == Outcome.ON_TIME, false);
        }
        for (int i = 0; i < 256; i++) {
            Outcome outcome = i < 160 ? Outcome.ON_TIME : Outcome.LATE;
            add(districtAgency, anyCommune(), procedures.districtGeneral(), Channel.ONLINE_FULL, outcome, false,
                    outcome == Outcome.ON_TIME, false);
        }
    }

    private void communes() {
        // Received 4,167 / 2 / 2,380 / 1,863; on time 4,159 / 1 / 2,374 / 1,832; 41 land dossiers on time;
        // 40 apologies on late dossiers of the quarter.
        int[] received = { 4167, 2, 2380, 1863 };
        int[] onTime = { 4159, 1, 2374, 1832 };
        Channel[] channels = { Channel.DIRECT, Channel.POSTAL, Channel.ONLINE_PARTIAL, Channel.ONLINE_FULL };
        int land = 41;
        int apologies = 40;
        int portal = 3323;
        int website = 3645;
        int resultIndex = 0;
        List<Planned> planned = new ArrayList<>();
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
                planned.add(new Planned(channels[c], outcome, procedure, onPortal, onWebsite));
            }
        }
        DemoCommunes.Commune[] assigned = assign(planned);
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            add(assigned[i].agencyCode(), address(assigned[i]), p.procedure(), p.channel(), p.outcome(), p.portal(), p.website(), false);
        }
        // 13 apologies of the quarter for dossiers received before it, still open: at the slow communes too.
        int[] none = new int[communes.size()];
        java.util.Arrays.fill(none, 1);
        for (int i = 0; i < 13; i++) {
            DemoCommunes.Commune commune = communes.get(pick(none, DemoCommunes.Commune::population, SeedQuarter::slowness, false));
            add(commune.agencyCode(), address(commune), procedures.communeGeneral(), Channel.DIRECT, Outcome.LATE_APOLOGIZED, false,
                    false, true);
        }
    }

    /**
     * Gives each planned dossier its commune: every commune receives its population's share of the
     * quarter, the dossiers that were not on time go first to the communes slow today, and the online
     * ones lean to the communes that use the portal most.
     */
    private DemoCommunes.Commune[] assign(List<Planned> planned) {
        int[] remaining = quotas(planned.size());
        DemoCommunes.Commune[] assigned = new DemoCommunes.Commune[planned.size()];
        for (boolean late : new boolean[] { true, false }) {
            for (int i = 0; i < planned.size(); i++) {
                Planned p = planned.get(i);
                if ((p.outcome() != Outcome.ON_TIME) == late) {
                    boolean online = p.channel() == Channel.ONLINE_PARTIAL || p.channel() == Channel.ONLINE_FULL;
                    int c = pick(remaining, commune -> 1.0, late ? SeedQuarter::slowness : commune -> 1.0, online);
                    remaining[c]--;
                    assigned[i] = communes.get(c);
                }
            }
        }
        return assigned;
    }

    /** The population's share of {@code total} for each commune, the rounding left to the largest remainders. */
    private int[] quotas(int total) {
        long population = communes.stream().mapToLong(DemoCommunes.Commune::population).sum();
        int[] quotas = new int[communes.size()];
        double[] remainders = new double[communes.size()];
        int given = 0;
        for (int c = 0; c < quotas.length; c++) {
            double exact = (double) total * communes.get(c).population() / population;
            quotas[c] = (int) exact;
            remainders[c] = exact - quotas[c];
            given += quotas[c];
        }
        while (given < total) {
            int largest = 0;
            for (int c = 1; c < quotas.length; c++) {
                if (remainders[c] > remainders[largest]) {
                    largest = c;
                }
            }
            quotas[largest]++;
            remainders[largest] = -1;
            given++;
        }
        return quotas;
    }

    /** A commune at random, each weighed by what it has left to take, its size, its slowness and, online, its use of the portal. */
    private int pick(int[] remaining, ToDoubleFunction<DemoCommunes.Commune> size, ToDoubleFunction<DemoCommunes.Commune> slowness,
            boolean online) {
        double[] weights = new double[remaining.length];
        double sum = 0;
        for (int c = 0; c < remaining.length; c++) {
            DemoCommunes.Commune commune = communes.get(c);
            double portal = online ? Math.pow(commune.onlineFactor(), 3) : 1;
            weights[c] = remaining[c] * size.applyAsDouble(commune) * slowness.applyAsDouble(commune) * portal;
            sum += weights[c];
        }
        double draw = random.nextDouble() * sum;
        for (int c = 0; c < weights.length; c++) {
            draw -= weights[c];
            if (draw < 0 && weights[c] > 0) {
                return c;
            }
        }
        for (int c = weights.length - 1; c >= 0; c--) {
            if (weights[c] > 0) {
                return c;
            }
        }
        throw new IllegalStateException("No commune left to take a dossier");
    }

    /** How much more than the others a commune is late: the share of dossiers its successor is late with today. */
    private static double slowness(DemoCommunes.Commune commune) {
        return Math.max(0.05, 100 - commune.onTimePercent());
    }

    /** Where an applicant to the district lives: any of its communes. */
    private String anyCommune() {
        return address(communes.get(random.nextInt(communes.size())));
    }

    private static String address(DemoCommunes.Commune commune) {
        return commune.name().substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + commune.name().substring(1)
                + ", huyện Thọ Xuân, tỉnh Thanh Hóa";
    }

    /**
     * When a dossier still open at the end of the quarter's window was finished, late: on a working day of the
     * weeks after it (spring 2024), so the quarter's figures stay the seed's and nothing of 2024 is left open
     * to sit on the successor commune's overdue lists after the communes were merged on 01/07/2025.
     */
    private Instant afterTheQuarter() {
        LocalDate day = WINDOW_END.plusDays(3 + dossiers.size() % 40);
        while (!times.deskOpen(day)) {
            day = day.plusDays(1);
        }
        // No draw from the random source: the quarter's dossiers stay exactly as they were.
        return day.atTime(9, 0).atOffset(VIETNAM).plusMinutes(dossiers.size() % 120).toInstant();
    }

    private void add(String agency, String place, String procedure, Channel channel, Outcome outcome, boolean portal,
            boolean website, boolean beforeQuarter) {
        Instant received;
        if (beforeQuarter) {
            received = LocalDate.of(2023, 12, 1).atTime(8, 0).atOffset(VIETNAM).plusMinutes(dossiers.size() % 200).toInstant();
        } else if (channel == Channel.DIRECT || channel == Channel.POSTAL) {
            LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            while (!times.deskOpen(day)) {
                day = FIRST_DAY.plusDays(random.nextInt(DAYS));
            }
            received = times.atCounter(day, random);
        } else {
            // Filed on the portal on any day of the quarter, received at the desk in office hours (ReceiptTimes).
            received = times.takenUp(times.online(FIRST_DAY.plusDays(random.nextInt(DAYS)), random), random);
        }
        Instant due;
        Instant completed = null;
        switch (outcome) {
            case ON_TIME -> {
                due = received.plus(Duration.ofDays(1));
                completed = received.plus(Duration.ofHours(1));
            }
            case LATE, LATE_APOLOGIZED -> {
                due = received.plus(Duration.ofHours(1));
                completed = beforeQuarter ? afterTheQuarter() : received.plus(Duration.ofDays(1));
            }
            default -> {
                due = received.plus(Duration.ofHours(1));
                completed = afterTheQuarter();
            }
        }
        List<PastDossier.Apology> apologies = new ArrayList<>();
        if (outcome == Outcome.LATE_APOLOGIZED) {
            Instant at = beforeQuarter ? FIRST_DAY.atTime(9, 0).atOffset(VIETNAM).plusDays(dossiers.size() % 60).toInstant()
                    : received.plus(Duration.ofMinutes(30));
            apologies.add(new PastDossier.Apology(at, at.plus(Duration.ofDays(5)), "Cần xác minh thêm thông tin"));
        }
        List<PastDossier.Publication> published = new ArrayList<>();
        if (portal) {
            published.add(new PastDossier.Publication(PublicationTarget.PROVINCE_PORTAL, completed.plus(Duration.ofHours(2))));
        }
        if (website) {
            published.add(new PastDossier.Publication(PublicationTarget.UNIT_WEBSITE, completed.plus(Duration.ofHours(2))));
        }
        ReturnChannel returnChannel = channel == Channel.POSTAL ? ReturnChannel.POSTAL
                : channel == Channel.DIRECT ? ReturnChannel.DIRECT : ReturnChannel.ONLINE;
        dossiers.add(new PastDossier(null, procedure, agency, channel, DemoApplicants.of(place, random), received, due, completed,
                completed == null ? null : completed.plus(Duration.ofMinutes(30)), completed == null ? null : returnChannel, null,
                apologies, published));
    }
}
