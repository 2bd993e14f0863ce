package org.genstat.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/** The Avro schemas of schemas/avro/*.avsc, the one definition of every record written to Parquet. */
public final class AvroSchemas {
    public static final String RAW_OBSERVATION = "raw_observation";
    public static final String OBSERVATION = "observation";
    public static final String INGEST_FILE = "ingest_file";
    public static final String INGEST_ISSUE = "ingest_issue";
    public static final String GENDER_GAP = "gender_gap";
    public static final String TREND = "trend";
    public static final String TARGET_PROGRESS = "target_progress";
    public static final String AGGREGATE = "aggregate";

    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private AvroSchemas() {
    }

    public static Schema get(String name) {
        return CACHE.computeIfAbsent(name, AvroSchemas::load);
    }

    private static Schema load(String name) {
        String resource = "genstat/schemas/avro/" + name + ".avsc";
        try (InputStream in = AvroSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Avro schema " + resource + " is not on the classpath");
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
