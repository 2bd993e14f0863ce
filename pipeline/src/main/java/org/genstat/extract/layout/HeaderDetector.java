package org.genstat.extract.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.extract.value.VietNumber;

/**
 * Finds a table's header from the cells themselves: a row with an indicator-label heading
 * ("Chỉ tiêu", "Nội dung") and at least one value heading (a year or a kind), followed by up to
 * two sub-header rows (kind → sex). Merged header cells are read by carrying a heading over the
 * empty cells to its right, so no merge information is needed (streaming readers lack it).
 */
public final class HeaderDetector {
    public static final int MAX_HEADER_ROWS = 3;

    private HeaderDetector() {
    }

    /** The label column, if this row can start a table header. */
    public static Integer labelColumn(SheetRow row) {
        Integer label = null;
        boolean valueHeading = false;
        for (SheetCell c : row.cells()) {
            if (label == null && c.number() == null && HeaderWords.isLabelHeader(c.text())) {
                label = c.col();
            } else if (HeaderWords.roleOf(c.text()) == ColumnRole.VALUE
                    || HeaderWords.roleOf(c.text()) == ColumnRole.MEASURE_UNIT) {
                valueHeading = true;
            }
        }
        return label != null && valueHeading ? label : null;
    }

    /** Whether a row right under the header continues it (sub-headings, no label, no values). */
    public static boolean continuesHeader(SheetRow row, int labelCol) {
        if (row.isEmpty() || !row.text(labelCol).isBlank()) {
            return false;
        }
        for (SheetCell c : row.cells()) {
            boolean number = c.number() != null || VietNumber.parse(c.text()) != null;
            if (number && !HeaderWords.looksLikeYear(c.text())) {
                return false;
            }
        }
        return true;
    }

    /** Builds the header from its rows (the first holds the label heading). */
    public static TableHeader build(List<SheetRow> rows, int labelCol) {
        Map<Integer, StringBuilder> paths = new TreeMap<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean carry = i < rows.size() - 1;
            String carried = null;
            int lastCol = rows.stream().flatMap(r -> r.cells().stream()).mapToInt(SheetCell::col).max().orElse(0);
            for (int col = 0; col <= lastCol; col++) {
                String text = rows.get(i).text(col);
                if (!text.isBlank()) {
                    carried = col > labelCol && HeaderWords.roleOf(text) == ColumnRole.VALUE ? text : null;
                } else if (carry && carried != null) {
                    text = carried;
                }
                if (!text.isBlank()) {
                    StringBuilder sb = paths.computeIfAbsent(col, k -> new StringBuilder());
                    sb.append(sb.length() == 0 ? "" : " / ").append(text.strip());
                }
            }
        }
        Integer orderCol = null;
        Integer unitCol = null;
        List<ValueColumn> values = new ArrayList<>();
        for (Map.Entry<Integer, StringBuilder> e : paths.entrySet()) {
            int col = e.getKey();
            String path = e.getValue().toString();
            if (col == labelCol) {
                continue;
            }
            switch (HeaderWords.roleOf(path)) {
                case ORDER -> orderCol = orderCol == null ? col : orderCol;
                case MEASURE_UNIT -> unitCol = unitCol == null ? col : unitCol;
                case VALUE -> values.add(new ValueColumn(col, path, HeaderWords.year(path), HeaderWords.kind(path),
                        HeaderWords.sex(path)));
                default -> {
                }
            }
        }
        int first = rows.get(0).index();
        int last = rows.get(rows.size() - 1).index();
        return new TableHeader(first, last, labelCol, orderCol, unitCol, List.copyOf(values));
    }
}
