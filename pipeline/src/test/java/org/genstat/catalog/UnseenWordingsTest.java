package org.genstat.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.genstat.SharedFolder;
import org.genstat.reference.ReferenceData;
import org.genstat.text.VietText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How the label matcher does on wordings it was not built from: leave-one-seed-out (each seed's
 * wordings in aliases.csv matched with only the other seeds' aliases and the catalog), the same
 * wordings without diacritics, abbreviated as clerks do, and with a goal heading glued in front;
 * and on rows that are no indicator at all, the tasks and solutions sections of the seeds. Prints
 * precision (right among accepted) and recall (right among all), and holds them where they stand.
 *
 * <p>Threshold and margin ({@link LabelMatcher#THRESHOLD}, {@link LabelMatcher#MARGIN}) were chosen
 * from a sweep of these figures (as written, recall; precision 1.000 and no activity accepted in
 * every cell unless noted): 0.40/0.08 → 0.920; 0.40/0.10 → 0.909; 0.42/0.08 → 0.909; 0.46/0.14 →
 * 0.898; down to 0.40/0.02 nothing wrong was accepted, so 0.08 keeps a margin from the first error.
 * Scoring by cosine instead of wording coverage gave 0.898 at best.
 *
 * <p>Tried and not taken (2026-12-02): a second way to accept, a best code of at least L that scores
 * D times the second. As written: L 0.25, D 2.0 → recall 0.943 (HEA.03 gained), nothing wrong; D 1.75
 * → 0.955, but an activity row ("Tạo điều kiện … giảm bớt thời gian làm công việc gia đình") read as
 * FAM.01; D 1.5 → a wrong wording (precision 0.988) and 2–3 activities; L 0.15–0.30 moved nothing
 * at D ≥ 2. One wording gained with the first error one step away is not worth a wrong number.
 *
 * <p>Taken instead (2026-12-02): evidence of the row's number. A code of another domain than the goal
 * the row is numbered under weighs {@link LabelMatcher#OTHER_GOAL} (0.5; 0.7 → recall 0.943, 0 → the
 * same as 0.5), and the number vouches for the words' first code from {@link LabelMatcher#CORROBORATED}
 * (0.2) when the row names that code's measure: 0.932 → 0.955 (ECO.03 and FAM.01 of the 2011–2020
 * seed). Down to 0.1 nothing wrong is accepted. The activity rows are also matched numbered as the code
 * nearest to them, the worst case: without the measure named, 7 of them were accepted (0.22–0.35), with
 * it named anywhere in the label 1 ("… để đảm bảo tỷ lệ nữ"), named in its first words or unit none.
 */
class UnseenWordingsTest {
    static final double FLOOR_RECALL = 0.95; // measured 0.955; the aim

    private static ReferenceData reference;
    private static List<Alias> all;
    private static Set<String> seeds;

    @BeforeAll
    static void load() {
        reference = ReferenceData.load(null);
        all = reference.catalog().aliases();
        seeds = new TreeSet<>();
        all.stream().map(Alias::source).filter(s -> s != null && s.matches("0\\d\\d_.*")).forEach(seeds::add);
    }

    @Test
    void wordingsOfASeedTheMatcherHasNotSeen() {
        Map<String, UnaryOperator<String>> forms = new LinkedHashMap<>();
        forms.put("as written", s -> s);
        forms.put("without diacritics", VietText::fold);
        forms.put("abbreviated", UnseenWordingsTest::abbreviate);
        forms.put("goal heading glued in front", s -> "Mục tiêu 1: Tăng cường sự tham gia của phụ nữ " + s);
        Map<String, double[]> figures = new LinkedHashMap<>();
        for (Map.Entry<String, UnaryOperator<String>> form : forms.entrySet()) {
            int total = 0;
            int accepted = 0;
            int right = 0;
            List<String> wrongOnes = new ArrayList<>();
            List<String> missed = new ArrayList<>();
            for (String seed : seeds) {
                List<Alias> others = all.stream().filter(a -> !seed.equals(a.source())).toList();
                LabelMatcher matcher = new LabelMatcher(reference.catalog().withAliases(others));
                for (Alias a : all) {
                    if (!seed.equals(a.source())) {
                        continue;
                    }
                    String number = a.goalNo() == null || a.indicatorNo() == null ? null : a.goalNo() + "." + a.indicatorNo();
                    String label = form.getValue().apply(a.label());
                    LabelMatch m = matcher.match(label, null, null, a.unitText(), a.generation(), number);
                    total++;
                    if (!m.isMatched()) {
                        missed.add(a.code() + " " + m.suggestions() + ": " + label);
                    } else if (m.code().equals(a.code())) {
                        accepted++;
                        right++;
                    } else {
                        accepted++;
                        wrongOnes.add(a.code() + " read as " + m.code() + ": " + label);
                    }
                }
            }
            double precision = accepted == 0 ? 1 : right / (double) accepted;
            double recall = right / (double) total;
            figures.put(form.getKey(), new double[] {precision, recall});
            System.out.printf("Unseen wordings, %s: %d wordings of %d seeds, %d accepted, %d right: precision %.3f,"
                    + " recall %.3f%n", form.getKey(), total, seeds.size(), accepted, right, precision, recall);
            wrongOnes.forEach(w -> System.out.println("  WRONG " + w));
            if (form.getKey().equals("as written")) {
                missed.forEach(w -> System.out.println("  missed " + w.substring(0, Math.min(150, w.length()))));
            }
        }
        figures.forEach((form, f) -> assertEquals(1.0, f[0], "precision " + form));
        assertTrue(figures.get("as written")[1] >= FLOOR_RECALL, "recall as written");
        assertTrue(figures.get("without diacritics")[1] >= FLOOR_RECALL, "recall without diacritics");
        assertTrue(figures.get("abbreviated")[1] >= FLOOR_RECALL - 0.03, "recall abbreviated"); // measured 0.932
        assertTrue(figures.get("goal heading glued in front")[1] >= FLOOR_RECALL, "recall with a goal heading");
    }

    /** The tasks and solutions the seeds list are rows a report may carry, and none is an indicator. */
    @Test
    void activitiesAreNoIndicator() throws IOException {
        Path dir = SharedFolder.require("seeds", "UnseenWordingsTest.activitiesAreNoIndicator");
        LabelMatcher matcher = new LabelMatcher(reference.catalog());
        List<String> rows = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().matches("0\\d\\d_.*\\.txt")).sorted().toList()) {
                rows.addAll(activities(Files.readAllLines(p, StandardCharsets.UTF_8)));
            }
        }
        List<String> accepted = new ArrayList<>();
        int numbered = 0;
        for (String row : rows) {
            LabelMatch m = matcher.match(row, null, null);
            if (m.isMatched()) {
                accepted.add(m.code() + " (" + m.how() + "): " + row);
                continue;
            }
            // The worst case for the number's vouching: the row numbered as the code its words rank first.
            for (String nearest : m.suggestions().stream().limit(1).toList()) {
                Indicator i = reference.catalog().get(nearest.split(" ")[0]);
                for (String[] g : new String[][] {{Generation.G2011, i.g2011Ref()}, {Generation.G2021, i.g2021Ref()}}) {
                    if (g[1] != null) {
                        numbered++;
                        LabelMatch n = matcher.match(row, g[0], g[1]);
                        if (n.isMatched()) {
                            accepted.add(n.code() + " (" + n.how() + ", numbered " + g[1] + "): " + row);
                        }
                    }
                }
            }
        }
        System.out.printf("Activity rows of the seeds: %d rows, and %d numbered as the code nearest to them: %d read"
                + " as an indicator%n", rows.size(), numbered, accepted.size());
        accepted.forEach(a -> System.out.println("  ACCEPTED " + a));
        assertTrue(rows.size() >= 100, "the seeds' tasks sections give " + rows.size() + " rows");
        assertEquals(List.of(), accepted);
    }

    private static final Pattern TASKS_HEADING = Pattern.compile(
            "^[#*\\s]*(?:II|III)\\.\\s*(?:NHIỆM VỤ|GIẢI PHÁP|NỘI DUNG|CÁC GIẢI PHÁP).*");
    private static final Pattern NEXT_HEADING = Pattern.compile("^[#*\\s]*(?:I|II|III|IV|V|VI)\\.\\s+\\S.*");

    /** Lines of the "tasks / solutions / contents" sections, a wrapped line joined to the one it continues. */
    static List<String> activities(List<String> lines) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String raw : lines) {
            String line = raw.replaceAll("\\[bookmark:[^]]*]", "").replaceAll("[*#]", "").trim();
            if (TASKS_HEADING.matcher(raw).matches()) {
                in = true;
                continue;
            }
            if (in && NEXT_HEADING.matcher(raw).matches()) {
                in = false;
            }
            if (!in || line.isEmpty()) {
                continue;
            }
            if (!out.isEmpty() && Character.isLowerCase(line.charAt(0))) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
            } else {
                out.add(line);
            }
        }
        out.removeIf(l -> l.length() < 20 || l.length() > 400);
        return out;
    }

    /**
     * Word groups as clerks shorten them: some the abbreviation table lists, some only the initials the
     * matcher derives from the catalog's wordings (lãnh đạo chủ chốt, cơ quan quản lý nhà nước …).
     */
    private static final String[][] CLERK_SHORT_FORMS = {
            {"bình đẳng giới", "BĐG"}, {"bạo lực gia đình", "BLGĐ"}, {"dân tộc thiểu số", "DTTS"},
            {"vị thành niên", "VTN"}, {"hội đồng nhân dân", "HĐND"}, {"doanh nghiệp", "DN"}, {"hợp tác xã", "HTX"},
            {"sức khỏe sinh sản", "SKSS"}, {"giáo dục nghề nghiệp", "GDNN"}, {"lãnh đạo chủ chốt", "LĐCC"},
            {"cơ quan quản lý nhà nước", "CQQLNN"}, {"trợ giúp xã hội", "TGXH"}, {"thông tin cơ sở", "TTCS"},
            {"ủy ban nhân dân", "UBND"}, {"Ủy ban nhân dân", "UBND"},
    };

    static String abbreviate(String label) {
        String s = VietText.clean(label);
        for (String[] f : CLERK_SHORT_FORMS) {
            s = s.replace(f[0], f[1]);
        }
        return s;
    }
}
