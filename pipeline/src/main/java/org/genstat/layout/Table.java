package org.genstat.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.genstat.text.VietText;

/**
 * One table whose structure is known (title, header paths of its value columns, stub columns):
 * takes its body rows one at a time, so a long table streams through it, and hands out every
 * value cell with its headings. Row headings nest by section rows, numbering and indentation.
 */
final class Table {
    /** Blank rows a body may contain before the table is over. */
    private static final int MAX_GAP = 1;
    private static final Pattern DERIVED = Pattern.compile(
            ".*\\b(so sanh|tang giam|tang/giam|tang, giam|chenh lech|ty le tang|toc do tang|chi so phat trien"
                    + "|nam truoc = 100|co cau|% change|percent change|change from|difference|increase|decrease|structure"
                    + "|distribution|growth rate)\\b.*");

    /** The level of a total row: any row after it that is not its sub-row leaves it. */
    private static final int TOTAL = Integer.MAX_VALUE - 1;

    private record Frame(int level, int bullet, Heading heading, boolean section) {
    }

    private final String sheet;
    private final int number;
    private final List<Heading> titles;
    private final List<Integer> stubCols;
    private final int labelCol;
    private final NavigableSet<Integer> valueCols;
    private final Map<Integer, List<Heading>> columnPaths;
    private final List<Heading> stubHeads;
    private final Map<Integer, Heading> carried = new HashMap<>();
    private final Deque<Frame> stack = new ArrayDeque<>();
    private int lastRow = -1;
    /** The last row's label ends with a comma ("Percent change,"): the row under it may finish it. */
    private boolean labelUnfinished;

    Table(String sheet, int number, List<Heading> titles, List<Integer> stubCols, int labelCol,
          NavigableSet<Integer> valueCols, Map<Integer, List<Heading>> columnPaths, List<Heading> stubHeads) {
        this.sheet = sheet;
        this.number = number;
        this.titles = List.copyOf(titles);
        this.stubCols = List.copyOf(stubCols);
        this.labelCol = labelCol;
        this.valueCols = valueCols;
        this.columnPaths = columnPaths;
        this.stubHeads = List.copyOf(stubHeads);
    }

    /** Reads one body row; false when the row is no part of this table (the table ended before it). */
    boolean accept(SheetRow row, Consumer<CanonicalCell> out) {
        if (lastRow >= 0 && row.index() - lastRow > MAX_GAP + 1) {
            return false;
        }
        List<SheetCell> valueCells = new ArrayList<>();
        List<SheetCell> stub = new ArrayList<>();
        boolean wordsOverValues = false;
        for (SheetCell c : row.cells()) {
            if (stubCols.contains(c.col())) {
                stub.add(c);
            } else if (valueCols.contains(c.col())) {
                if (CellText.isBodyValue(c)) {
                    valueCells.add(c);
                } else {
                    wordsOverValues = true;
                }
            }
        }
        if (valueCells.isEmpty()) {
            if (wordsOverValues || stub.isEmpty() && !row.isEmpty()) {
                return false; // a note, a signature block, the next table's header
            }
            if (!stub.isEmpty() && !labelUnfinished) {
                place(stub, true);
            } // else the end of the label above ("Percent change," / "1990–2008"), no heading of the rows below
            labelUnfinished = false;
            lastRow = row.index();
            return true;
        }
        List<Heading> rowPath = place(stub, false);
        labelUnfinished = stub.stream().anyMatch(c -> c.col() == labelCol && VietText.clean(c.text()).endsWith(","));
        for (SheetCell v : valueCells) {
            if (CellText.isNoValue(v)) {
                continue;
            }
            List<Heading> headings = new ArrayList<>(titles);
            headings.addAll(stubHeads);
            List<Heading> columns = columnPaths.getOrDefault(v.col(), List.of());
            headings.addAll(columns);
            headings.addAll(rowPath);
            boolean derived = columns.stream().anyMatch(Table::derived) || rowPath.stream().anyMatch(Table::derived);
            out.accept(new CanonicalCell(sheet, number, v, List.copyOf(headings), derived));
        }
        lastRow = row.index();
        return true;
    }

    /** The row headings of a row (its ancestors, then its own stub cells); updates the hierarchy. */
    private List<Heading> place(List<SheetCell> stub, boolean section) {
        SheetCell ordinal = null;
        SheetCell label = null;
        SheetCell other = null;
        for (SheetCell c : stub) {
            if (c.col() == labelCol) {
                label = c;
            } else if (ordinal == null && CellText.isOrdinal(c.text())) {
                ordinal = c;
            } else if (other == null) {
                other = c;
            }
        }
        SheetCell leader = label != null ? label : other != null ? other : ordinal;
        List<Heading> path = new ArrayList<>();
        if (leader != null) {
            int level = RowLevel.of(ordinal != null ? ordinal : leader);
            boolean total = RowLevel.isTotal(leader);
            if (level == RowLevel.SUB_ROW && ordinal == null && total && !stack.isEmpty()
                    && !stack.peek().section() && stack.peek().bullet() == 0) {
                level = RowLevel.indented(leader); // the total of the list above, not a part of its last row
            }
            int bullet = RowLevel.bullet(level);
            Heading own = heading(leader, Integer.MAX_VALUE);
            if (bullet > 0) {
                while (!stack.isEmpty() && stack.peek().bullet() >= bullet) {
                    stack.pop();
                }
                level = stack.isEmpty() ? 0 : stack.peek().level() + 1;
            } else {
                if (leader.col() < labelCol) {
                    level -= 1000 * (labelCol - leader.col()); // a heading left of the labels is outer
                }
                while (!stack.isEmpty() && (stack.peek().bullet() > 0 || stack.peek().level() > level
                        || stack.peek().level() == level && (!stack.peek().section() || section))) {
                    stack.pop();
                }
            }
            stack.descendingIterator().forEachRemaining(f -> path.add(f.heading()));
            if (bullet == 0 && !section && total) {
                level = TOTAL; // the sum of its siblings heads none of them; sub-rows ("Nữ") still go under it
            }
            stack.push(new Frame(level, bullet, own, section));
            if (bullet == 0) {
                carried.keySet().removeIf(col -> col > leader.col()); // a new label ends what was merged down
            }
        }
        if (section) {
            return path;
        }
        for (int col : stubCols) {
            SheetCell c = null;
            for (SheetCell s : stub) {
                if (s.col() == col) {
                    c = s;
                }
            }
            if (c != null) {
                Heading h = heading(c, Integer.MAX_VALUE);
                if (c != leader) {
                    carried.put(col, h);
                }
                path.add(h);
            } else if (col != labelCol && carried.containsKey(col)) {
                path.add(carried.get(col)); // a cell merged down the stub
            }
        }
        return path;
    }

    private static Heading heading(SheetCell c, int level) {
        return new Heading(c.ref(), VietText.clean(c.text()), Heading.Axis.ROW, level);
    }

    private static boolean derived(Heading h) {
        return DERIVED.matcher(VietText.words(h.text()).replace(" / ", "/")).matches();
    }
}
