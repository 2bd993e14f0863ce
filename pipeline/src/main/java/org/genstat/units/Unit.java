package org.genstat.units;

import java.time.LocalDate;

/**
 * A reporting unit as the official register knows it, valid from/to the given dates (null:
 * open). Codes are reused across the 2025 reorganisation, so a code alone is not a key: a code
 * with its validity is.
 */
public record Unit(String code, String name, String level, String parentCode, LocalDate validFrom, LocalDate validTo) {
    public static final String NATIONAL = "national";
    public static final String PROVINCE = "province";
    public static final String DISTRICT = "district";
    public static final String COMMUNE = "commune";

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
