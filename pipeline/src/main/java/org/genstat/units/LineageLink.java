package org.genstat.units;

import java.time.LocalDate;
import org.genstat.vocabulary.LineageRelation;

/** How a pre-reorganisation unit continues in a new one. */
public record LineageLink(String oldCode, String newCode, LineageRelation relation, LocalDate effectiveDate) {
}
