package org.genstat.vocabulary;

/**
 * How a unit before the 2025 reorganisation continues in a new one (unit_lineage.csv, unit_lineage.relation):
 * the same unit, renamed, merged into it whole, or only a part of it merged in (a part is never re-based).
 */
public enum LineageRelation implements Coded {
    SAME, RENAMED, MERGED_WHOLE, MERGED_PART;

    @Override
    public String toString() {
        return code();
    }
}
