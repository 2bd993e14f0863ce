package org.genstat.units;

import org.genstat.vocabulary.UnitLevel;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genstat.extract.layout.TitleBlock;
import org.genstat.reference.ReferenceData;
import org.genstat.text.VietText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every unit of both registers, named in its report's title the way a clerk writes it ("ỦY BAN NHÂN
 * DÂN XÃ …, HUYỆN …, TỈNH …", in capitals, with and without diacritics), must resolve to that unit
 * and no other in a year the unit is valid. The only titles allowed to fail are the really ambiguous
 * ones: another unit of the same year has the same name under parents of the same names; then the
 * reason must list the candidates.
 */
class EveryUnitTitleTest {
    private static UnitRegistry registry;
    private static UnitResolver resolver;

    @BeforeAll
    static void load() {
        registry = ReferenceData.load(null).units();
        resolver = new UnitResolver(registry);
    }

    @Test
    void everyUnitIsFoundFromTheTitleAClerkWrites() {
        int tried = 0;
        int resolved = 0;
        int reallyAmbiguous = 0;
        List<String> wrong = new ArrayList<>();
        for (Unit u : registry.units()) {
            if (u.level() == UnitLevel.NATIONAL) {
                continue;
            }
            // a year wholly inside the unit's validity: 2024 before the reorganisation, 2026 after it
            LocalDate day = u.validTo() != null ? u.validTo().minusYears(1) : LocalDate.of(2026, 12, 31);
            int year = day.getYear();
            for (boolean diacritics : new boolean[] {true, false}) {
                String title = title(u, day, diacritics);
                tried++;
                TitleBlock block = new TitleBlock();
                block.add(title, "A1");
                List<UnitResolver.Place> places = block.mentions().stream()
                        .map(TitleBlock.Mention::place).toList();
                UnitResolver.Resolution r = resolver.resolve(places, year);
                if (r.unit() != null && r.unit().code().equals(u.code())) {
                    resolved++;
                } else if (r.unit() == null && r.reason().contains("ambiguous") && r.reason().contains(u.code())
                        && namesake(u, day, diacritics)) {
                    reallyAmbiguous++;
                } else {
                    wrong.add(title + " (" + year + ") → " + (r.unit() == null ? r.reason() : r.unit().code()));
                }
            }
        }
        System.out.printf("Every unit's title: %d titles, %d resolved to their unit, %d really ambiguous (listed), %d not%n",
                tried, resolved, reallyAmbiguous, wrong.size());
        wrong.stream().limit(15).forEach(w -> System.out.println("  " + w));
        assertTrue(wrong.isEmpty(), wrong.size() + " titles did not resolve to their unit, e.g. " + wrong.stream().limit(3).toList());
    }

    /** "ỦY BAN NHÂN DÂN XÃ HÀ BẮC, HUYỆN …, TỈNH …": the unit and every parent, in capitals. */
    private static String title(Unit u, LocalDate day, boolean diacritics) {
        List<String> parts = new ArrayList<>();
        for (Unit p = u; p != null && p.level() != UnitLevel.NATIONAL; p = parent(p, day)) {
            parts.add(p.name());
        }
        String t = "ỦY BAN NHÂN DÂN " + String.join(", ", parts).toUpperCase(Locale.ROOT);
        return diacritics ? t : VietText.fold(t).toUpperCase(Locale.ROOT);
    }

    private static Unit parent(Unit u, LocalDate day) {
        return u.parentCode() == null || u.parentCode().isEmpty() ? null : registry.byCode(u.parentCode(), day).orElse(null);
    }

    /** Another unit valid on the day whose title reads the same (titles counted once per day and form). */
    private static boolean namesake(Unit u, LocalDate day, boolean diacritics) {
        Map<String, Integer> counts = TITLES.computeIfAbsent(day + "/" + diacritics, k -> {
            Map<String, Integer> m = new HashMap<>();
            registry.units().stream().filter(o -> o.validOn(day) && o.level() != UnitLevel.NATIONAL)
                    .forEach(o -> m.merge(key(title(o, day, diacritics)), 1, Integer::sum));
            return m;
        });
        return counts.getOrDefault(key(title(u, day, diacritics)), 0) > 1;
    }

    private static final Map<String, Map<String, Integer>> TITLES = new HashMap<>();

    private static String key(String title) {
        return VietText.lower(title).replaceAll("\\b0+(\\d)", "$1");
    }
}
