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

    /** 0 for the country, 1 province, 2 district, 3 commune. */
    public int depth() {
        return switch (level) {
            case NATIONAL -> 0;
            case PROVINCE -> 1;
            case DISTRICT -> 2;
            default -> 3;
        };
    }

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
