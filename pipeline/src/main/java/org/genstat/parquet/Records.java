package org.genstat.parquet;

import org.genstat.vocabulary.Coded;
import org.genstat.vocabulary.FileStatus;
import org.genstat.vocabulary.IssueCode;
import org.genstat.vocabulary.Severity;
import static org.genstat.parquet.ParquetFiles.str;
import static org.genstat.parquet.ParquetFiles.strings;

import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.genstat.ingest.IngestFile;
import org.genstat.ingest.IngestIssue;
import org.genstat.extract.RawObservation;

/** Java records to and from their Avro form (field names as in schemas/avro). */
public final class Records {
    private Records() {
    }

    public static GenericRecord raw(RawObservation o) {
        GenericRecord r = new GenericData.Record(AvroSchemas.get(AvroSchemas.RAW_OBSERVATION));
        r.put("file_sha256", o.fileSha256());
        r.put("source_file", o.sourceFile());
        r.put("source_sheet", o.sourceSheet());
        r.put("source_cell", o.sourceCell());
        r.put("label", o.label());
        r.put("label_code", o.labelCode());
        r.put("table_title", o.tableTitle());
        r.put("goal_no", o.goalNo());
        r.put("indicator_no", o.indicatorNo());
        r.put("unit_of_measure", o.unitOfMeasure());
        r.put("unit_code", o.unitCode());
        r.put("report_year", o.reportYear());
        r.put("year", o.year());
        r.put("sex", o.sex());
        r.put("kind", o.kind());
        r.put("value", o.value());
        r.put("denominator", o.denominator());
        r.put("value_text", o.valueText());
        r.put("flags", o.flags());
        r.put("submitted_at", o.submittedAt());
        return r;
    }

    public static GenericRecord issue(IngestIssue i) {
        GenericRecord r = new GenericData.Record(AvroSchemas.get(AvroSchemas.INGEST_ISSUE));
        r.put("path", i.path());
        r.put("sheet", i.sheet());
        r.put("cell", i.cell());
        r.put("severity", i.severity().code());
        r.put("code", i.code().code());
        r.put("message", i.message());
        return r;
    }

    public static IngestIssue issue(GenericRecord r) {
        return new IngestIssue(str(r, "path"), str(r, "sheet"), str(r, "cell"), Coded.of(Severity.class, str(r, "severity")), Coded.of(IssueCode.class, str(r, "code")),
                str(r, "message"));
    }

    public static GenericRecord file(IngestFile f) {
        GenericRecord r = new GenericData.Record(AvroSchemas.get(AvroSchemas.INGEST_FILE));
        r.put("path", f.path());
        r.put("sha256", f.sha256());
        r.put("size_bytes", f.sizeBytes());
        r.put("unit_code", f.unitCode());
        r.put("report_year", f.reportYear());
        r.put("status", f.status().code());
        r.put("reason", f.reason());
        r.put("sheets", f.sheets());
        r.put("observations", f.observations());
        r.put("issues", f.issues());
        r.put("submitted_at", f.submittedAt());
        r.put("ingested_at", f.ingestedAt());
        r.put("superseded_by", f.supersededBy());
        r.put("unit_written", f.unitWritten());
        return r;
    }

    public static IngestFile file(GenericRecord r) {
        return IngestFile.pending(str(r, "path"), str(r, "sha256"), (Long) r.get("size_bytes"),
                        (Long) r.get("submitted_at"), (Long) r.get("ingested_at"))
                .identified(str(r, "unit_code"), (Integer) r.get("report_year"),
                        r.getSchema().getField("unit_written") == null ? null : str(r, "unit_written")) // older manifests lack it
                .counted((Integer) r.get("sheets"), (Integer) r.get("observations"), (Integer) r.get("issues"))
                .withStatus(Coded.of(FileStatus.class, str(r, "status")), str(r, "reason"), str(r, "superseded_by"));
    }

    public static RawObservation raw(GenericRecord r) {
        return RawObservation.at(str(r, "file_sha256"), str(r, "source_file"), str(r, "source_sheet"),
                        str(r, "source_cell"))
                .label(str(r, "label"), str(r, "label_code"), str(r, "table_title"))
                .numbered(str(r, "goal_no"), str(r, "indicator_no"))
                .measuredIn(str(r, "unit_of_measure"))
                .reportedBy(str(r, "unit_code"), (Integer) r.get("report_year"))
                .forYear((Integer) r.get("year"), str(r, "sex"), str(r, "kind"))
                .value((Double) r.get("value"), (Double) r.get("denominator"), str(r, "value_text"), strings(r, "flags"))
                .submittedAt((Long) r.get("submitted_at"))
                .build();
    }
}
