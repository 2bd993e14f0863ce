/**
 * What every step knows of the night's inputs: a file of the manifest ({@link org.genstat.ingest.IngestFile}),
 * a problem found in one ({@link org.genstat.ingest.IngestIssue}) and where a file comes from
 * ({@link org.genstat.ingest.Sources}).
 */
package org.genstat.ingest;
