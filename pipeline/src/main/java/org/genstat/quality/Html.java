package org.genstat.quality;

import java.time.LocalDate;

/** The quality report as one self-contained HTML page: inline style, inline SVG, no script. */
final class Html {
    private Html() {
    }

    static String render(QualityFacts facts, LocalDate night) {
        StringBuilder sb = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                """);
        sb.append("<title>genstat quality report ").append(night).append("</title>\n");
        sb.append("""
                <style>
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:2rem auto;max-width:1100px;color:#222;padding:0 1rem}
                h1{color:#7b2d8e;margin-bottom:.2rem}h2{border-bottom:2px solid #eee;padding-bottom:.2rem;margin-top:2rem}
                p.lead{color:#555}table{border-collapse:collapse;width:100%;font-size:.9rem}
                th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#f3eef5}
                tr:nth-child(even) td{background:#fbfbfb}.none{color:#2e7d32}.charts{display:flex;flex-wrap:wrap;gap:1rem}
                figure{margin:0}figcaption{font-size:.8rem;color:#555;max-width:320px}
                </style></head><body>
                """);
        sb.append("<h1>genstat quality report</h1><p class=\"lead\">Night of ").append(night)
                .append(". Each section says what it shows and what to do.</p>\n");
        sb.append("<h2>Headline indicators</h2><div class=\"charts\">");
        for (QualityFacts.Chart c : facts.charts()) {
            sb.append("<figure>").append(SvgChart.of(c)).append("<figcaption>").append(escape(c.title()))
                    .append(" (").append(escape(c.unit())).append(")</figcaption></figure>");
        }
        if (facts.charts().isEmpty()) {
            sb.append("<p class=\"none\">No series has three years yet.</p>");
        }
        sb.append("</div>\n");
        for (QualityFacts.Section s : facts.sections()) {
            sb.append("<h2>").append(escape(s.title())).append("</h2><p>").append(escape(s.explanation())).append("</p>\n");
            if (s.rows().isEmpty()) {
                sb.append("<p class=\"none\">Nothing to report.</p>\n");
                continue;
            }
            sb.append("<table><thead><tr>");
            s.header().forEach(h -> sb.append("<th>").append(escape(h)).append("</th>"));
            sb.append("</tr></thead><tbody>\n");
            for (var row : s.rows()) {
                sb.append("<tr>");
                row.forEach(v -> sb.append("<td>").append(escape(v)).append("</td>"));
                sb.append("</tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
