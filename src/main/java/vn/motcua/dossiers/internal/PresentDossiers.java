package vn.motcua.dossiers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.core.io.ClassPathResource;

import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.dossiers.Channel;
import vn.motcua.dossiers.DocumentKind;
import vn.motcua.dossiers.DocumentOrigin;
import vn.motcua.dossiers.DossierStatus;
import vn.motcua.dossiers.PastDossier;
import vn.motcua.dossiers.PublicationTarget;
import vn.motcua.dossiers.ReturnChannel;
import vn.motcua.procedures.OnlineKind;
import vn.motcua.procedures.Procedure;

/**
 * Hồ sơ của hiện tại: the demo's dossiers from 1 July 2025, the first day of the two-tier government,
 * to today, at the People's Committees of the eight communes that replaced Thọ Xuân district. About as
 * many a quarter as the district's communes received in 2024 (8,412 in the seed's Q1), shared by
 * population, fewer in the month of Tết; the online share rises month by month from the seed's half;
 * each commune keeps to its own on-time rate, and some late dossiers get an apology letter first. The
 * counter and the post take dossiers in office hours of working days; the portal takes submissions at
 * any hour and the desk receives them in office hours (ReceiptTimes). Nothing is received after now:
 * today's later hours, and submissions the desk has not taken up yet, are not in the history. Results
 * are returned and published on the portal and on the commune's website, not always on the same day.
 * Dossiers whose result is not due yet, or late and not finished, are still open today, so the work
 * lists have work. Deterministic: the same today gives the same dossiers.
 */
