package org.genstat.indicatorset;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.genstat.csv.CsvWriter;
import org.genstat.io.AtomicFiles;
import org.genstat.vocabulary.Kind;
import org.genstat.vocabulary.Sex;

/** The machine outputs: the set as CSV, and as SDMX-CSV (dimensions INDICATOR, REF_AREA, SEX, TIME_PERIOD). */
final class SetFiles {
    static final List<String> CSV_HEADER = List.of("indicator_code", "indicator_en", "indicator_vi", "domain", "measure",
            "ref_area", "area_name", "sex", "year", "kind", "value", "aggregated_from_provinces", "flags",
            "national_2025", "national_2030", "status", "source_files");
    static final List<String> SDMX_HEADER = List.of("DATAFLOW", "INDICATOR", "REF_AREA", "SEX", "TIME_PERIOD",
            "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS", "CONF_STATUS", "COMMENT");
    static final String DATAFLOW = "GENSTAT:GDI(1.0)";

    private SetFiles() {
    }

    static void csv(Path file, List<SetRow> rows) {
        write(file, CSV_HEADER, w -> {
            for (SetRow r : rows) {
                w.write(List.of(r.indicator().code(), SafeText.of(r.indicator().nameEn()), SafeText.of(r.indicator().nameVi()), r.indicator().domain(), r.indicator().measure(),
                        r.area().code(), SafeText.of(r.area().name()), r.sex(), str(r.point().year()), str(r.point().kind()), num(r.point().value()),
                        num(r.aggregated()), String.join(";", r.point().flags()), num(r.indicator().national2025()), num(r.indicator().national2030()),
                        str(r.status()), Integer.toString(r.sourceFiles())));
            }
        });
    }

    static void sdmx(Path file, List<SetRow> rows) {
        write(file, SDMX_HEADER, w -> {
            for (SetRow r : rows) {
                boolean suppressed = r.point().flags().stream().anyMatch(f -> f.startsWith(Disclosure.SUPPRESSED));
                if (r.point().year() == null || r.point().value() == null && !suppressed) {
                    continue;
                }
                w.write(List.of(DATAFLOW, r.indicator().code(), r.area().code(), sdmxSex(r.sex()), Integer.toString(r.point().year()),
                        num(r.point().value()), r.indicator().measure().toUpperCase(Locale.ROOT), obsStatus(r), suppressed ? "C" : "F",
                        String.join(" ", r.point().flags())));
            }
        });
    }

    /** SDMX code list CL_SEX: F, M, _T. */
    static String sdmxSex(String sex) {
        return Sex.T.code().equals(sex) ? "_T" : sex;
    }

    /** SDMX CL_OBS_STATUS: P provisional, E estimated, A normal. */
    private static String obsStatus(SetRow r) {
        if (r.point().flags().contains("preliminary")) {
            return "P";
        }
        return Kind.ESTIMATE.code().equals(r.point().kind()) ? "E" : "A";
    }

    private interface Rows {
        void to(CsvWriter w);
    }

    private static void write(Path file, List<String> header, Rows rows) {
        AtomicFiles.write(file, tmp -> {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                CsvWriter w = new CsvWriter(out);
                w.write(header);
                rows.to(w);
            }
        });
    }

    static String num(Double v) {
        if (v == null) {
            return "";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue()) : Double.toString(v);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
