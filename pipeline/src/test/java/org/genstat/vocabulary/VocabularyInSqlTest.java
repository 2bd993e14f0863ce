package org.genstat.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL and Spark expressions of genstat name kinds, sexes, statuses, severities, measures,
 * directions, flags and issue codes only by codes of their enums: a typo ('actaul') or a code renamed in one
 * place would otherwise match nothing, silently.
 */
class VocabularyInSqlTest {
    private static final Map<String, Set<String>> CODES = Map.of(
            "kind", codes(Kind.class),
            "sex", codes(Sex.class),
            "status", union(codes(FileStatus.class), codes(TargetStatus.class)),
            "severity", codes(Severity.class),
            "measure", codes(Measure.class),
            "direction", codes(Direction.class),
            "flags", codes(Flag.class),
            "code", codes(IssueCode.class),
            "level", codes(UnitLevel.class),
            "relation", codes(LineageRelation.class));
    private static final String COLUMN = "\\b(kind|sex|status|severity|measure|direction|code)";
    private static final List<Pattern> NAMED = List.of(
            Pattern.compile(COLUMN + "\\s*(?:=|<>|!=)\\s*'([^']*)'", Pattern.CASE_INSENSITIVE),
            Pattern.compile(COLUMN + "\\s+(?:NOT\\s+)?IN\\s*\\(([^)]*)\\)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("CASE\\s+" + COLUMN + "\\s+WHEN\\s+'([^']*)'", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:array_contains|list_contains|list_has)\\(\\s*(flags)\\s*,\\s*'([^']*)'",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("col\\(\"" + COLUMN.substring(2) + "\"\\)\\.(?:equalTo|notEqual|isin)\\(((?:\\s*\"[^\"]*\"\\s*,?)+)\\)"));
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");

    @Test
    void everyCodeTheSqlNamesIsAWordOfItsVocabulary() throws IOException {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Path f : sources()) {
            for (Finding x : findings(Files.readString(f))) {
                if (x.column().equals("code") && !x.code().matches("[a-z][a-z_]*")) {
                    continue; // a unit's or an indicator's code ('VN', 'POL.03'), not an issue's
                }
                checked++;
                if (!CODES.get(x.column()).contains(x.code())) {
                    unknown.add(f.getFileName() + ": " + x.column() + " '" + x.code() + "'");
                }
            }
        }
        System.out.println("Vocabulary in SQL: " + checked + " codes checked in genstat's SQL and Spark expressions");
        assertTrue(checked > 30, "the scan found the SQL: " + checked);
        assertEquals(List.of(), unknown);
    }

    @Test
    void aMisspelledCodeIsFound() {
        List<Finding> f = findings("SELECT * FROM o WHERE o.kind IN ('actual', 'estimat') AND sex = 'F'"
                + " AND NOT array_contains(flags, 'impossible')");
        assertEquals(List.of(new Finding("kind", "actual"), new Finding("kind", "estimat"), new Finding("sex", "F"),
                new Finding("flags", "impossible")), f);
        assertTrue(!CODES.get("kind").contains("estimat") && !CODES.get("flags").contains("impossible"));
    }

    @Test
    void codesReadBackAsTheirConstant() {
        for (Kind k : Kind.values()) {
            assertEquals(k, Coded.of(Kind.class, k.code()));
        }
        assertEquals(Sex.F, Coded.of(Sex.class, "F"));
        assertEquals("percent", Measure.PERCENT.toString());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Coded.of(Severity.class, "fatal"));
        assertEquals("'fatal' is no Severity: one of [error, warning, info]", e.getMessage());
    }

    record Finding(String column, String code) {
    }

    static List<Finding> findings(String text) {
        java.util.TreeMap<Integer, Finding> byPosition = new java.util.TreeMap<>();
        for (Pattern p : NAMED) {
            boolean list = p.pattern().contains("IN\\s*") || p.pattern().startsWith("col");
            Matcher m = p.matcher(text);
            while (m.find()) {
                String column = m.group(1).toLowerCase(java.util.Locale.ROOT);
                if (!list) {
                    byPosition.put(m.start(2), new Finding(column, m.group(2)));
                    continue;
                }
                Matcher lit = LITERAL.matcher(m.group(2));
                while (lit.find()) {
                    byPosition.put(m.start(2) + lit.start(), new Finding(column,
                            lit.group(1) != null ? lit.group(1) : lit.group(2)));
                }
            }
        }
        return List.copyOf(byPosition.values());
    }

    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/main"), Path.of("../jobs/src/main"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).forEach(out::add);
            }
        }
        return out;
    }

    private static <E extends Enum<E> & Coded> Set<String> codes(Class<E> vocabulary) {
        return Set.copyOf(Coded.codes(vocabulary));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
