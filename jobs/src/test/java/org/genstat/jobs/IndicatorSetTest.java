package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genstat.csv.CsvReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yearly indicator set of the sample warehouse, opened as a person's and a machine's program would. */
class IndicatorSetTest {
    @TempDir
    static Path warehouse;
    static Path out;

    @BeforeAll
    static void night() {
        NightlyJobTest.genstat("nightly", "--inbox", NightlyJobTest.INBOX.toString(), "--warehouse", warehouse.toString());
        out = warehouse.resolve("set");
        NightlyJobTest.genstat("indicator-set", "--year", "2017", "--warehouse", warehouse.toString(), "--out",
                out.toString());
    }

    @Test
    void theWorkbookHasACoverAndOneSheetPerDomainWithFrozenHeadings() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("gender-indicator-set-2017.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(9, wb.getNumberOfSheets());
            assertEquals("Bìa - Cover", wb.getSheetName(0));
            assertTrue(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue().contains("2017"));
            Sheet health = wb.getSheet("Y tế - Health");
            assertTrue(health.getPaneInformation().isFreezePane());
            assertEquals("Giá trị\nValue", health.getRow(0).getCell(8).getStringCellValue());
            Row konTum = find(health, "HEA.01", "62", "T");
            // Kon Tum's 2017 sex ratio at birth: 110, from its 2018 report (an actual beats the 2017 plan).
            assertEquals(110.0, konTum.getCell(8).getNumericCellValue());
            assertEquals(2017, (int) konTum.getCell(6).getNumericCellValue());
            assertEquals("#,##0.0", konTum.getCell(8).getCellStyle().getDataFormatString());
            Row vn = find(health, "HEA.01", "VN", "T");
            assertEquals(111.0, vn.getCell(11).getNumericCellValue(), "the national 2025 target");
            Row eco = find(wb.getSheet("Kinh tế - Economy"), "ECO.03", "62", "T");
            assertTrue(eco.getCell(10).getStringCellValue().contains("definition_break"));
        }
    }

    @Test
    void csvAndSdmxAgreeWithTheWorkbook() {
        List<List<String>> csv = CsvReader.readAll(out.resolve("gender-indicator-set-2017.csv"), ',');
        List<String> konTum = csv.stream().filter(r -> r.get(0).equals("HEA.01") && r.get(5).equals("62")
                && r.get(7).equals("T")).findFirst().orElseThrow();
        assertEquals("110", konTum.get(10));
        assertEquals("2017", konTum.get(8));
        List<List<String>> sdmx = CsvReader.readAll(out.resolve("gender-indicator-set-2017.sdmx.csv"), ',');
        assertEquals(List.of("DATAFLOW", "INDICATOR", "REF_AREA", "SEX", "TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE",
                "OBS_STATUS", "CONF_STATUS", "COMMENT"), sdmx.get(0));
        List<String> obs = sdmx.stream().filter(r -> r.get(1).equals("HEA.01") && r.get(2).equals("62"))
                .findFirst().orElseThrow();
        assertEquals(List.of("_T", "2017", "110"), obs.subList(3, 6));
        // one row per indicator × area × sex: 63 provinces and the country in 2017
        long areas = csv.stream().skip(1).filter(r -> r.get(0).equals("HEA.01")).count();
        assertEquals(64, areas);
    }

    @Test
    void aYearWithoutDataGivesEmptyButValidFiles() throws Exception {
        String said = NightlyJobTest.genstat("indicator-set", "--year", "1990", "--warehouse", warehouse.toString(),
                "--out", out.toString());
        assertTrue(said.contains("no value for 1990"), said);
        assertEquals(1, CsvReader.readAll(out.resolve("gender-indicator-set-1990.csv"), ',').size());
        try (InputStream in = Files.newInputStream(out.resolve("gender-indicator-set-1990.xlsx"));
             Workbook wb = new XSSFWorkbook(in)) {
            assertEquals(9, wb.getNumberOfSheets());
        }
    }

    @Test
    void rerunningGivesTheSameFiles() throws Exception {
        byte[] csv = Files.readAllBytes(out.resolve("gender-indicator-set-2017.csv"));
        byte[] sdmx = Files.readAllBytes(out.resolve("gender-indicator-set-2017.sdmx.csv"));
        NightlyJobTest.genstat("indicator-set", "--year", "2017", "--warehouse", warehouse.toString(), "--out",
                out.toString());
        assertTrue(java.util.Arrays.equals(csv, Files.readAllBytes(out.resolve("gender-indicator-set-2017.csv"))));
        assertTrue(java.util.Arrays.equals(sdmx, Files.readAllBytes(out.resolve("gender-indicator-set-2017.sdmx.csv"))));
    }

    private static Row find(Sheet s, String code, String area, String sex) {
        List<String> seen = new ArrayList<>();
        for (Row r : s) {
            if (r.getRowNum() > 0 && code.equals(r.getCell(0).getStringCellValue())
                    && area.equals(r.getCell(3).getStringCellValue()) && sex.equals(r.getCell(5).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " " + area + " " + sex + seen);
    }
}
