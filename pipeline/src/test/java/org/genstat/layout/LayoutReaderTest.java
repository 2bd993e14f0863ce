package org.genstat.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genstat.extract.sheet.SheetCell;
import org.genstat.extract.sheet.SheetRow;
import org.junit.jupiter.api.Test;

/** The layout stage on small tables written the way offices write them: which headings qualify each value. */
class LayoutReaderTest {

    @Test
    void aStatisticalExportWithGroupRowsAndYearsDownTheRows() {
        Map<String, List<String>> cells = read(
                "Lực lượng lao động (*) chia theo Cách tính, Năm",
                "",
                "|Năm|Tổng số|15 - 24",
                "Tổng số (Nghìn người)",
                "|2017|54819.6|7596.1",
                "|2018|55388.0|7065.6",
                "Cơ cấu (%)",
                "|2017|100.0|13.9");
        assertEquals(List.of("A1", "A4", "B3", "B5", "C3"), cells.get("C5"), "title, group row, stub head, year, column");
        assertEquals(List.of("A1", "A4", "B3", "B6", "D3"), cells.get("D6"));
        assertEquals(List.of("A1", "A7", "B3", "B8", "C3"), cells.get("C8"), "a new group row replaces the last");
        assertEquals(6, cells.size(), "the header's age groups and years are headings, not values");
    }

    @Test
    void aUnitReportWithASpanningYearKindUnderItAndASexSubRow() {
        Map<String, List<String>> cells = read(
                "STT|Chỉ tiêu|ĐVT|Năm 2023|",
                "|||KH|TH",
                "(1)|(2)|(3)|(4)|(5)",
                "1|Tỷ lệ nữ tham gia cấp ủy|%|50|45",
                "|- Trong đó: nữ dân tộc thiểu số|%|20|18",
                "2|Tỷ số giới tính khi sinh|bé trai/100 bé gái|110|112",
                "",
                "Nơi nhận:||Người lập biểu");
        // the year spans both kinds; the column-number row is no heading; the sub-row sits under its indicator
        assertEquals(List.of("A1", "A4", "B1", "B4", "B5", "C1", "C5", "D1", "E2"), cells.get("E5"));
        assertEquals(List.of("A1", "A6", "B1", "B6", "C1", "C6", "D1", "D2"), cells.get("D6"));
        assertEquals(6, cells.size(), "the signature block is no part of the table");
    }

    @Test
    void twoTablesOnOneSheetEachWithItsTitle() {
        Map<String, List<String>> cells = read(
                "Biểu 1: Lao động",
                "Chỉ tiêu|2022|2023",
                "Số lao động nữ|120|130",
                "",
                "",
                "Biểu 2: Giáo dục",
                "Chỉ tiêu|2022|2023",
                "Tỷ lệ nữ thạc sĩ|30|32");
        assertEquals(List.of("A1", "A2", "A3", "C2"), cells.get("C3"));
        assertEquals(List.of("A6", "A7", "A8", "B7"), cells.get("B8"), "the second table has its own title");
    }

    @Test
    void rangesUnderHeadingsAreValuesAndAgeGroupsInAHeaderAreHeadings() {
        Map<String, List<String>> cells = read(
                "Compulsory age of attendance, by state",
                "State|2000|2004|Attendance required",
                "Alabama|7 to 16|7 to 16|X",
                "Alaska|7 to 16|6 to 16|",
                "",
                "",
                "Nhóm tuổi|15-24|25-34",
                "Nữ|10|20");
        assertEquals(List.of("A1", "A2", "A3", "B2"), cells.get("B3"), "a range in the body is the value of its row");
        assertEquals(List.of("A1", "A2", "A4", "C2"), cells.get("C4"));
        assertEquals(List.of("A7", "A8", "B7"), cells.get("B8"), "age groups in order along a header name columns");
        assertEquals(7, cells.size());
    }

    @Test
    void quartersAndDatesHeadColumns() {
        Map<String, List<String>> cells = read(
                "Industry|2008/1|2008/2|06.01.2010",
                "Total|6,1|2,0|2,9");
        assertEquals(List.of("A1", "A2", "B1"), cells.get("B2"));
        assertEquals(3, cells.size(), "\"2008/1\" is the first quarter of 2008, not the number 2008");
    }

