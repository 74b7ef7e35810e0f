package vn.motcua.central.dashboard;

import vn.motcua.central.province.OverviewQuery;

/**
 * The overview's column headers as links: clicking a column sorts by it (ascending first), clicking the sorted
 * column again reverses it; period and filters are kept.
 *
 * @param base the period and filters as a query string without {@code ?}
 */
public record SortLinks(String base, OverviewQuery.Sort current, boolean descending) {

    public String href(String sort) {
        boolean desc = current.name().equals(sort) && !descending;
        return "/dashboard?" + base + "&sort=" + sort + "&dir=" + (desc ? "desc" : "asc");
    }

    /** "ascending", "descending" or "none", for {@code aria-sort}. */
    public String aria(String sort) {
        return !current.name().equals(sort) ? "none" : descending ? "descending" : "ascending";
    }

    /** The arrow shown beside the sorted column. */
    public String arrow(String sort) {
        return !current.name().equals(sort) ? "" : descending ? " ▼" : " ▲";
    }
}
