package vn.motcua.serviceindex;

import java.util.List;

/** The records behind one figure of a criterion, with their kind (DOSSIERS, PROCEDURES, SURVEYS, PETITIONS…), for the drill-down. */
public record CriterionRecords(IndexCard card, IndexCard.CriterionScore criterion, IndexCard.Role role, String kind, List<String> codes) {
}
