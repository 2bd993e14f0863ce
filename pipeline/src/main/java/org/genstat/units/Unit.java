package org.genstat.units;

import java.time.LocalDate;
import java.util.List;
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

    /** The one rule for a unit on a day (in SQL: views.sql's {@code unit_valid_on}). */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** The day of the year this unit stands for: the first of {@link UnitRegistry#daysOf} it was valid on. */
    public LocalDate dayIn(int year) {
        List<LocalDate> days = UnitRegistry.daysOf(year);
        return days.stream().filter(this::validOn).findFirst().orElse(days.get(1));
    }
}
