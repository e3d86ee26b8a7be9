package vn.motcua.dossiers;

/** Where a result is published: the province's public-service portal or the unit's own website. */
public enum PublicationTarget {
    PROVINCE_PORTAL, UNIT_WEBSITE
}
