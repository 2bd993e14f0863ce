package org.genstat.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample reports in the layouts units really use beyond the simplest table: years down the
 * rows, one row per commune, sex as sheets, several tables and sheets with hidden rows, formulas
 * and percentage cells, .xls, .ods, legacy font encodings and other CSV encodings.
 */
final class MoreLayouts {
    private MoreLayouts() {
    }

    static void write(Path inbox) throws IOException {
        songAn2019(inbox.resolve("song-an/SongAn_baocao_2019.xls"));
        huongTraCommunes2024(inbox.resolve("huong-tra/HuongTra_cac-xa-phuong_2024.xlsx"));
        quangNinh2023BySex(inbox.resolve("quang-ninh/QN-2023-theo-gioi-tinh.xlsx"));
        konTum2018(inbox.resolve("kon-tum/kontum-2018-bieu-mau.xlsx"));
        haBac2027(inbox.resolve("ha-bac/HaBac-2027.ods"));
        dakHa2019(inbox.resolve("kon-tum/dak-ha/DakHa-2019-font-ABC.xlsx"));
        giaLai2020(inbox.resolve("gia-lai/GiaLai-2020-unicode-text.txt"));
        quangNinh2024(inbox.resolve("quang-ninh/QN-2024-windows-1258.csv"));
    }

    /**
     * Song An commune (An Khê town, Gia Lai), 2019, in the 2011–2020 generation: an old .xls typed
     * with a VNI font, years down the rows and one indicator per column.
     */
    static void songAn2019(Path file) throws IOException {
        UnaryOperator<String> vni = LegacyEncoder::vni;
        List<Object[]> rows = List.of(
                r(vni.apply("UBND XÃ SONG AN")),
                r(vni.apply("THỊ XÃ AN KHÊ - TỈNH GIA LAI")),
                r(vni.apply("KẾT QUẢ THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI NĂM 2019")),
                r(),
                r(vni.apply("Năm"),
                        vni.apply("Tỷ lệ cán bộ, công chức, viên chức được nâng cao nhận thức về giới và bình đẳng giới (%)"),
                        vni.apply("Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện được tư vấn, hỗ trợ (%)"),
                        vni.apply("Số đại biểu Hội đồng nhân dân xã là nữ (người)")),
                r(2018, 70, 100, 6),
                r(2019, 85, vni.apply("Chưa phát hiện"), 6));
        try (Workbook wb = new HSSFWorkbook()) {
            fill(wb, vni.apply("Báo cáo"), rows, 4);
            save(wb, file);
        }
    }

