package vn.motcua.dossiers;

import java.util.List;

/** A dossier figure and, when asked for, the dossiers behind it. */
public record DossierFigure(long value, List<String> dossierCodes) {
}
