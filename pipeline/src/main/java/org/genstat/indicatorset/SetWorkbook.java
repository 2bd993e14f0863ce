package org.genstat.indicatorset;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.genstat.io.AtomicFiles;

/**
 * The set for people: a cover sheet, then one sheet per domain with Vietnamese and English
 * headings, a frozen header, number formats per measure and fixed widths. Written by streaming
 * (SXSSF), so its size does not depend on memory.
 */
final class SetWorkbook {
    /** Domain code → sheet name (Vietnamese – English), in the order of the national set. */
    static final Map<String, String> DOMAINS = new LinkedHashMap<>();

    static {
        DOMAINS.put("politics", "Chính trị - Politics");
        DOMAINS.put("economy", "Kinh tế - Economy");
        DOMAINS.put("family", "Gia đình - Family");
        DOMAINS.put("health", "Y tế - Health");
        DOMAINS.put("education", "Giáo dục - Education");
        DOMAINS.put("communication", "Thông tin - Communication");
        DOMAINS.put("governance", "Quản lý NN - Governance");
        DOMAINS.put("population", "Dân số - Population");
    }

    static final List<String> HEADER = List.of("Mã chỉ tiêu\nCode", "Tên chỉ tiêu\nIndicator (vi)", "Indicator (en)",
            "Mã địa bàn\nArea code", "Địa bàn\nArea", "Giới tính\nSex", "Năm\nYear", "Loại\nKind", "Giá trị\nValue",
            "Tổng hợp từ tỉnh\nSum of provinces", "Ghi chú\nFlags", "Mục tiêu 2025\nTarget 2025",
            "Mục tiêu 2030\nTarget 2030", "Tình trạng\nStatus", "Số tệp nguồn\nSource files");
    private static final int[] WIDTHS = {11, 50, 45, 9, 24, 9, 7, 9, 12, 14, 28, 12, 12, 11, 10};

    private SetWorkbook() {
    }

    static void write(Path file, int year, List<SetRow> rows, List<String> cover) {
        AtomicFiles.write(file, tmp -> {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(tmp)) {
                Styles st = new Styles(wb);
                Sheet c = wb.createSheet("Bìa - Cover");
                for (int i = 0; i < cover.size(); i++) {
                    Cell cell = c.createRow(i).createCell(0);
                    cell.setCellValue(cover.get(i));
                    if (i == 0) {
                        cell.setCellStyle(st.title);
                    }
                }
                c.setColumnWidth(0, 120 * 256);
                for (Map.Entry<String, String> d : DOMAINS.entrySet()) {
                    SXSSFSheet s = wb.createSheet(d.getValue());
                    Row h = s.createRow(0);
                    for (int i = 0; i < HEADER.size(); i++) {
                        Cell cell = h.createCell(i);
                        cell.setCellValue(HEADER.get(i));
                        cell.setCellStyle(st.header);
                        s.setColumnWidth(i, WIDTHS[i] * 256);
                    }
                    h.setHeightInPoints(44);
                    s.createFreezePane(0, 1);
                    int r = 1;
                    for (SetRow row : rows) {
                        if (d.getKey().equals(row.indicator().domain())) {
                            row(s.createRow(r++), row, st);
                        }
                    }
                }
                wb.write(out);
                wb.dispose();
            }
        });
    }

    private static void row(Row x, SetRow r, Styles st) {
        text(x, 0, r.indicator().code());
        text(x, 1, r.indicator().nameVi());
        text(x, 2, r.indicator().nameEn());
        text(x, 3, r.area().code());
        text(x, 4, r.area().name());
        text(x, 5, r.sex());
        if (r.point().year() != null) {
            x.createCell(6).setCellValue(r.point().year());
        }
        text(x, 7, r.point().kind());
        number(x, 8, r.point().value(), st.of(r.indicator().measure()));
        number(x, 9, r.aggregated(), st.of(r.indicator().measure()));
        text(x, 10, String.join(", ", r.point().flags()));
        number(x, 11, r.indicator().national2025(), st.of(r.indicator().measure()));
        number(x, 12, r.indicator().national2030(), st.of(r.indicator().measure()));
        text(x, 13, r.status());
        x.createCell(14).setCellValue(r.sourceFiles());
    }

    private static void text(Row x, int col, String v) {
        if (v != null && !v.isEmpty()) {
            x.createCell(col).setCellValue(SafeText.of(v));
        }
    }

    private static void number(Row x, int col, Double v, CellStyle style) {
        if (v != null) {
            Cell c = x.createCell(col);
            c.setCellValue(v);
            c.setCellStyle(style);
        }
    }

    /** Number formats per measure: percentages and rates with one decimal, persons and counts whole. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle title;
        final CellStyle oneDecimal;
        final CellStyle whole;
        final CellStyle twoDecimals;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            oneDecimal = format(wb, "#,##0.0");
            whole = format(wb, "#,##0");
            twoDecimals = format(wb, "0.00");
        }

        private static CellStyle format(SXSSFWorkbook wb, String f) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(f));
            return s;
        }

        CellStyle of(String measure) {
            return switch (measure) {
                case "persons", "count", "yes_no" -> whole;
                case "ratio_times" -> twoDecimals;
                default -> oneDecimal;
            };
        }
    }
}
