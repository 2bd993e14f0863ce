package org.genstat.check;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.genstat.catalog.LabelMatch;
import org.genstat.catalog.LabelMatcher;
import org.genstat.discover.Discovery;
import org.genstat.ingest.IngestIssue;
import org.genstat.extract.RawObservation;
import org.genstat.extract.ReadLimits;
import org.genstat.extract.ReportExtractor;
import org.genstat.extract.Sink;
import org.genstat.normalise.ConflictRule;
import org.genstat.normalise.LabelResolution;
import org.genstat.reference.ReferenceData;
import org.genstat.vocabulary.FileStatus;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;

/**
 * What a clerk runs before sending a report: reads files as the night would, without touching any
 * warehouse, and prints per file what would land (values by indicator and kind) and every value
 * or row withheld, with its cell and reason. A dry run, as DHIS2's import has.
 */
public final class FileCheck {
    /** What one file would give. */
    public record Report(String path, ReportExtractor.Outcome outcome, Map<String, Integer> landing,
                         List<IngestIssue> withheld) {
        public int landed() {
            return landing.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** Information lines that say values were left out, which a clerk wants to see beside the warnings. */
    private static final java.util.Set<IssueCode> WITHHOLDING_INFO = java.util.Set.of(IssueCode.UNIT_UNKNOWN,
            IssueCode.NOT_READ);

    private final ReportExtractor extractor;
    private final LabelMatcher matcher;

    public FileCheck(ReferenceData reference, ReadLimits limits) {
        this.extractor = new ReportExtractor(reference.units(), limits);
        this.matcher = new LabelMatcher(reference.catalog());
    }

    /** @param shownAs the path as it would stand in the inbox ("national/x.csv" reads as national statistics) */
    public Report check(Path file, String shownAs) throws IOException {
        List<RawObservation> observations = new ArrayList<>();
        List<IngestIssue> issues = new ArrayList<>();
        ReportExtractor.Outcome outcome = extractor.extract(file, shownAs, Discovery.sha256(file),
                Files.getLastModifiedTime(file).toMillis(), Sink.of(observations::add, issues::add));
        Map<String, Integer> landing = new TreeMap<>();
        Map<String, IngestIssue> unmatched = new TreeMap<>();
        Map<List<String>, Map<String, String>> byKey = new java.util.LinkedHashMap<>(); // key -> cell -> value
        for (RawObservation o : observations) {
            LabelMatch m = LabelResolution.matchRaw(matcher, o.label(), o.labelCode(), o.tableTitle(),
                    o.unitOfMeasure(), o.goalNo(), o.indicatorNo(), o.reportYear());
            if (m.isMatched()) {
                List<String> key = java.util.Arrays.asList(m.code(), o.unitCode(), String.valueOf(o.year()),
                        m.sex() != null ? m.sex() : o.sex(), o.kind());
                byKey.computeIfAbsent(key, k -> new TreeMap<>()).put(o.sourceSheet() + "!" + o.sourceCell(),
                        o.value() != null ? String.valueOf(o.value()) : String.valueOf(o.valueText()));
            } else {
                unmatched.putIfAbsent(o.label(), new IngestIssue(o.sourceFile(), o.sourceSheet(), o.sourceCell(),
                        Severity.WARNING, IssueCode.LABEL_UNMATCHED, "'" + o.label() + "': " + m.reason()
                        + (m.suggestions().isEmpty() ? "" : "; nearest: " + String.join(", ", m.suggestions()))));
            }
        }
        List<IngestIssue> conflicts = new ArrayList<>();
        byKey.forEach((key, cells) -> {
            if (new java.util.HashSet<>(cells.values()).size() > 1) {
                List<String> written = cells.entrySet().stream()
                        .map(c -> c.getKey().substring(c.getKey().indexOf('!') + 1) + "=" + c.getValue()).sorted().toList();
                String first = cells.keySet().iterator().next();
                conflicts.add(new IngestIssue(shownAs, first.substring(0, first.indexOf('!')),
                        first.substring(first.indexOf('!') + 1), Severity.WARNING, IssueCode.CONFLICT,
                        ConflictRule.message(written, key.get(0), key.get(1), Integer.parseInt(key.get(2)), key.get(3),
                                key.get(4))));
            } else {
                landing.merge(key.get(0) + " " + key.get(4), 1, Integer::sum); // equal values land once
            }
        });
        List<IngestIssue> withheld = new ArrayList<>(issues.stream()
                .filter(i -> !Severity.INFO.equals(i.severity()) || WITHHOLDING_INFO.contains(i.code())).toList());
        withheld.addAll(unmatched.values());
        withheld.addAll(conflicts);
        return new Report(shownAs, outcome, landing, withheld);
    }

    /** The lines {@code ./genstat check} prints for one file. */
    public static void print(Report r, PrintStream out) {
        ReportExtractor.Outcome o = r.outcome();
        out.println(r.path() + ": " + o.status() + (o.unitCode() == null ? "" : ", unit " + o.unitCode())
                + (o.reportYear() == null ? "" : ", report year " + o.reportYear()));
        if (o.reason() != null && FileStatus.REJECTED.equals(o.status())) {
            out.println("  rejected: " + o.reason());
            return;
        }
        out.println("  would land " + r.landed() + " value(s)");
        r.landing().forEach((key, n) -> out.println("    " + key + ": " + n));
        if (!r.withheld().isEmpty()) {
            out.println("  withheld or skipped (" + r.withheld().size() + ")");
            for (IngestIssue i : r.withheld()) {
                String where = (i.sheet() == null ? "" : i.sheet()) + (i.cell() == null ? "" : "!" + i.cell());
                out.println("    " + (where.isEmpty() ? "" : where + " ") + i.code() + ": " + i.message());
            }
        }
    }
}