final class PresentDossiers {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 7, 1);

    /** Dossiers a calendar day across the eight communes: 8,400 a quarter of 91 days. */
    private static final double PER_DAY = 8_400 / 91.0;
    /** Relative volume by month, January first: the rush before Tết, the holiday itself, school enrolment in summer. */
    private static final double[] BY_MONTH = { 1.10, 0.78, 1.00, 0.97, 1.00, 1.02, 1.05, 1.08, 1.00, 0.97, 0.99, 1.04 };
    /** Share of online receipts in July 2025 (the seed's communes had 50,4 % in Q1 2024) and its rise a month. */
    private static final double ONLINE_FROM = 0.55;
    private static final double ONLINE_RISE = 0.011;
    /** Of the online ones, the share submitted fully online (toàn trình), rising as well. */
    private static final double FULL_FROM = 0.44;
    private static final double FULL_RISE = 0.008;
    /** Share of dossiers sent by post (the seed's communes: 2 of 8,412). */
    private static final double POSTAL = 0.0008;
    private static final double WITHDRAWN = 0.003;
    private static final double REJECTED = 0.002;
    private static final double APOLOGISED = 0.7;
    private static final double ON_PORTAL = 0.58;
    private static final double ON_WEBSITE = 0.45;
    /**
     * Of the online dossiers whose procedure charges a fee and takes payment online, the share paid
     * through the gateway in July 2025 and its rise a month; the rest pay at the desk.
     */
    private static final double PAID_ONLINE_FROM = 0.30;
    private static final double PAID_ONLINE_RISE = 0.02;

    /** A procedure at commune level in force from the first day, with how much of the work it takes. */
    private record Weighted(Procedure procedure, double weight) {
    }

    /**
     * Số hóa: the share of the dossiers brought to the counter or by post whose papers the desk scans at
     * receipt in July 2025, and its rise a month; the share of results scanned when they are issued, and
     * its rise. A commune that keeps its deadlines better scans a little more. Modest on purpose: each
     * scan costs the first start three rows (about 30 ms a thousand scans on an idle 2-core machine).
     */
    private static final double SCANNED_FROM = 0.25;
    private static final double SCANNED_RISE = 0.02;
    private static final double SCANNED_MAX = 0.7;
    private static final double RESULT_SCANNED_FROM = 0.06;
    private static final double RESULT_SCANNED_RISE = 0.009;
    private static final double RESULT_SCANNED_MAX = 0.35;

    private final WorkingCalendar calendar;
    private final ReceiptTimes times;
    private final double perDay;
    private final long seed;
    /** Where the applicants live: their own commune's place when null, one of these otherwise (a province department's). */
    private final List<String> places;
    private final Map<Channel, List<Weighted>> byChannel = new EnumMap<>(Channel.class);
    /** Draws for the online payments apart from the dossiers' own, so that adding them left every dossier as it was. */
    private final Random payments;
    /** Draws for the documents apart as well. */
    private final Random scans;
    /** The names a procedure's first paper and its result are filed under. */
    private final Map<String, String[]> fileNames = new java.util.HashMap<>();

    /** @param procedures the commune-level procedures in force on {@link #FIRST_DAY}, by code */
    PresentDossiers(WorkingCalendar calendar, ReceiptTimes times, Map<String, Procedure> procedures) {
        this(calendar, times, procedures, weights(), PER_DAY, 20250701L, null);
    }

    /**
     * The dossiers of other agencies (a province's departments): their procedures and weights, how many
     * a calendar day each agency receives, the seed of their draws, and where their applicants live.
     */
    PresentDossiers(WorkingCalendar calendar, ReceiptTimes times, Map<String, Procedure> procedures, List<String[]> weights,
            double perDay, long seed, List<String> places) {
        this.calendar = calendar;
        this.times = times;
        this.perDay = perDay;
        this.seed = seed;
        this.places = places;
        this.payments = new Random(seed + 1);
        this.scans = new Random(seed + 2);
        for (String[] row : weights) {
            Procedure procedure = procedures.get(row[0]);
            if (procedure == null) {
                throw new IllegalStateException("The demo's procedure " + row[0] + " is not in force on " + FIRST_DAY);
            }
            Weighted weighted = new Weighted(procedure, Double.parseDouble(row[1]));
            OnlineKind online = procedure.content().onlineKind();
            add(Channel.DIRECT, weighted);
            if (procedure.content().byPost()) {
                add(Channel.POSTAL, weighted);
            }
            if (online != OnlineKind.NONE) {
                add(Channel.ONLINE_PARTIAL, weighted);
            }
            if (online == OnlineKind.FULL) {
                add(Channel.ONLINE_FULL, weighted);
            }
        }
    }

    private void add(Channel channel, Weighted weighted) {
        byChannel.computeIfAbsent(channel, c -> new ArrayList<>()).add(weighted);
    }

    /** The dossiers of the communes from the first day to {@code now}. */
    List<PastDossier> dossiers(List<DemoCommunes.Commune> communes, Instant now) {
        Random random = new Random(seed);
        long population = communes.stream().mapToLong(DemoCommunes.Commune::population).sum();
        LocalDate today = now.atZone(times.zone()).toLocalDate();
        List<PastDossier> dossiers = new ArrayList<>();
        for (LocalDate day = FIRST_DAY; !day.isAfter(today); day = day.plusDays(1)) {
            double months = ChronoUnit.DAYS.between(FIRST_DAY, day) / 30.44;
            double onlineShare = Math.min(0.85, ONLINE_FROM + ONLINE_RISE * months);
            double fullShare = Math.min(0.7, FULL_FROM + FULL_RISE * months);
            double volume = perDay * BY_MONTH[day.getMonthValue() - 1];
            boolean deskOpen = times.deskOpen(day);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            for (DemoCommunes.Commune commune : communes) {
                double share = volume * commune.population() / population;
                double online = Math.min(0.95, onlineShare * commune.onlineFactor());
                // The counter's and the post's dossiers of a week arrive on its five working days; the portal's on every day, fewer at weekends.
                int atCounter = deskOpen ? count(share * (1 - online) * 7 / 5, random) : 0;
                int viaPortal = count(share * online * (weekend ? 0.6 : 1.16), random);
                for (int i = 0; i < atCounter; i++) {
                    Channel channel = random.nextDouble() < POSTAL / (1 - online) ? Channel.POSTAL : Channel.DIRECT;
                    Instant received = times.atCounter(day, random);
                    if (received.isBefore(now)) {
                        add(dossiers, commune, channel, received, day, now, random);
                    }
                }
                for (int i = 0; i < viaPortal; i++) {
                    // Fully online where the agency has a procedure offered so; partly online otherwise.
                    Channel channel = random.nextDouble() < fullShare && byChannel.containsKey(Channel.ONLINE_FULL) ? Channel.ONLINE_FULL
                            : Channel.ONLINE_PARTIAL;
                    Instant received = times.takenUp(times.online(day, random), random);
                    if (received.isBefore(now)) {
                        add(dossiers, commune, channel, received, received.atZone(times.zone()).toLocalDate(), now, random);
                    }
                }
            }
        }
        return dossiers;
    }

    /** A whole number of dossiers around the mean, varying from day to day as a desk's work does. */
    private static int count(double mean, Random random) {
        double varied = mean * (0.75 + 0.5 * random.nextDouble());
        int whole = (int) varied;
        return whole + (random.nextDouble() < varied - whole ? 1 : 0);
    }

    private void add(List<PastDossier> dossiers, DemoCommunes.Commune commune, Channel channel, Instant received, LocalDate day,
            Instant now, Random random) {
        Procedure procedure = pick(byChannel.get(channel), random);
        PastDossier.Apology apology = null;
        DossierStatus status = null;
        Instant completed = null;
        double fate = random.nextDouble();
        int hours = hours(procedure.content().processingTime());
        Instant due = due(received, procedure.content().processingTime());
        if (fate < WITHDRAWN + REJECTED) {
            status = fate < WITHDRAWN ? DossierStatus.WITHDRAWN : DossierStatus.REJECTED;
            completed = calendar.due(received, WorkingDuration.hours(1 + random.nextInt(Math.max(1, hours / 2))));
        } else if (random.nextDouble() * 100 >= onTimePercent(commune, day)) {
            // Late: finished some working hours after the appointment, most often after an apology letter sent before it.
            int over = 2 + random.nextInt(38);
            completed = calendar.due(due, WorkingDuration.hours(over));
            if (random.nextDouble() < APOLOGISED) {
                Instant at = hours > 3 ? calendar.due(received, WorkingDuration.hours(hours - 2))
                        : received.plus(Duration.between(received, due).dividedBy(2));
                if (!at.isBefore(due)) {
                    at = received.plus(Duration.between(received, due).dividedBy(2));
                }
                apology = new PastDossier.Apology(at, calendar.due(completed, WorkingDuration.hours(2 + random.nextInt(14))),
                        "Cần xác minh thêm thông tin, hồ sơ chưa giải quyết được đúng hẹn");
            }
        } else {
            Instant early = calendar.due(received, WorkingDuration.hours(Math.max(1, (int) Math.round(hours * (0.1 + 0.85 * random.nextDouble())))));
            completed = early.isAfter(due) ? due : early;
        }
        Instant returned = null;
        ReturnChannel returnChannel = null;
        List<PastDossier.Publication> published = new ArrayList<>();
        if (status == null) {
            returnChannel = switch (channel) {
                case ONLINE_PARTIAL, ONLINE_FULL -> ReturnChannel.ONLINE;
                case POSTAL -> ReturnChannel.POSTAL;
                case DIRECT -> ReturnChannel.DIRECT;
            };
            returned = returnChannel == ReturnChannel.ONLINE ? completed.plus(Duration.ofMinutes(5 + random.nextInt(115)))
                    : calendar.due(completed, WorkingDuration.hours(1 + random.nextInt(24)));
            // Published on the portal the same day or the next, on the commune's website up to four days later.
            if (random.nextDouble() < ON_PORTAL) {
                published.add(new PastDossier.Publication(PublicationTarget.PROVINCE_PORTAL,
                        completed.plus(Duration.ofMinutes(30 + random.nextInt(26 * 60)))));
            }
            if (random.nextDouble() < ON_WEBSITE) {
                published.add(new PastDossier.Publication(PublicationTarget.UNIT_WEBSITE,
                        completed.plus(Duration.ofMinutes(60 + random.nextInt(96 * 60)))));
            }
        }
        if (!completed.isBefore(now)) {
            // Not finished yet today: still being processed.
            completed = null;
            status = null;
            returned = null;
            returnChannel = null;
            published.clear();
        }
        if (returned != null && !returned.isBefore(now)) {
            returned = null;
        }
        published.removeIf(p -> !p.at().isBefore(now));
        List<PastDossier.Apology> apologies = apology != null && apology.at().isBefore(now) ? List.of(apology) : List.of();
        String place = places == null ? place(commune) : places.get(scans.nextInt(places.size()));
        dossiers.add(new PastDossier(null, procedure.code(), commune.agencyCode(), channel, DemoApplicants.of(place, random),
                received, null, completed, returned, returned == null ? null : returnChannel, status, apologies, published,
                paidOnline(procedure, channel, status, received, day, now),
                documents(procedure, commune, channel, day, completed != null && status == null)));
    }

    /**
     * The dossier's scans: its first paper scanned at the counter, for a rising share of the dossiers
     * received there or by post; its result scanned, for a rising share of those that have one. One scan
     * a side is what the index counts (a dossier digitised, a result digitised; QĐ 766 criteria 3.1, 3.2),
     * and each document costs the first start three rows (its action, its row, its figure's movement), so
     * the demo writes no more. An online dossier's papers came as files: they are electronic from the
     * start and move no figure of the index (which counts scans), so the demo does not write them.
     */
    private List<PastDossier.Document> documents(Procedure procedure, DemoCommunes.Commune commune, Channel channel, LocalDate day,
            boolean resulted) {
        double months = ChronoUnit.DAYS.between(FIRST_DAY, day) / 30.44;
        double diligence = Math.min(1.05, commune.onTimePercent() / 95);
        String[] names = fileNames.computeIfAbsent(procedure.code(), code -> names(procedure));
        Integer first = procedure.content().documents().isEmpty() ? null : 1;
        List<PastDossier.Document> documents = new ArrayList<>(2);
        boolean atCounter = channel == Channel.DIRECT || channel == Channel.POSTAL;
        if (atCounter && scans.nextDouble() < Math.min(SCANNED_MAX, (SCANNED_FROM + SCANNED_RISE * months) * diligence)) {
            documents.add(new PastDossier.Document(first, names[0], DocumentKind.DOSSIER, DocumentOrigin.DIGITISED));
        }
        if (resulted && scans.nextDouble() < Math.min(RESULT_SCANNED_MAX, (RESULT_SCANNED_FROM + RESULT_SCANNED_RISE * months) * diligence)) {
            documents.add(new PastDossier.Document(null, names[1], DocumentKind.RESULT, DocumentOrigin.DIGITISED));
        }
        return documents;
    }

    /** The file names of a procedure's first paper and of its result, as a desk names its scans. */
    private static String[] names(Procedure procedure) {
        String paper = procedure.content().documents().isEmpty() ? "Hồ sơ" : procedure.content().documents().get(0).name();
        String result = procedure.content().resultKind().isBlank() ? "Kết quả giải quyết" : procedure.content().resultKind();
        return new String[] { fileName(paper), fileName("Kết quả - " + result) };
    }

    private static String fileName(String name) {
        String plain = name.replace('/', '-').replace('\\', '-').strip();
        return (plain.length() > 200 ? plain.substring(0, 200).strip() : plain) + ".pdf";
    }

    /** A fee paid through the gateway within hours of the online receipt, for a rising share of the dossiers that owe one. */
    private List<PastDossier.Payment> paidOnline(Procedure procedure, Channel channel, DossierStatus status, Instant received,
            LocalDate day, Instant now) {
        long fee = procedure.content().totalFees();
        if (channel == Channel.DIRECT || channel == Channel.POSTAL || fee <= 0 || !procedure.content().onlinePayment() || status != null) {
            return List.of();
        }
        double months = ChronoUnit.DAYS.between(FIRST_DAY, day) / 30.44;
        if (payments.nextDouble() >= Math.min(0.75, PAID_ONLINE_FROM + PAID_ONLINE_RISE * months)) {
            return List.of();
        }
        Instant at = received.plus(Duration.ofMinutes(5 + payments.nextInt(8 * 60)));
        if (!at.isBefore(now)) {
            return List.of();
        }
        return List.of(new PastDossier.Payment(at, fee, "ONLINE", String.valueOf(14_000_000 + payments.nextInt(9_000_000))));
    }

    /** The commune's on-time rate, a little better each quarter, a little worse in the month of Tết. */
    private static double onTimePercent(DemoCommunes.Commune commune, LocalDate day) {
        double quarters = ChronoUnit.DAYS.between(FIRST_DAY, day) / 91.0;
        double rate = commune.onTimePercent() + 0.08 * quarters - (day.getMonthValue() == 2 ? 0.6 : 0);
        return Math.min(99.9, rate);
    }

    /** The due time, as the lifecycle will compute it from the procedure and the calendar. */
    private Instant due(Instant received, WorkingDuration time) {
        return calendar.due(received, time);
    }

    private static int hours(WorkingDuration time) {
        return time.unit() == WorkingDuration.Unit.DAYS ? time.amount() * 8 : time.amount();
    }

    private static Procedure pick(List<Weighted> procedures, Random random) {
        double sum = procedures.stream().mapToDouble(Weighted::weight).sum();
        double draw = random.nextDouble() * sum;
        for (Weighted w : procedures) {
            draw -= w.weight();
            if (draw < 0) {
                return w.procedure();
            }
        }
        return procedures.get(procedures.size() - 1).procedure();
    }

    /** Where the communes' people live, as an address names it. */
    static List<String> places(List<DemoCommunes.Commune> communes) {
        return communes.stream().map(PresentDossiers::place).toList();
    }

    private static String place(DemoCommunes.Commune commune) {
        return commune.name().substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + commune.name().substring(1)
                + ", tỉnh Thanh Hóa";
    }

    private static List<String[]> weights() {
        try {
            String text = new String(new ClassPathResource("demo/ty-trong-thu-tuc-xa.tsv").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo's procedure weights", e);
        }
    }
}
