package org.genstat.quality;

import java.util.List;
import java.util.Locale;

/** A small inline SVG line chart of one series: no script, no external file, fits a report page. */
final class SvgChart {
    private static final int W = 320;
    private static final int H = 140;
    private static final int PAD = 28;

    private SvgChart() {
    }

    static String of(QualityFacts.Chart chart) {
        List<double[]> p = chart.points();
        double minX = p.stream().mapToDouble(a -> a[0]).min().orElse(0);
        double maxX = p.stream().mapToDouble(a -> a[0]).max().orElse(1);
        double minY = p.stream().mapToDouble(a -> a[1]).min().orElse(0);
        double maxY = p.stream().mapToDouble(a -> a[1]).max().orElse(1);
        if (maxY == minY) {
            maxY = minY + 1;
        }
        if (maxX == minX) {
            maxX = minX + 1;
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (double[] a : p) {
            double x = PAD + (a[0] - minX) / (maxX - minX) * (W - 2 * PAD);
            double y = H - PAD - (a[1] - minY) / (maxY - minY) * (H - 2 * PAD);
            path.append(path.length() == 0 ? "M" : " L").append(fmt(x)).append(',').append(fmt(y));
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"2.5\"><title>%d: %s</title></circle>",
                    fmt(x), fmt(y), (int) a[0], num(a[1])));
        }
        return String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="img" aria-label="%s">\
                <rect width="100%%" height="100%%" fill="#fafafa"/>\
                <line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#999"/>\
                <text x="%d" y="%d" font-size="10" fill="#555">%s</text><text x="%d" y="%d" font-size="10" fill="#555" text-anchor="end">%s</text>\
                <text x="2" y="%d" font-size="10" fill="#555">%s</text><text x="2" y="%d" font-size="10" fill="#555">%s</text>\
                <path d="%s" fill="none" stroke="#7b2d8e" stroke-width="2"/><g fill="#7b2d8e">%s</g></svg>""",
                W, H, W, H, Html.escape(chart.title()), PAD, H - PAD, W - PAD, H - PAD,
                PAD, H - 8, (int) minX, W - PAD, H - 8, (int) maxX,
                PAD - 6, num(maxY), H - PAD, num(minY), path, dots);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.format(Locale.ROOT, "%,d", (long) v)
                : String.format(Locale.ROOT, "%,.2f", v);
    }
}
