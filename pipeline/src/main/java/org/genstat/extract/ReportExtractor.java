package org.genstat.extract;

import org.genstat.ingest.IngestIssue;
import org.genstat.ingest.Sources;
import org.genstat.vocabulary.FileStatus;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.ingest.IngestFile;
import org.genstat.extract.layout.TitleBlock;
import org.genstat.extract.sheet.CsvWorkbookReader;
import org.genstat.extract.sheet.OdsWorkbookReader;
import org.genstat.extract.sheet.PoiWorkbookReader;
import org.genstat.extract.sheet.UnreadableFileException;
import org.genstat.extract.sheet.WorkbookReader;
import org.genstat.layout.LayoutReader;
import org.genstat.units.UnitName;
import org.genstat.units.UnitRegistry;
import org.genstat.units.UnitResolver;

/**
 * Reads one unit's report into raw observations and issues, and says what became of the file:
 * loaded, partial (some cells could not be read) or rejected (with a reason a clerk understands).
 */
public final class ReportExtractor {
    /** A year in a file name, unless it is one end of a period ("KH_2021-2030.xlsx"). */
    private static final Pattern FILE_YEAR = Pattern.compile(
            "(?<![0-9])(?<!20[0-9]{2}\\s?[-–_]\\s?)(20[0-9]{2})(?![0-9])(?!\\s?[-–_]\\s?20[0-9]{2})");

    /** The outcome for the file; observations and issues went to the sink as they were found. */
    public record Outcome(FileStatus status, String reason, String unitCode, Integer reportYear, int sheets,
                          int observations, int issues, String unitWritten) {
        public Outcome(FileStatus status, String reason, String unitCode, Integer reportYear, int sheets,
                       int observations, int issues) {
            this(status, reason, unitCode, reportYear, sheets, observations, issues, null);
        }
    }

    /** Past its time budget, a reading that does not come back (a parser stuck inside one cell) is left behind. */
    private static final java.time.Duration GRACE = java.time.Duration.ofSeconds(30);

    private final UnitResolver units;
    private final ReadLimits limits;
    private final LayoutReader.Settings layoutSettings = LayoutReader.Settings.defaults();

    public ReportExtractor(UnitRegistry registry, ReadLimits limits) {
        this.units = new UnitResolver(registry);
        this.limits = limits;
    }

