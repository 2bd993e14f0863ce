package org.genstat.units;

import java.time.LocalDate;

/** How a pre-reorganisation unit continues in a new one: same, merged_whole, merged_part or renamed. */
public record LineageLink(String oldCode, String newCode, String relation, LocalDate effectiveDate) {
}
