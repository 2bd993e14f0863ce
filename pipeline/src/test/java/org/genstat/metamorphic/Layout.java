package org.genstat.metamorphic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.genstat.metamorphic.GeneratedLayoutsTest.Sheet2;
import org.genstat.metamorphic.GeneratedLayoutsTest.Value;

/** One generated layout: how a unit might lay out its values, chosen by a seeded random. */
record Layout(boolean yearsDown, String sex, boolean twoLevels, boolean abbreviated, int tables, String format,
              boolean numbered) {

    static Layout random(Random r) {
        boolean yearsDown = r.nextInt(4) == 0;
        String format = new String[] {"xlsx", "xlsx", "xls", "csv"}[r.nextInt(4)];
        List<String> sexModes = new ArrayList<>(List.of("none", "columns"));
        if (!yearsDown) {
            sexModes.add("sub-rows");
            if (!format.equals("csv")) {
                sexModes.add("sheets");
            }
        }
        return new Layout(yearsDown, sexModes.get(r.nextInt(sexModes.size())), r.nextBoolean(), r.nextBoolean(),
                yearsDown ? 1 : 1 + r.nextInt(2), format, r.nextBoolean());
    }

    String shape() {
        return (yearsDown ? "years-down" : "indicators-down") + "/" + (twoLevels ? "2-levels" : "1-level") + "/sex-" + sex
                + (tables > 1 ? "/2-tables" : "");
    }

    /** A year and kind: one column (or row) of values. */
    private record Period(int year, String kind) {
    }

    /** Writes the values; {@code expected} receives every value put in, by its key. */
    List<Sheet2> write(List<Value> values, int reportYear, String title, Random r, Map<String, List<String>> wordings,
                       Map<String, Double> expected, String unit) {
        Map<String, Map<Period, Double>> byCode = new LinkedHashMap<>();
        TreeMap<Integer, List<Period>> periodsByYear = new TreeMap<>();
        for (Value v : values) {
            Period p = new Period(v.year(), v.kind());
            byCode.computeIfAbsent(v.code(), k -> new LinkedHashMap<>()).put(p, v.value());
            List<Period> ps = periodsByYear.computeIfAbsent(v.year(), k -> new ArrayList<>());
            if (!ps.contains(p)) {
                ps.add(p);
            }
        }
        List<Period> periods = periodsByYear.values().stream().flatMap(List::stream).toList();
        Map<String, String> label = new LinkedHashMap<>();
        for (String code : byCode.keySet()) {
            List<String> w = wordings.get(code);
            String text = w.get(r.nextInt(w.size()));
            label.put(code, numbered ? text : text.replaceFirst("^(Chỉ tiêu|Chỉ số)\\s*\\d+\\s*[:.]\\s*", ""));
        }
        Map<String, String> kindWords = Map.of("actual", abbreviated ? "TH" : "Thực hiện",
                "target", abbreviated ? "KH" : (r.nextBoolean() ? "Kế hoạch" : "Mục tiêu"));
        List<String> sexes = sex.equals("none") ? List.of("T") : List.of("T", "M", "F");
        for (String code : byCode.keySet()) {
            for (Map.Entry<Period, Double> e : byCode.get(code).entrySet()) {
                for (String s : sexes) {
                    expected.put(GeneratedLayoutsTest.key(code, unit, e.getKey().year(), s, e.getKey().kind()),
                            sexValue(e.getValue(), s));
                }
            }
        }
        List<String> codes = new ArrayList<>(byCode.keySet());
        if (sex.equals("sheets")) {
            List<Sheet2> sheets = new ArrayList<>();
            for (String s : sexes) {
                sheets.add(new Sheet2(sheetName(s), indicatorsDown(codes, byCode, label, periods, kindWords, title,
                        reportYear, s)));
            }
            return sheets;
        }
        return List.of(new Sheet2("Bieu", yearsDown ? yearsDownTable(codes, byCode, label, periods, kindWords, title,
                reportYear) : indicatorsDown(codes, byCode, label, periods, kindWords, title, reportYear, null)));
    }

    private static String sheetName(String s) {
        return switch (s) {
            case "M" -> "Nam";
            case "F" -> "Nữ";
            default -> "Tổng số";
        };
    }

    private static String sexWord(String s) {
        return switch (s) {
            case "M" -> "Nam";
            case "F" -> "Nữ";
            default -> "Tổng số";
        };
    }

    private List<List<Object>> titleRows(String title, int reportYear) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(title));
        rows.add(row("BÁO CÁO KẾT QUẢ THỰC HIỆN MỤC TIÊU BÌNH ĐẲNG GIỚI NĂM " + reportYear));
        rows.add(row());
        return rows;
    }

    /** Indicators down the rows, years (and kinds, and sexes) across. {@code onlySex}: a sheet of one sex. */
    private List<List<Object>> indicatorsDown(List<String> codes, Map<String, Map<Period, Double>> byCode,
                                              Map<String, String> label, List<Period> periods,
                                              Map<String, String> kindWords, String title, int reportYear, String onlySex) {
        List<List<Object>> rows = titleRows(title, reportYear);
        boolean sexColumns = sex.equals("columns");
        List<String> sexes = sexColumns ? List.of("T", "M", "F") : List.of("T");
        int per = (codes.size() + tables - 1) / tables;
        for (int t = 0; t < tables; t++) {
            List<String> part = codes.subList(Math.min(codes.size(), t * per), Math.min(codes.size(), (t + 1) * per));
            if (part.isEmpty()) {
                continue;
            }
            if (tables > 1) {
                rows.add(row("Biểu " + (t + 1) + ": Các chỉ tiêu bình đẳng giới"));
            }
            // header: one row "TH 2016" or two rows "Năm 2016" / "Thực hiện", and a row of sexes under them
            List<Object> h1 = row("STT", "Chỉ tiêu", "ĐVT");
            List<Object> h2 = row(null, null, null);
            List<Object> h3 = row(null, null, null);
            Integer lastYear = null;
            for (Period p : periods) {
                for (int s = 0; s < sexes.size(); s++) {
                    boolean first = s == 0;
                    if (twoLevels) {
                        h1.add(first && !Integer.valueOf(p.year()).equals(lastYear) ? "Năm " + p.year() : null);
                        h2.add(first ? kindWords.get(p.kind()) : null);
                    } else {
                        h1.add(first ? kindWords.get(p.kind()) + " " + p.year() : null);
                    }
                    h3.add(sexWord(sexes.get(s)));
                    lastYear = p.year();
                }
            }
            rows.add(h1);
            if (twoLevels) {
                rows.add(h2);
            }
            if (sexColumns) {
                rows.add(h3);
            }
            int n = 1;
            for (String code : part) {
                List<String> rowSexes = sex.equals("sub-rows") ? List.of("T", "F", "M")
                        : List.of(onlySex == null ? "T" : onlySex);
                for (String rowSex : rowSexes) {
                    List<Object> row = rowSex.equals("T") || onlySex != null
                            ? row(String.valueOf(n), label.get(code), "%")
                            : row(null, rowSex.equals("F") ? "- Trong đó: Nữ" : "- Nam", null);
                    for (Period p : periods) {
                        Double v = byCode.get(code).get(p);
                        for (String s : sexes) {
                            String cellSex = sexColumns ? s : rowSex;
                            row.add(v == null ? null : sexValue(v, cellSex));
                        }
                    }
                    rows.add(row);
                }
                n++;
            }
            rows.add(row());
            rows.add(row());
        }
        return rows;
    }

    /** Years (with their kinds) down the rows, indicators (and sexes) across. */
    private List<List<Object>> yearsDownTable(List<String> codes, Map<String, Map<Period, Double>> byCode,
                                              Map<String, String> label, List<Period> periods,
                                              Map<String, String> kindWords, String title, int reportYear) {
        List<List<Object>> rows = titleRows(title, reportYear);
        boolean sexColumns = sex.equals("columns");
        List<String> sexes = sexColumns ? List.of("T", "M", "F") : List.of("T");
        List<Object> h1 = row("Năm");
        List<Object> h2 = row((Object) null);
        for (String code : codes) {
            for (int s = 0; s < sexes.size(); s++) {
                h1.add(s == 0 ? label.get(code) : null);
                h2.add(sexWord(sexes.get(s)));
            }
        }
        rows.add(h1);
        if (sexColumns) {
            rows.add(h2);
        }
        for (Period p : periods) {
            List<Object> row = row(kindWords.get(p.kind()) + " " + p.year());
            for (String code : codes) {
                Double v = byCode.get(code).get(p);
                for (String s : sexes) {
                    row.add(v == null ? null : sexValue(v, s));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    static double sexValue(double v, String sex) {
        return switch (sex) {
            case "M" -> Math.round(v * 55) / 100.0;
            case "F" -> Math.round(v * 45) / 100.0;
            default -> v;
        };
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