    /**
     * Reads one file within its limits. The reading runs on its own thread, so that even a parser that
     * never returns costs the night at most the time budget and a grace; whatever such a reading still
     * writes afterwards is dropped.
     */
    public Outcome extract(Path file, String path, String sha256, long submittedAt, Sink sink) {
        java.util.concurrent.atomic.AtomicBoolean open = new java.util.concurrent.atomic.AtomicBoolean(true);
        Sink gated = Sink.of(o -> {
            if (open.get()) {
                sink.observation(o);
            }
        }, i -> {
            if (open.get()) {
                sink.issue(i);
            }
        });
        java.util.concurrent.FutureTask<Outcome> task = new java.util.concurrent.FutureTask<>(
                () -> read(file, path, sha256, submittedAt, gated));
        Thread reader = new Thread(task, "genstat-read");
        reader.setDaemon(true);
        reader.start();
        try {
            return task.get(limits.maxTime().plus(GRACE).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            open.set(false);
            task.cancel(true);
            String reason = BudgetedVisitor.timeReason(limits);
            sink.issue(new IngestIssue(path, null, null, Severity.ERROR, IssueCode.FILE_REJECTED, reason));
            return new Outcome(FileStatus.REJECTED, reason, null, null, 0, 0, 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + path, e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Outcome read(Path file, String path, String sha256, long submittedAt, Sink sink) {
        List<IngestIssue> issues = new ArrayList<>();
        Sink counting = Sink.of(sink::observation, i -> {
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
            if (size > limits.maxBytes()) {
                return reject(path, "the file is " + size / (1024 * 1024) + " MB, over the limit of "
                        + limits.maxBytes() / (1024 * 1024) + " MB (genstat.max-file-mb)", tables, sink, issues);
            }
            WorkbookReader reader = readerFor(file);
            if (reader == null) {
                return reject(path, "this is not a spreadsheet genstat reads (.xlsx, .xls, .ods, .csv)", tables, sink, issues);
            }
            // Statistical exports in text form (GSO PX-Web) go through the two stages. World Bank workbooks
            // (265 economies × 387 series) still go through the row reader: through the two stages they were
            // slow (the whole file buffered) and the series-code rows were not yet interpreted.
            if (Sources.national(path) && reader instanceof CsvWorkbookReader) {
                return national(file, reader, path, sha256, submittedAt, counting, issues, tables, sink);
            }
            reader.read(file, new BudgetedVisitor(tables, limits));
            ReportIdentity id = tables.observations() == 0 ? tables.identify() : null;
            if (id != null && id.known()) {
                // The row reader found no values: read the file again through the two stages, which
                // know more layouts (indicators across with long wordings, for one); same identity rules.
                Interpretation cells = Interpretation.report(path, sha256, submittedAt, id, tables.titleKind(), counting);
                LayoutReader layout = new LayoutReader(layoutSettings, cells::add);
                readerFor(file).read(file, new BudgetedVisitor(layout, limits));
                cells.finish();
                if (cells.observations() > 0) {
                    long problems = issues.stream().filter(i -> !Severity.INFO.equals(i.severity())).count();
                    return new Outcome(problems > 0 ? FileStatus.PARTIAL : FileStatus.LOADED, problems > 0 ? problems
                            + " cells or rows could not be read; see ingest_issue" : null, id.unitCode(), id.reportYear(),
                            layout.sheets(), cells.observations(), issues.size(), id.unitWritten());
                }
            }
        } catch (ReadLimits.Exceeded | UnreadableFileException e) {
            return reject(path, e.getMessage(), tables, sink, issues);
        } catch (IOException e) {
            return reject(path, "the file could not be read (" + e.getMessage() + "): open it in Excel, save it"
                    + " again and resend it", tables, sink, issues);
        } catch (RuntimeException e) {
            if (!FormatFault.isFormatFault(e)) {
                throw e; // a bug in genstat, not the clerk's file
            }
            return reject(path, "the file is damaged or written in a form genstat does not know ("
                    + FormatFault.describe(e) + "): open it in Excel, save it again and resend it", tables, sink, issues);
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
        long problems = issues.stream().filter(i -> !Severity.INFO.equals(i.severity())).count();
        return new Outcome(problems > 0 ? FileStatus.PARTIAL : FileStatus.LOADED,
                problems > 0 ? problems + " cells or rows could not be read; see ingest_issue" : null,
                id == null ? null : id.unitCode(), id == null ? null : id.reportYear(), tables.sheets(),
                tables.observations(), issues.size(), id == null ? null : id.unitWritten());
    }

    /**
     * National statistics go through the two stages: the generic layout, then the interpretation of
     * statistical tables. They need no report year; the unit is the country unless a row names a province.
     */
    private Outcome national(Path file, WorkbookReader reader, String path, String sha256, long submittedAt,
                             Sink counting, List<IngestIssue> issues, TableExtractor tables, Sink sink)
            throws IOException, UnreadableFileException {
        Interpretation statistics = Interpretation.national(path, sha256, submittedAt, new UnitLookup(units), counting);
        LayoutReader layout = new LayoutReader(layoutSettings, statistics::add);
        reader.read(file, new BudgetedVisitor(layout, limits));
        statistics.finish();
        if (layout.tables() == 0) {
            return reject(path, "no table was found: genstat looks for values under a header of years or of"
                    + " indicators, beside row headings", tables, sink, issues);
        }
        // A statistical table read whole that holds no series by sex and year is read, not refused.
        String reason = statistics.observations() > 0 ? null : "read whole: it holds no series by sex and year of a"
                + " province or the country (see its info lines for what it breaks its values down by)";
        return new Outcome(FileStatus.LOADED, reason, "VN", null, layout.sheets(), statistics.observations(),
                issues.size());
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
                .map(TitleBlock.Mention::place).toList();
        if (places.isEmpty() && Sources.national(path)) {
            return new ReportIdentity("VN", "Việt Nam", year, null, "unit VN from the national/ folder"
                    + (yearFrom == null ? "" : ", year " + year + " from " + yearFrom));
        }
        // A plan for a period ("giai đoạn 2021 - 2030") has no report year: its values carry their own
        // years, and its units are those of the register when the period began.
        String fileName = Path.of(path).getFileName().toString();
        Matcher filePeriod = TitleBlock.PERIOD.matcher(fileName);
        Integer periodStart = title.periodStart() != null ? title.periodStart()
                : year == null && filePeriod.find() ? Integer.valueOf(filePeriod.group(1)) : null;
        String periodFrom = title.periodStart() != null ? title.periodWritten()
                : periodStart == null ? null : filePeriod.group() + " (the file name)";
        if (year == null && periodStart == null) {
            return new ReportIdentity(null, null, null,
                    "the report year is not written in the title ('Báo cáo năm 2023') nor in the file name");
        }
        UnitResolver.Resolution r = units.resolve(places, year != null ? year : periodStart);
        if (r.unit() == null) {
            return Sources.national(path) ? new ReportIdentity("VN", "Việt Nam", year, null)
                    : new ReportIdentity(null, null, year, r.reason());
        }
        TitleBlock.Mention named = title.mentionsWithFallbacks().stream()
                .filter(m -> m.words().startsWith(UnitName.parse(r.unit().name()).key())).findFirst().orElse(null);
        String unitFrom = named == null ? "the title" : named.cell();
        String when = year != null ? "year " + year + " from " + yearFrom
                : "no report year: a plan for the period " + periodFrom + ", each value with its own year";
        return new ReportIdentity(r.unit().code(), r.unit().name(), year, null,
                "unit " + r.unit().code() + " (" + r.unit().name() + ") from " + unitFrom + ", " + when,
                named == null ? null : named.written());
    }

    private static Outcome reject(String path, String reason, TableExtractor tables, Sink sink,
                                  List<IngestIssue> issues) {
        IngestIssue issue = new IngestIssue(path, null, null, Severity.ERROR, IssueCode.FILE_REJECTED, reason);
        issues.add(issue);
        sink.issue(issue);
        ReportIdentity id = tables.identity();
        return new Outcome(FileStatus.REJECTED, reason, id == null ? null : id.unitCode(),
                id == null ? null : id.reportYear(), tables.sheets(), 0, issues.size());
    }

    /** Chosen by the first bytes, not the name: a renamed or encrypted workbook is still told apart. */
    public static WorkbookReader readerFor(Path file) throws IOException {
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
