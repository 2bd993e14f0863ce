package org.genstat.extract.layout;

import java.util.List;

/** A recognised table: where its header is and what each column holds. */
public record TableHeader(int firstRow, int lastRow, int labelCol, Integer orderCol, Integer unitCol,
                          List<ValueColumn> valueColumns) {
}
