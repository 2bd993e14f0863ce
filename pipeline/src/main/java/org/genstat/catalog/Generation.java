package org.genstat.catalog;

/**
 * The plan generation a report belongs to, by the year it reports on (or, for a plan's period, the
 * year of the value): the 2011–2020 strategy up to 2020, the 2021–2030 strategy after. The one place
 * that says where the boundary is.
 */
public final class Generation {
    public static final String G2011 = "2011-2020";
    public static final String G2021 = "2021-2030";
    /** The last year of the 2011–2020 generation. */
    public static final int LAST_YEAR_OF_G2011 = 2020;

    private Generation() {
    }

    public static String of(int year) {
        return year <= LAST_YEAR_OF_G2011 ? G2011 : G2021;
    }
}
