package org.genstat.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.genstat.reference.build.ReferenceDataBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schemas/reference is derived from ../shared by code; this proves the committed copy is what the code derives. */
class ReferenceDataIsCurrentTest {
    static final Path SHARED = Path.of("../../shared");
    static final Path SCHEMAS = Path.of("../schemas");

    @Test
    void committedReferenceDataIsWhatTheBuilderDerives(@TempDir Path tmp) throws IOException {
        boolean shared = Files.isDirectory(SHARED.resolve("domain"));
        if (!shared) {
            System.out.println("SKIPPED ReferenceDataIsCurrentTest: ../shared is not next to the project");
        }
        assumeTrue(shared, "../shared is not next to the project");
        ReferenceDataBuilder.build(SHARED, tmp);
        for (String file : List.of(ReferenceData.INDICATORS, ReferenceData.ALIASES, ReferenceData.UNITS,
                ReferenceData.LINEAGE)) {
            assertEquals(Files.readString(SCHEMAS.resolve(file)), Files.readString(tmp.resolve(file)),
                    file + " is stale: run schemas/refresh-reference-data");
        }
    }
}