    /**
     * Hương Trà town's table of its communes and wards for 2024: one row per unit, one column per
     * indicator, a total row, and one share mistyped as 180 %.
     */
    static void huongTraCommunes2024(Path file) throws IOException {
        List<Object[]> rows = List.of(
                r("UBND THỊ XÃ HƯƠNG TRÀ"),
                r("TỔNG HỢP KẾT QUẢ THỰC HIỆN CHỈ TIÊU BÌNH ĐẲNG GIỚI CỦA CÁC XÃ, PHƯỜNG NĂM 2024"),
                r(),
                r("STT", "Xã, phường", "Số tin, bài về bình đẳng giới trên hệ thống thông tin cơ sở mỗi quý",
                        "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới (%)"),
                r(1, "Phường Tứ Hạ", 4, 62),
                r(2, "Xã Hương Toàn", 2, 55.5),
                r(3, "Phường Hương Vân", 3, 58),
                r(4, "Phường Hương Văn", 1, 49),
                r(5, "Xã Hương Bình", 2, 51.2),
                r(6, "Xã Bình Tiến", 3, 180), // a typo for 18.0: flagged impossible, kept out of analysis
                r(null, "Cộng", 15, null));
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb, "Tong hop", rows, 3);
            save(wb, file);
        }
    }

    /** Quảng Ninh 2023: the same table once per sex, one sheet each ("Nữ", "Nam"). */
    static void quangNinh2023BySex(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            for (Object[] sheet : new Object[][] {{"Nữ", 99.7, 93.1, 33.9}, {"Nam", 99.5, 91.8, 30.2}}) {
                List<Object[]> rows = List.of(
                        r("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"),
                        r("SỐ LIỆU THEO GIỚI TÍNH NĂM 2023 - " + sheet[0].toString().toUpperCase()),
                        r(),
                        r("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2023"),
                        r("5.2", "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành giáo dục tiểu học", "%",
                                sheet[1]),
                        r("5.2", "Tỷ lệ trẻ em trai và trẻ em gái dân tộc thiểu số hoàn thành cấp trung học cơ sở", "%",
                                sheet[2]),
                        r("", "Tỷ lệ lao động đang làm việc đã qua đào tạo", "%", sheet[3]));
                fill(wb, sheet[0].toString(), rows, 3);
            }
            save(wb, file);
        }
    }

    /**
     * Kon Tum's 2018 report: two sheets, the first with two tables one under the other; a hidden
     * draft row, a hidden helper column, a formula, a percentage cell holding a fraction and a
     * number typed as text.
     */
    static void konTum2018(Path file) throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            List<Object[]> first = List.of(
                    r("UBND TỈNH KON TUM"),
                    r("BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2018"),
                    r(),
                    r("Biểu 1. Lĩnh vực lao động, việc làm"),
                    r("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2017", "Ước thực hiện năm 2018", "Kế hoạch năm 2019", "nháp"),
                    r("1", "Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật", "%",
                            "42,8", 43.5, 44, "x"),
                    r("2", "Tỷ lệ nữ tham gia lãnh đạo, quản lý doanh nghiệp", "%", 31.2, 0.318, 32, "x"),
                    r("3", "Tỷ lệ nữ tham gia lãnh đạo, quản lý doanh nghiệp (số cũ, bỏ)", "%", 99, 99, 99, "x"),
                    r(),
                    r("Biểu 2. Lĩnh vực gia đình"),
                    r("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2017", "Ước thực hiện năm 2018", "Kế hoạch năm 2019"),
                    r("1", "Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện, được tư vấn về pháp lý và sức khỏe, được"
                            + " hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia đình", "%", 96, 97, 97));
            Sheet s1 = fill(wb, "Bieu 1-2", first, 4);
            s1.getRow(7).setZeroHeight(true); // the withdrawn draft row
            s1.setColumnHidden(6, true); // the helper column
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            s1.getRow(6).getCell(4).setCellStyle(percent); // 0.318 shown as 31.8%
            s1.getRow(5).getCell(5).setCellFormula("E6+0.5"); // the 2019 plan as a formula on the 2018 estimate
            s1.getRow(5).getCell(3).setCellValue("42,8");
            List<Object[]> second = List.of(
                    r("UBND TỈNH KON TUM"),
                    r("Biểu 3. Lĩnh vực y tế - NĂM 2018"),
                    r(),
                    r("STT", "Chỉ tiêu", "ĐVT", "Thực hiện năm 2017", "Ước thực hiện năm 2018", "Kế hoạch năm 2019"),
                    r("1", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "110/100", "109/100", "108/100"),
                    r("2", "Tỷ lệ phụ nữ mang thai được tiếp cận dịch vụ chăm sóc sức khỏe sinh sản (ít nhất 03"
                            + " lần/thai kỳ)", "%", 85, 86.5, 88));
            fill(wb, "Bieu 3", second, 3);
            wb.setForceFormulaRecalculation(false);
            org.apache.poi.ss.usermodel.FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.evaluateAll(); // the cached value a saved Excel file carries
            save(wb, file);
        }
    }

    /** Hà Bắc commune's 2027 report, saved by LibreOffice as .ods. */
    static void haBac2027(Path file) throws IOException {
        List<String[]> rows = List.of(
                new String[] {"UBND XÃ HÀ BẮC"},
                new String[] {"BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM 2027"},
                new String[] {},
                new String[] {"STT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"},
                new String[] {"1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "f:38.5", "f:41.2"},
                new String[] {"2", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", "f:72", "p:0.76"},
                new String[] {"3", "Số chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới mỗi tháng",
                        "chuyên mục/tháng", "f:1", "f:2"});
        Ods.write(file, "Bao cao 2027", rows, "2027-11-25T09:00:00");
    }

    /** Đắk Hà district (Kon Tum), 2019, typed with the TCVN3 (ABC) ".VnTime" font. */
    static void dakHa2019(Path file) throws IOException {
        UnaryOperator<String> abc = LegacyEncoder::tcvn3;
        List<Object[]> rows = List.of(
                r(abc.apply("UBND HUYỆN ĐẮK HÀ")),
                r(abc.apply("Báo cáo kết quả thực hiện công tác bình đẳng giới năm 2019")),
                r(),
                r(abc.apply("STT"), abc.apply("Chỉ tiêu"), abc.apply("ĐVT"), abc.apply("Kết quả năm 2018"),
                        abc.apply("Kết quả năm 2019")),
                r("1", abc.apply("Tỷ lệ lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề và chuyên môn kỹ thuật"),
                        "%", 38.5, 40.2),
                r("2", abc.apply("Tỷ lệ nạn nhân của bạo lực gia đình được phát hiện, được tư vấn về pháp lý và sức"
                        + " khỏe, được hỗ trợ và chăm sóc tại các cơ sở trợ giúp nạn nhân bạo lực gia đình"), "%", 90, 100));
        try (Workbook wb = new XSSFWorkbook()) {
            fill(wb, "BC", rows, 3);
            save(wb, file);
        }
    }

    /** Gia Lai province, 2020, as Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-separated. */
    static void giaLai2020(Path file) throws IOException {
        List<String> lines = List.of(
                "UBND TỈNH GIA LAI",
                "BÁO CÁO TỔNG KẾT THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM 2020",
                "",
                "Chỉ tiêu\tĐVT\tKết quả năm 2019\tKết quả năm 2020",
                "Tỷ lệ nữ thạc sĩ và tương đương\t%\t28,5\t31",
                "Tỷ lệ nữ tiến sĩ và tương đương\t%\t12\t14,5",
                "Tỷ số giới tính khi sinh\tbé trai/100 bé gái\t109,6\t108,9");
        text(file, lines, StandardCharsets.UTF_16LE, true);
    }

    /** Quảng Ninh 2024 from a Vietnamese Windows machine: comma CSV in Windows-1258 (tones as combining marks). */
    static void quangNinh2024(Path file) throws IOException {
        List<String> lines = List.of(
                "UBND TỈNH QUẢNG NINH,,,",
                "BÁO CÁO KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM 2024,,,",
                "STT,Chỉ tiêu,ĐVT,Thực hiện năm 2024",
                "2.1,Tỷ lệ lao động nữ làm công việc hưởng lương,%,\"49,6\"",
                "2.3,\"Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã\",%,\"26,9\"",
                "6.1,Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới,%,\"58,4\"");
        text(file, lines.stream().map(MoreLayouts::windows1258Form).toList(), Charset.forName("windows-1258"), false);
    }

    /**
     * Windows-1258 has â ê ô ă ơ ư đ as letters but the five tones only as combining marks:
     * "ệ" is written "ê" + dot below.
     */
    static String windows1258Form(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : Normalizer.normalize(s, Normalizer.Form.NFC).toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tone = new StringBuilder();
            for (char x : d.toCharArray()) {
                ("\u0300\u0301\u0303\u0309\u0323".indexOf(x) >= 0 ? tone : base).append(x);
            }
            sb.append(Normalizer.normalize(base, Normalizer.Form.NFC)).append(tone);
        }
        return sb.toString();
    }

    private static void text(Path file, List<String> lines, Charset charset, boolean bom) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file); Writer w = new java.io.OutputStreamWriter(out, charset)) {
            if (bom) {
                w.write('\uFEFF');
            }
            for (String line : lines) {
                w.write(line);
                w.write("\r\n");
            }
        }
    }

    private static Object[] r(Object... cells) {
        return cells;
    }

    static Sheet fill(Workbook wb, String name, List<Object[]> rows, int headerRow) {
        Sheet sheet = wb.createSheet(name);
        for (int i = 0; i < rows.size(); i++) {
            Row row = sheet.createRow(i);
            Object[] cells = rows.get(i);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (cells[c] instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(cells[c].toString());
                }
            }
        }
        return sheet;
    }

    static void save(Workbook wb, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    /** A minimal OpenDocument spreadsheet writer: "f:" floats, "p:" percentages, else text. */
    static final class Ods {
        private Ods() {
        }

        static void write(Path file, String sheet, List<String[]> rows, String savedAt) throws IOException {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                    + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
                    + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
                    + "<office:body><office:spreadsheet><table:table table:name=\"" + esc(sheet) + "\">");
            for (String[] row : rows) {
                x.append("<table:table-row>");
                for (String cell : row) {
                    if (cell.startsWith("f:") || cell.startsWith("p:")) {
                        String v = cell.substring(2);
                        String type = cell.startsWith("p:") ? "percentage" : "float";
                        String shown = cell.startsWith("p:") ? Double.parseDouble(v) * 100 + "%" : v.replace('.', ',');
                        x.append("<table:table-cell office:value-type=\"").append(type).append("\" office:value=\"")
                                .append(v).append("\"><text:p>").append(shown).append("</text:p></table:table-cell>");
                    } else {
                        x.append("<table:table-cell office:value-type=\"string\"><text:p>").append(esc(cell))
                                .append("</text:p></table:table-cell>");
                    }
                }
                x.append("</table:table-row>");
            }
            x.append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell"
                    + " table:number-columns-repeated=\"1024\"/></table:table-row>");
            x.append("</table:table></office:spreadsheet></office:body></office:document-content>");
            Files.createDirectories(file.getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                ZipEntry mime = new ZipEntry("mimetype");
                mime.setMethod(ZipEntry.STORED);
                byte[] m = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
                mime.setSize(m.length);
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(m);
                mime.setCrc(crc.getValue());
                zip.putNextEntry(mime);
                zip.write(m);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
                        + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                        + "<manifest:file-entry manifest:full-path=\"/\""
                        + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                        + "</manifest:manifest>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("meta.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>"
                        + "<dc:date>" + savedAt + "</dc:date></office:meta></office:document-meta>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("content.xml"));
                zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        private static String esc(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
