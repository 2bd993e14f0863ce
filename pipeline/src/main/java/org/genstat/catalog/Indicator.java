package org.genstat.catalog;

/** One row of the indicator catalog (schemas/reference/indicators.csv). */
public record Indicator(
        String code,
        String domain,
        String nameVi,
        String nameEn,
        String measure,
        String sexBreakdown,
        String aggregation,
        String g2011Ref,
        String g2021Ref,
        Double national2020,
        Double national2025,
        Double national2030,
        String direction,
        String comparabilityNote) {

    /** A share of women (female deputies %, …) is stored with sex T: it is not split further. */
    public boolean femaleShare() {
        return "F_only".equals(sexBreakdown);
    }

    public boolean hasSexes() {
        return "F_M_T".equals(sexBreakdown);
    }
}
