package vn.motcua.procedures;

import java.util.List;

/** A catalogue figure and the procedures behind it, so a report can drill down to them. */
public record CatalogFigure(long value, List<String> procedureCodes) {
}
