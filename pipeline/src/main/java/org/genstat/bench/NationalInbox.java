package org.genstat.bench;

import org.genstat.vocabulary.UnitLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.genstat.io.AtomicFiles;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;

/**
 * A made-up national inbox for the benchmark: one report per real unit (province or commune of the
 * register in force) and year, as xlsx, xls or csv in the proportions units send them, titled the
 * way a clerk writes it, with seed wordings, goal headings, a sex sub-row, comma decimals, blank
 * and "-" cells, and a signature block. Deterministic: the same arguments give the same files.
 */
public final class NationalInbox {
    /** Label, unit of measure, typical value. Wordings are the seeds' own. */
    private static final String[][] ROWS = {
            {"a", "Mục tiêu 1: Trong công tác tổ chức cán bộ", null, null},
            {"", "Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ", "%", "50"},
            {"b", "Mục tiêu 2: Trong lĩnh vực kinh tế, lao động", null, null},
            {"1", "Tỷ lệ lao động nữ làm công hưởng lương", "%", "43"},
            {"2", "Tỷ trọng lao động nữ làm việc trong khu vực nông nghiệp trong tổng số lao động nữ có việc làm", "%", "32"},
            {"c", "Mục tiêu 3: Trong đời sống gia đình và phòng, chống bạo lực trên cơ sở giới", null, null},
            {"1", "Số giờ trung bình làm công việc nội trợ và chăm sóc trong gia đình không được trả công của phụ nữ so với nam giới", "lần", "2.2"},
            {"2", "Số câu lạc bộ gia đình phát triển bền vững", "CLB", "14"},
            {"d", "Mục tiêu 4: Trong lĩnh vực y tế", null, null},
            {"1", "Tỷ số giới tính khi sinh", "bé trai/100 bé gái", "111"},
            {"2", "Tỷ suất sinh ở vị thành niên", "/1.000 phụ nữ", "16"},
            {"đ", "Mục tiêu 5: Trong lĩnh vực giáo dục và đào tạo", null, null},
            {"4", "Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ", "%", "40"},
            {"e", "Mục tiêu 6: Trong lĩnh vực thông tin, truyền thông", null, null},
            {"1", "Tỷ lệ dân số được tiếp cận kiến thức cơ bản về bình đẳng giới", "%", "52"},
    };

    /** What was written. */
    public record Written(int files, int xlsx, int xls, int csv, long bytes, List<Path> paths) {
    }

    private NationalInbox() {
    }

