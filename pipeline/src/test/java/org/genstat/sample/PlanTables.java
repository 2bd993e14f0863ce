package org.genstat.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genstat.csv.CsvReader;

/**
 * The target tables of the Hương Trà (000) and Quảng Ninh (002) plans, as the units would annex
 * them: every indicator in the plan's own wording with its 2025 / 2030 targets written as the
 * plan writes them. Built from the project's shared domain files (local_targets.csv, aliases.csv)
 * so the wording and the values are the seeds', not retyped.
 */
final class PlanTables {
    private PlanTables() {
    }

    static void write(Path inbox, Path domain) throws IOException {
        if (!Files.isDirectory(domain)) {
            System.out.println("plan tables not regenerated: " + domain + " is not there");
            return;
        }
        List<Map<String, String>> targets = CsvReader.readMaps(domain.resolve("local_targets.csv"));
        List<Map<String, String>> aliases = CsvReader.readMaps(domain.resolve("aliases.csv"));
        plan(inbox.resolve("huong-tra/HuongTra-ke-hoach-2021-2025.xlsx"), "000", targets, aliases,
                List.of("UBND THỊ XÃ HƯƠNG TRÀ", "KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI"
                        + " GIAI ĐOẠN 2021-2025", "Phụ lục: chỉ tiêu đến năm 2025"),
                List.of(2025), "2021-07-15T08:00:00Z");
        plan(inbox.resolve("quang-ninh/QN-ke-hoach-82-2021-2030.xlsx"), "002", targets, aliases,
                List.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH", "CHỈ TIÊU KẾ HOẠCH THỰC HIỆN CHIẾN LƯỢC QUỐC GIA VỀ BÌNH"
                        + " ĐẲNG GIỚI GIAI ĐOẠN 2021-2030", "(Kèm theo Kế hoạch số 82/KH-UBND ngày 08/4/2021)"),
                List.of(2025, 2030), "2021-04-08T08:00:00Z");
    }

    private static void plan(Path file, String seed, List<Map<String, String>> targets,
                             List<Map<String, String>> aliases, List<String> title, List<Integer> years,
                             String savedAt) throws IOException {
        Map<String, Map<Integer, String>> byCode = new LinkedHashMap<>();
        for (Map<String, String> t : targets) {
            if (t.get("source").startsWith(seed) && "target".equals(t.get("kind"))) {
                byCode.computeIfAbsent(t.get("code"), k -> new LinkedHashMap<>())
                        .put(Integer.valueOf(t.get("year")), t.get("value_text"));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        title.forEach(line -> rows.add(new Object[] {null, line}));
        rows.add(new Object[] {});
        List<Object> header = new ArrayList<>(List.of("STT", "Chỉ tiêu"));
        years.forEach(y -> header.add("Mục tiêu đến năm " + y));
        rows.add(header.toArray());
        int n = 0;
        for (Map.Entry<String, Map<Integer, String>> e : byCode.entrySet()) {
            String label = aliases.stream().filter(a -> a.get("source").startsWith(seed) && a.get("code").equals(e.getKey()))
                    .map(a -> a.get("label_vi")).findFirst().orElseThrow();
            List<Object> row = new ArrayList<>(List.of(String.valueOf(++n), label));
            years.forEach(y -> row.add(e.getValue().get(y)));
            rows.add(row.toArray());
        }
        try (Workbook wb = new XSSFWorkbook()) {
            try {
                ((XSSFWorkbook) wb).getProperties().getCoreProperties().setModified(savedAt);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
                throw new IOException(ex);
            }
            MoreLayouts.fill(wb, "Phu luc", rows, title.size() + 1);
            MoreLayouts.save(wb, file);
        }
    }
}
