package org.genstat.reference.build;

import org.genstat.vocabulary.UnitLevel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.genstat.csv.CsvReader;
import org.genstat.csv.CsvWriter;
import org.genstat.io.AtomicFiles;
import org.genstat.reference.ReferenceData;
import org.genstat.text.VietText;
import org.genstat.units.LineageLink;
import org.genstat.units.Unit;

/**
 * Derives schemas/reference/ from ../shared (domain/ and data/admin-units/), so that a newer
 * release of the catalog or the unit register is dropped in and rebuilt, never retyped.
 * Usage: {@code ReferenceDataBuilder SHARED_DIR SCHEMAS_DIR}.
 */
public final class ReferenceDataBuilder {
    static final List<String> INDICATOR_COLUMNS = List.of("code", "domain", "name_vi", "name_en", "measure",
            "sex_breakdown", "aggregation", "g2011_ref", "g2021_ref", "national_2020", "national_2025",
            "national_2030", "direction", "comparability_note");

    private ReferenceDataBuilder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReferenceDataBuilder SHARED_DIR SCHEMAS_DIR");
            System.exit(2);
        }
        build(Path.of(args[0]), Path.of(args[1]));
        System.out.println("reference data written to " + Path.of(args[1]).resolve("reference"));
    }

    public static void build(Path shared, Path schemas) throws IOException {
        Path domain = shared.resolve("domain");
        Path units = shared.resolve("data/admin-units");
        writeIndicators(domain.resolve("indicators.csv"), schemas.resolve(ReferenceData.INDICATORS));
        writeAliases(domain.resolve("aliases.csv"), schemas.resolve(ReferenceData.ALIASES));

        List<Unit> register = new ArrayList<>();
        register.add(new Unit("VN", "Việt Nam", UnitLevel.NATIONAL, null, null, null));
        register.addAll(PreReformRegister.read(units.resolve("pre2025/dvhcvn_v20250301.json")));
        ConversionTable table = ConversionTable.read(
                units.resolve("2025/BangChuyendoi\u0110VHCmoi_cu_khong_merge.csv"));
        register.addAll(table.provinces.values());
        register.addAll(table.communes.values());
        write(schemas.resolve(ReferenceData.UNITS),
                List.of("code", "name", "level", "parent_code", "valid_from", "valid_to"), register,
                u -> List.of(u.code(), u.name(), u.level().code(), str(u.parentCode()), str(u.validFrom()), str(u.validTo())));

        Map<String, LineageLink> distinct = new LinkedHashMap<>();
        for (LineageLink l : table.links) {
            distinct.putIfAbsent(l.oldCode() + ">" + l.newCode(), l);
        }
        List<LineageLink> links = new ArrayList<>(distinct.values());
        links.sort(Comparator.comparing((LineageLink l) -> l.oldCode().length()).thenComparing(LineageLink::oldCode)
                .thenComparing(LineageLink::newCode));
        write(schemas.resolve(ReferenceData.LINEAGE), List.of("old_code", "new_code", "relation", "effective_date"),
                links, l -> List.of(l.oldCode(), l.newCode(), l.relation().code(), l.effectiveDate().toString()));
    }

    private static void writeIndicators(Path source, Path target) throws IOException {
        List<Map<String, String>> rows = CsvReader.readMaps(source);
        write(target, INDICATOR_COLUMNS, rows,
                r -> INDICATOR_COLUMNS.stream().map(c -> VietText.clean(r.getOrDefault(c, ""))).toList());
    }

    private static void writeAliases(Path source, Path target) throws IOException {
        List<String> columns = List.of("code", "generation", "goal_no", "indicator_no", "label", "unit_text", "source");
        write(target, columns, CsvReader.readMaps(source), r -> List.of(r.get("code"), r.get("generation"), r.get("goal_no"),
                r.get("indicator_no"), VietText.clean(r.get("label_vi")), VietText.clean(r.get("unit_text")),
                r.get("source")));
    }

    private static <T> void write(Path target, List<String> header, List<T> rows, Function<T, List<?>> fields)
            throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, tmp -> {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                CsvWriter csv = new CsvWriter(w);
                csv.write(header);
                rows.forEach(r -> csv.write(fields.apply(r)));
            }
        });
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