    /** The provinces and communes valid on the last day of {@code year}, at most {@code limit}, provinces first. */
    public static List<Unit> units(UnitRegistry registry, int year, int limit) {
        List<Unit> provinces = new ArrayList<>();
        List<Unit> communes = new ArrayList<>();
        for (Unit u : registry.atEndOf(year)) {
            if (u.level() == UnitLevel.PROVINCE) {
                provinces.add(u);
            } else if (u.level() == UnitLevel.COMMUNE) {
                communes.add(u);
            }
        }
        List<Unit> all = new ArrayList<>(provinces);
        all.addAll(communes);
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** Writes one report per unit and year under {@code inbox}, on {@code threads} threads. */
    public static Written write(Path inbox, UnitRegistry registry, List<Unit> units, List<Integer> years, int threads) {
        List<Path> paths = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong bytes = new AtomicLong();
        int[] formats = new int[3];
        List<Runnable> work = new ArrayList<>();
        for (int year : years) {
            for (int k = 0; k < units.size(); k++) {
                Unit u = units.get(k);
                int format = Math.floorMod((u.code() + year).hashCode(), 100) < 78 ? 0
                        : Math.floorMod((u.code() + year).hashCode(), 100) < 89 ? 1 : 2; // 78% xlsx, 11% xls, 11% csv
                formats[format]++;
                Unit province = province(registry, u, year);
                work.add(() -> {
                    Path file = inbox.resolve(folder(province) + "/" + u.code() + "-bao-cao-BDG-" + year
                            + new String[] {".xlsx", ".xls", ".csv"}[format]);
                    List<String[]> rows = reportOf(registry, u, year);
                    AtomicFiles.write(file, tmp -> {
                        if (format == 2) {
                            csv(tmp, rows);
                        } else {
                            workbook(tmp, rows, format == 0 ? new XSSFWorkbook() : new HSSFWorkbook());
                        }
                    });
                    try {
                        bytes.addAndGet(Files.size(file));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    paths.add(file);
                });
            }
        }
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            pool.submit(() -> work.parallelStream().forEach(Runnable::run)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        List<Path> sorted = new ArrayList<>(paths);
        sorted.sort(null);
        return new Written(work.size(), formats[0], formats[1], formats[2], bytes.get(), sorted);
    }

    /** The rows of the report written for one unit and year: the same each time (its seed is the unit and year). */
    static List<String[]> reportOf(UnitRegistry registry, Unit u, int year) {
        return report(u, province(registry, u, year), year, new Random((u.code() + "/" + year).hashCode()));
    }

    private static Unit province(UnitRegistry registry, Unit u, int year) {
        LocalDate day = LocalDate.of(year, 12, 31);
        Unit p = u;
        while (p != null && p.level() != UnitLevel.PROVINCE && p.parentCode() != null && !p.parentCode().isEmpty()) {
            p = registry.byCode(p.parentCode(), day).orElse(null);
        }
        return p == null ? u : p;
    }

    private static String folder(Unit province) {
        return province.code();
    }

    /** The report's rows: title, header, indicator rows with goal headings and a sex sub-row, signature. */
    private static List<String[]> report(Unit u, Unit province, int year, Random random) {
        List<String[]> rows = new ArrayList<>();
        String who = u == province ? u.name() : u.name() + ", " + province.name();
        rows.add(new String[] {"ỦY BAN NHÂN DÂN " + who.toUpperCase(Locale.ROOT)});
        rows.add(new String[] {"BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM " + year});
        rows.add(new String[] {});
        rows.add(new String[] {"TT", "Nội dung chỉ tiêu", "Đơn vị tính", "Kết quả năm " + (year - 1),
                "Kết quả năm " + year, "Chỉ tiêu đến năm 2030"});
        for (String[] r : ROWS) {
            if (r[2] == null) {
                rows.add(new String[] {r[0], r[1]});
                continue;
            }
            double typical = Double.parseDouble(r[3]);
            rows.add(new String[] {r[0], r[1], r[2], value(typical, random), value(typical, random),
                    random.nextInt(10) == 0 ? "" : value(typical * 1.1, random)});
            if (r[1].startsWith("Số câu lạc bộ")) {
                rows.add(new String[] {"", "Trong đó: Nữ", r[2], value(typical / 2, random), value(typical / 2, random), ""});
            }
        }
        rows.add(new String[] {});
        rows.add(new String[] {"", "Nơi nhận: Sở Y tế; Lưu VT.", "", "", "TM. ỦY BAN NHÂN DÂN"});
        rows.add(new String[] {"", "", "", "", "CHỦ TỊCH"});
        return rows;
    }

    /** Vietnamese decimals, now and then a blank or a dash. */
    private static String value(double typical, Random random) {
        int roll = random.nextInt(40);
        if (roll == 0) {
            return "";
        }
        if (roll == 1) {
            return "-";
        }
        double v = typical * (0.8 + 0.4 * random.nextDouble());
        return typical >= 10 ? String.format(Locale.ROOT, "%.1f", v).replace('.', ',')
                : String.format(Locale.ROOT, "%.2f", v).replace('.', ',');
    }

    private static void csv(Path tmp, List<String[]> rows) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            sb.append(String.join(";", r)).append('\n');
        }
        Files.writeString(tmp, sb.toString(), StandardCharsets.UTF_8);
    }

    private static void workbook(Path tmp, List<String[]> rows, Workbook wb) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(tmp)) {
            if (wb instanceof HSSFWorkbook hssf) {
                hssf.createInformationProperties(); // as Excel writes them (and POI stops warning of their absence)
            }
            Sheet sheet = wb.createSheet("Biểu 01");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                String[] r = rows.get(i);
                for (int c = 0; c < r.length; c++) {
                    if (c >= 3 && r[c].matches("[0-9]+(,[0-9]+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(r[c].replace(',', '.'))); // typed as a number
                    } else if (!r[c].isEmpty()) {
                        row.createCell(c).setCellValue(r[c]);
                    }
                }
            }
            wb.write(out);
        }
    }
}
