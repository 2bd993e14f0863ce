package org.genstat.catalog;

import org.genstat.vocabulary.Coded;
import org.genstat.vocabulary.Direction;
import org.genstat.vocabulary.Measure;

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

    /** A catalog row with a measure or direction genstat does not know is refused when the catalog is read. */
    public Indicator {
        try {
            Coded.of(Measure.class, measure);
            Coded.of(Direction.class, direction);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("indicator " + code + ": " + e.getMessage(), e);
        }
    }

    /** A share of women (female deputies %, …) is stored with sex T: it is not split further. */
    public boolean femaleShare() {
        return "F_only".equals(sexBreakdown);
    }

    public boolean hasSexes() {
        return "F_M_T".equals(sexBreakdown);
    }
}
