package vn.motcua.dossiers.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import vn.motcua.units.Agency;
import vn.motcua.units.AgencyKind;
import vn.motcua.units.PublicRegister;
import vn.motcua.units.Unit;

/**
 * Các xã của dữ liệu mẫu: Thọ Xuân's 30 communes and townships until 30/06/2025 and the 8 communes
 * that replaced them, each with its People's Committee and its population, so that the demo's dossiers
 * are shared out as a real district's are (demo/dan-so-xa-tho-xuan.tsv, sources there). A new commune's
 * population is the sum of the old ones merged into it; its on-time rate and online propensity are
 * illustrative, and an old commune follows the commune that carries it on.
 */
public record DemoCommunes(List<Commune> before, List<Commune> after) {

    /** One commune: its People's Committee, name, population, on-time rate (percent) and online propensity (1 = average). */
    public record Commune(String agencyCode, String unitCode, String name, int population, double onTimePercent, double onlineFactor) {
    }

    private static final LocalDate LAST_THREE_TIER_DAY = LocalDate.of(2025, 6, 30);
    private static final LocalDate FIRST_TWO_TIER_DAY = LocalDate.of(2025, 7, 1);

    /** Reads the file and finds each commune's People's Committee among the demo's agencies. */
    static DemoCommunes read(PublicRegister register) {
        List<String[]> rows = rows();
        Map<String, Integer> successorPopulation = new HashMap<>();
        for (String[] row : rows) {
            if (!row[5].isEmpty()) {
                successorPopulation.merge(row[5], Integer.parseInt(row[2]), Integer::sum);
            }
        }
        List<Agency> agencies = register.agencies();
        Map<String, Commune> after = new HashMap<>();
        List<Commune> successors = new ArrayList<>();
        for (String[] row : rows) {
            if (row[5].isEmpty()) {
                Commune commune = new Commune(committee(register, agencies, row[0], FIRST_TWO_TIER_DAY), row[0], row[1],
                        successorPopulation.getOrDefault(row[0], 0), Double.parseDouble(row[6]), Double.parseDouble(row[7]));
                after.put(row[0], commune);
                successors.add(commune);
            }
        }
        List<Commune> before = new ArrayList<>();
        for (String[] row : rows) {
            if (!row[5].isEmpty()) {
                Commune successor = after.get(row[5]);
                before.add(new Commune(committee(register, agencies, row[0], LAST_THREE_TIER_DAY), row[0], row[1],
                        Integer.parseInt(row[2]), successor.onTimePercent(), successor.onlineFactor()));
            }
        }
        return new DemoCommunes(List.copyOf(before), List.copyOf(successors));
    }

    /** A unit code names different units before and after 1 July 2025; the committee is the one of the unit valid that day. */
    private static String committee(PublicRegister register, List<Agency> agencies, String unitCode, LocalDate on) {
        Unit unit = register.unit(unitCode, on).orElseThrow(() -> new IllegalStateException("Demo unit " + unitCode + " is missing"));
        return agencies.stream().filter(a -> a.unitId() == unit.id() && a.kind() == AgencyKind.PEOPLES_COMMITTEE).map(Agency::code)
                .findFirst().orElseThrow(() -> new IllegalStateException("Demo unit " + unitCode + " has no People's Committee"));
    }

    private static List<String[]> rows() {
        try {
            String text = new String(new ClassPathResource("demo/dan-so-xa-tho-xuan.tsv").getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo communes", e);
        }
    }
}
