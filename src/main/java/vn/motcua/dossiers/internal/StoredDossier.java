package vn.motcua.dossiers.internal;

import java.time.Instant;

import vn.motcua.dossiers.core.DossierFacts;
import vn.motcua.dossiers.core.DossierSummary;

/** A dossier as its row holds it: its facts, the summary of its state, the row's version and the sweep's warning. */
public record StoredDossier(long id, DossierFacts facts, DossierSummary summary, int version, Instant dueWarningAt) {
}
