package org.genstat.extract.layout;

import java.util.List;
import java.util.Map;

/**
 * A recognised table: where its header is, which column plays which dimension role, its value
 * columns, whether its numbers are written the English way, and the title above it.
 */
public record TableHeader(int firstRow, int lastRow, Map<ColumnRole, Integer> dimensions,
                          List<ValueColumn> valueColumns, boolean englishNumbers, String title) {

    public Integer column(ColumnRole role) {
        return dimensions.get(role);
    }

    public boolean has(ColumnRole role) {
        return dimensions.containsKey(role);
    }
}
