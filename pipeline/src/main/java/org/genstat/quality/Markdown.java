package org.genstat.quality;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** The quality report as Markdown, for a terminal, a wiki or an e-mail. */
final class Markdown {
    private Markdown() {
    }

    static String render(QualityFacts facts, LocalDate night) {
        StringBuilder sb = new StringBuilder("# genstat quality report — night of ").append(night).append("\n\n");
        sb.append("## Headline indicators\n\n");
        for (QualityFacts.Chart c : facts.charts()) {
            sb.append("- ").append(c.title()).append(" (").append(c.unit()).append("): ")
                    .append(c.points().stream().map(p -> (int) p[0] + " " + SvgChart.num(p[1]))
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        for (QualityFacts.Section s : facts.sections()) {
            sb.append("\n## ").append(s.title()).append("\n\n").append(s.explanation()).append("\n\n");
            if (s.rows().isEmpty()) {
                sb.append("Nothing to report.\n");
                continue;
            }
            sb.append("| ").append(String.join(" | ", s.header())).append(" |\n|");
            s.header().forEach(h -> sb.append("---|"));
            sb.append('\n');
            for (var row : s.rows()) {
                sb.append("| ").append(row.stream().map(v -> v.replace("|", "\\|").replace("\n", " "))
                        .collect(Collectors.joining(" | "))).append(" |\n");
            }
        }
        return sb.toString();
    }
}
