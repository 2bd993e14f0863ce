package org.genstat.quality;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.genstat.io.AtomicFiles;
import org.genstat.storage.Warehouse;

/**
 * Writes warehouse/reports/quality-DATE.html (one self-contained page) and .md from the
 * published warehouse: files by status, issues, unmatched labels, completeness, consistency,
 * outliers and small trend charts. Rewritten whole on every run of the same night.
 */
public final class QualityReport {
    private QualityReport() {
    }

    /** @return the two files written */
    public static List<Path> write(Warehouse warehouse, LocalDate night) throws SQLException {
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        QualityFacts facts;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + warehouse.duckdb(), props)) {
            facts = QualityFacts.read(c);
        }
        Path html = warehouse.reports().resolve("quality-" + night + ".html");
        Path md = warehouse.reports().resolve("quality-" + night + ".md");
        AtomicFiles.write(html, tmp -> Files.writeString(tmp, Html.render(facts, night), StandardCharsets.UTF_8));
        AtomicFiles.write(md, tmp -> Files.writeString(tmp, Markdown.render(facts, night), StandardCharsets.UTF_8));
        return List.of(html, md);
    }
}
