package org.genstat.normalise;

/** The plan generation a report belongs to, by the year it reports on. */
public final class Generation {
    public static final String G2011 = "2011-2020";
    public static final String G2021 = "2021-2030";

    private Generation() {
    }

    public static String of(int reportYear) {
        return reportYear <= 2020 ? G2011 : G2021;
    }
}
