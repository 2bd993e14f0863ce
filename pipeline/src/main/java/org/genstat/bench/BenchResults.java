package org.genstat.bench;

import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table: each figure with the floor measured in the same run, where it has one,
 * and the goal it is held to. As markdown for the README and as JSON for tools (written by hand:
 * a flat list of numbers and short strings needs no JSON library).
 */
public record BenchResults(String machine, int files, long bytes, List<Figure> figures) {

    /** @param floor seconds of the floor, or null; @param goal what the issue asks, or null */
    public record Figure(String name, double seconds, Double floor, String goal) {
        public Double ratio() {
            return floor == null || floor <= 0 ? null : seconds / floor;
        }
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%d reports, %.1f MB; %s%n%n", files, bytes / 1e6, machine));
        sb.append("| figure | seconds | floor (s) | ratio | goal |\n|---|---:|---:|---:|---|\n");
        for (Figure f : figures) {
            sb.append(String.format(Locale.ROOT, f.seconds() < 1 ? "| %s | %.3f | %s | %s | %s |%n"
                            : "| %s | %.1f | %s | %s | %s |%n", f.name(), f.seconds(),
                    f.floor() == null ? "" : String.format(Locale.ROOT, "%.1f", f.floor()),
                    f.ratio() == null ? "" : String.format(Locale.ROOT, "%.1f×", f.ratio()),
                    f.goal() == null ? "" : f.goal()));
        }
        return sb.toString();
    }

    public String json() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"machine\": ").append(quote(machine)).append(",\n");
        sb.append("  \"files\": ").append(files).append(",\n");
        sb.append("  \"bytes\": ").append(bytes).append(",\n");
        sb.append("  \"figures\": [\n");
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            sb.append(String.format(Locale.ROOT, "    {\"name\": %s, \"seconds\": %.3f, \"floor\": %s, \"ratio\": %s,"
                            + " \"goal\": %s}%s%n", quote(f.name()), f.seconds(),
                    f.floor() == null ? "null" : String.format(Locale.ROOT, "%.3f", f.floor()),
                    f.ratio() == null ? "null" : String.format(Locale.ROOT, "%.3f", f.ratio()),
                    f.goal() == null ? "null" : quote(f.goal()), i + 1 < figures.size() ? "," : ""));
        }
        return sb.append("  ]\n}\n").toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> sb.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"').toString();
    }
}