    @Test
    void aTotalRowIsTheSumOfTheListNotAPartOfItsLastRow() {
        Map<String, List<String>> cells = read(
                "Region|Population|Area",
                "Tổng số|30|11",
                "  North|10|5",
                "  South|20|6",
                "Total|30|11",
                "Nữ|15|");
        assertEquals(List.of("A1", "A3", "B1"), cells.get("B3"), "a total on top heads none of the rows under it");
        assertEquals(List.of("A1", "A5", "B1"), cells.get("B5"), "a total at the end is a sibling of the rows above");
        assertEquals(List.of("A1", "A5", "A6", "B1"), cells.get("B6"), "a sex sub-row still goes under the total");
    }

    @Test
    void yearsOfALongSeriesDownTheStub() {
        Map<String, List<String>> cells = read(
                "Year|Population|Age 0-14",
                "1875|1 912 647|659 267",
                "1900|2 655 900|930 900",
                "2002 1)|4 524 066|908 016");
        assertEquals(List.of("A1", "A2", "B1"), cells.get("B2"));
        assertEquals(List.of("A1", "A4", "C1"), cells.get("C4"), "a year with its footnote is a year");
        assertEquals(6, cells.size(), "the years are row headings, not values");
    }

    @Test
    void aYearOverARowOfHeadingsHeadsThem() {
        Map<String, List<String>> cells = read(
                "Industry groups|2004",
                "|Establishments|Revenues",
                "Total|8503|18453");
        assertEquals(List.of("A1", "A3", "B1", "C2"), cells.get("C3"));
        assertEquals(2, cells.size());
    }

    @Test
    void aMarkOfNoValueShapesTheTableButIsNoValueCell() {
        Map<String, List<String>> cells = read(
                "State|2000|2002|Half day",
                "Alabama|..|7|X",
                "Alaska|-|x|",
                "Arizona|#|n/a|");
        assertEquals(List.of("A1", "A2", "C1"), cells.get("C2"));
        assertEquals(List.of("A1", "A2", "D1"), cells.get("D2"), "a capital X is a check mark");
        assertEquals(List.of("A1", "A4", "B1"), cells.get("B4"), "'#' rounds to zero");
        assertEquals(3, cells.size(), "'..', '-', 'x', 'n/a' say there is no value");
    }

    @Test
    void aLabelThatEndsWithACommaIsFinishedOnTheRowBelowNotHeadedByIt() {
        Map<String, List<String>> cells = read(
                "Year|Total|Land",
                "2008|3401|830",
                "Percent change,|282.6|307.3",
                "1990–2008||",
                "Average annual growth rate,|7.7|8.1",
                "1990–2008||");
        assertEquals(List.of("A1", "A5", "B1"), cells.get("B5"), "'1990–2008' ends the label above; it heads nothing");
    }

    @Test
    void totalsInTheWordsOfOtherStatisticsOffices() {
        Map<String, List<String>> cells = read(
                "County|Pupils",
                "I alt|6169",
                "Østfold|275",
                "Akershus|594");
        assertEquals(List.of("A1", "A3", "B1"), cells.get("B3"), "'I alt' (Norwegian: in all) heads none of the counties");
    }

    /** Rows written as "a|b|c" (empty between bars is a blank cell); returns each value cell's heading cells, sorted. */
    private static Map<String, List<String>> read(String... lines) {
        Map<String, List<String>> out = new TreeMap<>();
        LayoutReader layout = new LayoutReader(LayoutReader.Settings.defaults(),
                c -> out.put(c.value().ref(), c.headings().stream().map(Heading::cell).distinct().sorted().toList()));
        layout.startSheet("Sheet1", false);
        for (int r = 0; r < lines.length; r++) {
            List<SheetCell> cells = new ArrayList<>();
            String[] parts = lines[r].split("\\|", -1);
            for (int c = 0; c < parts.length; c++) {
                if (!parts[c].isBlank()) {
                    cells.add(new SheetCell(r, c, parts[c], null, false));
                }
            }
            layout.row(new SheetRow(r, cells, false));
        }
        layout.endSheet();
        return out;
    }
}
