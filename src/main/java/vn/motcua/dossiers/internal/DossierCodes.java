package vn.motcua.dossiers.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mã hồ sơ in the national structure: the receiving agency's electronic identifier (QCVN 102:2016)
 * read from the province down without its empty levels, the receipt date as yyMMdd and a number of
 * the agency's day: 000.00.14.H56 on 23/08/2024 gives H56.14-240823-0001.
 */
public final class DossierCodes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Map<String, String> PREFIXES = new ConcurrentHashMap<>();

    private DossierCodes() {
    }

    public static String agencyPrefix(String agencyCode) {
        List<String> parts = new ArrayList<>(List.of(agencyCode.split("\\.")));
        Collections.reverse(parts);
        List<String> kept = parts.stream().filter(p -> !p.isEmpty() && !p.chars().allMatch(c -> c == '0')).toList();
        return kept.isEmpty() ? agencyCode : String.join(".", kept);
    }

    public static String code(String agencyCode, LocalDate day, int sequence) {
        // An import names each of a few agencies tens of thousands of times: its prefix is worked out once.
        String number = Integer.toString(sequence);
        return PREFIXES.computeIfAbsent(agencyCode, DossierCodes::agencyPrefix) + "-" + DAY.format(day) + "-"
                + (number.length() >= 4 ? number : "0".repeat(4 - number.length()) + number);
    }
}
