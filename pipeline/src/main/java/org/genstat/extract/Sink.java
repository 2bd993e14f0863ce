package org.genstat.extract;

import java.util.function.Consumer;
import org.genstat.ingest.IngestIssue;

/** Where the observations and issues of a file go as they are found. */
public interface Sink {
    void observation(RawObservation o);

    void issue(IngestIssue i);

    static Sink of(Consumer<RawObservation> observations, Consumer<IngestIssue> issues) {
        return new Sink() {
            @Override
            public void observation(RawObservation o) {
                observations.accept(o);
            }

            @Override
            public void issue(IngestIssue i) {
                issues.accept(i);
            }
        };
    }
}
