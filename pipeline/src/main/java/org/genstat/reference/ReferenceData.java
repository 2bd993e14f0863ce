package org.genstat.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.genstat.vocabulary.Coded;
import org.genstat.vocabulary.LineageRelation;
import org.genstat.vocabulary.UnitLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genstat.catalog.Abbreviation;
import org.genstat.catalog.Alias;
import org.genstat.catalog.Denominator;
import org.genstat.catalog.Indicator;
import org.genstat.catalog.IndicatorCatalog;
import org.genstat.csv.CsvReader;
import org.genstat.units.LineageLink;
import org.genstat.units.Unit;
import org.genstat.units.UnitRegistry;

/**
 * What a run needs to know about the world: the indicator catalog with its aliases, the unit
 * register with its lineage, and which indicator weights which rate when rates are aggregated. Read from a schemas/ folder when one is given (so an alias added
 * there counts on the next night), otherwise from the copy inside the pipeline jar.
 */
public record ReferenceData(IndicatorCatalog catalog, UnitRegistry units, List<Denominator> denominators) {
    public static final String INDICATORS = "reference/indicators.csv";
    public static final String ALIASES = "reference/aliases.csv";
    public static final String LOCAL_ALIASES = "reference/aliases-local.csv";
    public static final String NATIONAL_ALIASES = "reference/aliases-national.csv";
    public static final String UNITS = "reference/units.csv";
    public static final String LINEAGE = "reference/unit_lineage.csv";
    public static final String DENOMINATORS = "reference/denominators.csv";
    public static final String ABBREVIATIONS = "reference/abbreviations.csv";
    private static final String CLASSPATH_ROOT = "genstat/schemas/";

    /** @param schemasDir the repository's schemas/ folder, or null to use the jar's copy */
    public static ReferenceData load(Path schemasDir) {
        List<Indicator> indicators = rows(schemasDir, INDICATORS, true).stream().map(ReferenceData::indicator).toList();
        List<Alias> aliases = new ArrayList<>();
        for (String file : List.of(ALIASES, NATIONAL_ALIASES, LOCAL_ALIASES)) {
            rows(schemasDir, file, !file.equals(LOCAL_ALIASES)).forEach(r -> aliases.add(alias(r)));
        }
        List<Unit> units = rows(schemasDir, UNITS, true).stream().map(ReferenceData::unit).toList();
        List<LineageLink> lineage = rows(schemasDir, LINEAGE, true).stream()
                .map(r -> new LineageLink(r.get("old_code"), r.get("new_code"), Coded.of(LineageRelation.class, r.get("relation")),
                        LocalDate.parse(r.get("effective_date"))))
                .toList();
        List<Denominator> denominators = rows(schemasDir, DENOMINATORS, false).stream()
                .map(r -> new Denominator(r.get("aggregation"), r.get("denominator_code"), r.get("denominator_sex")))
                .toList();
        List<Abbreviation> abbreviations = rows(schemasDir, ABBREVIATIONS, true).stream()
                .map(r -> new Abbreviation(r.get("written"), r.get("read_as"), Abbreviation.Scope.of(r.get("scope"))))
                .toList();
        return new ReferenceData(new IndicatorCatalog(indicators, aliases, abbreviations), new UnitRegistry(units, lineage),
                denominators);
    }

    private static Indicator indicator(Map<String, String> r) {
        return new Indicator(r.get("code"), r.get("domain"), r.get("name_vi"), r.get("name_en"), r.get("measure"),
                r.get("sex_breakdown"), r.get("aggregation"), blankToNull(r.get("g2011_ref")),
                blankToNull(r.get("g2021_ref")), number(r.get("national_2020")), number(r.get("national_2025")),
                number(r.get("national_2030")), r.get("direction"), r.get("comparability_note"));
    }

    private static Alias alias(Map<String, String> r) {
        return new Alias(r.get("code"), blankToNull(r.get("generation")), blankToNull(r.get("goal_no")),
                blankToNull(r.get("indicator_no")), r.get("label"), r.get("unit_text"), r.get("source"),
                blankToNull(r.get("sex")));
    }

    private static Unit unit(Map<String, String> r) {
        return new Unit(r.get("code"), r.get("name"), Coded.of(UnitLevel.class, r.get("level")), blankToNull(r.get("parent_code")),
                date(r.get("valid_from")), date(r.get("valid_to")));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Double number(String s) {
        return s == null || s.isBlank() ? null : Double.valueOf(s);
    }

    private static LocalDate date(String s) {
        return s == null || s.isBlank() ? null : LocalDate.parse(s);
    }

    /** A CSV with a header row, as maps from column name to text. */
    static List<Map<String, String>> rows(Path schemasDir, String file, boolean required) {
        try (InputStream in = open(schemasDir, file)) {
            if (in == null) {
                if (required) {
                    throw new IllegalStateException("reference file " + file + " is missing from "
                            + (schemasDir == null ? "the pipeline jar" : schemasDir)
                            + ": run schemas/refresh-reference-data to derive it from ../shared");
                }
                return List.of();
            }
            return CsvReader.maps(new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8), ',').readAll());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference file " + file, e);
        }
    }

    private static InputStream open(Path schemasDir, String file) throws IOException {
        if (schemasDir != null) {
            Path p = schemasDir.resolve(file);
            return Files.exists(p) ? Files.newInputStream(p) : null;
        }
        return ReferenceData.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + file);
    }
}
