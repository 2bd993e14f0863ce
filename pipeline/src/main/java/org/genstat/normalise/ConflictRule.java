package org.genstat.normalise;

import java.util.List;

/**
 * Two cells of one file that give one key (indicator, unit, year, sex, kind) different values: neither
 * lands, and the issue names every cell, so a person decides. Equal values are one value and land
 * once. Normalise applies it in Spark, {@code ./genstat check} to one file; both say it in these words.
 */
public final class ConflictRule {
    private ConflictRule() {
    }

    /** @param cells each as {@code CELL=VALUE}, sorted */
    public static String message(List<String> cells, String indicator, String unit, int year, String sex, String kind) {
        return "cells " + String.join(", ", cells) + " all give " + indicator + " of unit " + unit + " for " + year
                + " (sex " + sex + ", " + kind + ") with different values; none is published: correct the file, or add an"
                + " alias that tells the rows apart, and resend it";
    }
}
