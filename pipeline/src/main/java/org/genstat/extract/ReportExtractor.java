package org.genstat.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.discover.IngestFile;
import org.genstat.extract.layout.TitleBlock;
import org.genstat.extract.sheet.CsvWorkbookReader;
import org.genstat.extract.sheet.OdsWorkbookReader;
import org.genstat.extract.sheet.PoiWorkbookReader;
import org.genstat.extract.sheet.UnreadableFileException;
import org.genstat.extract.sheet.WorkbookReader;
import org.genstat.units.UnitName;
import org.genstat.units.UnitRegistry;
import org.genstat.units.UnitResolver;

/**
 * Reads one unit's report into raw observations and issues, and says what became of the file:
 * loaded, partial (some cells could not be read) or rejected (with a reason a clerk understands).
 */
public final class ReportExtractor {
    private static final Pattern FILE_YEAR = Pattern.compile("(?<![0-9])(20[0-9]{2})(?![0-9])");

    /** The outcome for the file; observations and issues went to the sink as they were found. */
    public record Outcome(String status, String reason, String unitCode, Integer reportYear, int sheets,
                          int observations, int issues) {
    }

    private final UnitResolver units;
    private final long maxBytes;

    public ReportExtractor(UnitRegistry registry, long maxBytes) {
        this.units = new UnitResolver(registry);
        this.maxBytes = maxBytes;
    }

    public Outcome extract(Path file, String path, String sha256, long submittedAt, TableExtractor.Sink sink) {
        List<IngestIssue> issues = new ArrayList<>();
        TableExtractor.Sink counting = TableExtractor.Sink.of(sink::observation, i -> {
            issues.add(i);
            sink.issue(i);
        });
        TableExtractor tables = new TableExtractor(path, sha256, submittedAt, t -> identify(t, path),
                new UnitLookup(units), counting);
        try {
            long size = Files.size(file);
            if (size == 0) {
                return reject(path, "the file is empty", tables, sink, issues);
            }
            if (size > maxBytes) {
                return reject(path, "the file is " + size / (1024 * 1024) + " MB, over the limit of "
                        + maxBytes / (1024 * 1024) + " MB (genstat.extract.max-file-mb)", tables, sink, issues);
            }
            WorkbookReader reader = readerFor(file);
            if (reader == null) {
                return reject(path, "this is not a spreadsheet genstat reads (.xlsx, .xls, .ods, .csv)", tables, sink, issues);
            }
            reader.read(file, tables);
        } catch (UnreadableFileException e) {
            return reject(path, e.getMessage(), tables, sink, issues);
        } catch (IOException | RuntimeException e) {
            return reject(path, "the file could not be read (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "): open it in Excel, save it again and resend it", tables, sink, issues);
        }
        ReportIdentity id = tables.identity();
        if (tables.tables() == 0) {
            return reject(path, "no table was found: genstat looks for a heading row that names the indicator"
                    + " ('Chỉ tiêu', 'Nội dung') or the unit, and columns with years", tables, sink, issues);
        }
        if (tables.observations() == 0) {
            boolean unknown = id != null && !id.known();
            return reject(path, unknown ? id.problem() : "the table has no values", tables, sink, issues);
        }
        long problems = issues.stream().filter(i -> !IngestIssue.INFO.equals(i.severity())).count();
        return new Outcome(problems > 0 ? IngestFile.PARTIAL : IngestFile.LOADED,
                problems > 0 ? problems + " cells or rows could not be read; see ingest_issue" : null,
                id == null ? null : id.unitCode(), id == null ? null : id.reportYear(), tables.sheets(),
                tables.observations(), issues.size());
    }

    private ReportIdentity identify(TitleBlock title, String path) {
        Integer year = title.year();
        String yearFrom = title.yearCell();
        if (year == null) {
            Matcher m = FILE_YEAR.matcher(Path.of(path).getFileName().toString());
            year = m.find() ? Integer.valueOf(m.group(1)) : null;
            yearFrom = year == null ? null : "the file name";
        }
        title.addFileName(Path.of(path).getFileName().toString());
        List<UnitResolver.Place> places = title.mentionsWithFallbacks().stream()
                .map(m -> new UnitResolver.Place(m.prefix(), m.words())).toList();
        if (places.isEmpty() && Sources.national(path)) {
            return new ReportIdentity("VN", "Việt Nam", year, null, "unit VN from the national/ folder"
                    + (yearFrom == null ? "" : ", year " + year + " from " + yearFrom));
        }
        if (year == null) {
            return new ReportIdentity(null, null, null,
                    "the report year is not written in the title ('Báo cáo năm 2023') nor in the file name");
        }
        UnitResolver.Resolution r = units.resolve(places, year);
        if (r.unit() == null) {
            return Sources.national(path) ? new ReportIdentity("VN", "Việt Nam", year, null)
                    : new ReportIdentity(null, null, year, r.reason());
        }
        String unitFrom = title.mentionsWithFallbacks().stream()
                .filter(m -> m.words().startsWith(UnitName.parse(r.unit().name()).key()))
                .map(TitleBlock.Mention::cell).findFirst().orElse("the title");
        return new ReportIdentity(r.unit().code(), r.unit().name(), year, null,
                "unit " + r.unit().code() + " (" + r.unit().name() + ") from " + unitFrom + ", year " + year + " from "
                        + yearFrom);
    }

    private static Outcome reject(String path, String reason, TableExtractor tables, TableExtractor.Sink sink,
                                  List<IngestIssue> issues) {
        IngestIssue issue = new IngestIssue(path, null, null, IngestIssue.ERROR, "file_rejected", reason);
        issues.add(issue);
        sink.issue(issue);
        ReportIdentity id = tables.identity();
        return new Outcome(IngestFile.REJECTED, reason, id == null ? null : id.unitCode(),
                id == null ? null : id.reportYear(), tables.sheets(), 0, issues.size());
    }

    /** Chosen by the first bytes, not the name: a renamed or encrypted workbook is still told apart. */
    private static WorkbookReader readerFor(Path file) throws IOException {
        byte[] magic = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(magic, 0, magic.length);
        }
        boolean zip = n >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        boolean ole2 = n >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF
                && (magic[2] & 0xFF) == 0x11 && (magic[3] & 0xFF) == 0xE0;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (zip && (name.endsWith(".xlsx") || name.endsWith(".xlsm"))) {
            return new PoiWorkbookReader(true);
        }
        if (ole2) {
            return new PoiWorkbookReader(false);
        }
        if (zip && name.endsWith(".ods")) {
            return new OdsWorkbookReader();
        }
        if (!zip && (name.endsWith(".csv") || name.endsWith(".txt"))) {
            return new CsvWorkbookReader();
        }
        return null;
    }
}
