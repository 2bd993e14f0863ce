package org.genstat.units;

import java.time.LocalDate;
import org.genstat.vocabulary.UnitLevel;

/**
 * A reporting unit as the official register knows it, valid from/to the given dates (null:
 * open). Codes are reused across the 2025 reorganisation, so a code alone is not a key: a code
 * with its validity is.
 */
public record Unit(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom, LocalDate validTo) {

    /** 0 for the country, 1 province, 2 district, 3 commune. */
    public int depth() {
        return level.depth();
    }

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
