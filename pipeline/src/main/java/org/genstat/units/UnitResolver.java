package org.genstat.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides which unit sent a report from the places its title names ("UBND THỊ XÃ HƯƠNG TRÀ",
 * "TỈNH THỪA THIÊN HUẾ"): the most specific place is the reporter, the others are its parents.
 * An ambiguous or unknown name gives no unit, with the reason.
 */
public final class UnitResolver {
    /** A place as written: its prefix word ("tinh", "xa", …) and the folded words after it. */
    public record Place(String prefix, String words) {
    }

    public record Resolution(Unit unit, String reason) {
    }

    private final UnitRegistry registry;

    public UnitResolver(UnitRegistry registry) {
        this.registry = registry;
    }

    /** @param year the year the report speaks of: units valid at its end, else at its start */
    public Resolution resolve(List<Place> places, int year) {
        for (LocalDate day : List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))) {
            Resolution r = resolveOn(places, day);
            if (r.unit() != null) {
                return r;
            }
            if (day.getMonthValue() == 1 || r.reason().contains("ambiguous")) {
                return r;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private Resolution resolveOn(List<Place> places, LocalDate day) {
        List<List<Unit>> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Place p : places) {
            List<Unit> hits = lookup(p, null, day);
            if (!hits.isEmpty()) {
                found.add(hits);
                names.add(p.prefix() + " " + p.words());
            }
        }
        if (found.isEmpty()) {
            return new Resolution(null, places.isEmpty()
                    ? "the title names no unit (expected a line such as 'UBND TỈNH …' or 'UBND XÃ …')"
                    : "no unit in the register is named " + describe(places) + " in " + day.getYear());
        }
        int deepest = 0;
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).get(0).depth() > found.get(deepest).get(0).depth()) {
                deepest = i;
            }
        }
        List<Unit> candidates = new ArrayList<>(found.get(deepest));
        if (candidates.size() > 1) {
            for (int i = 0; i < found.size(); i++) {
                if (i != deepest) {
                    List<Unit> parents = found.get(i);
                    List<Unit> under = candidates.stream()
                            .filter(c -> parents.stream().anyMatch(p -> registry.isAncestor(p, c, day))).toList();
                    if (!under.isEmpty()) {
                        candidates = new ArrayList<>(under);
                    }
                }
            }
        }
        if (candidates.size() > 1) {
            return new Resolution(null, "the name '" + names.get(deepest) + "' is ambiguous: "
                    + candidates.stream().map(u -> u.name() + " (" + u.code() + ")").toList()
                    + "; name the province or district in the title too");
        }
        return new Resolution(candidates.get(0), null);
    }

    /**
     * One unit named in a table row ("Ha Noi", "Xã Hà Bắc"), under the file's own unit when given.
     * Without a prefix, the highest level wins ("Quảng Ninh" is the province, not its commune).
     */
    public Resolution resolveName(String name, String parentName, int year) {
        for (LocalDate day : List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))) {
            List<Unit> hits = registry.find(name, parentName, day);
            if (hits.size() > 1 && UnitName.parse(name).levelHint() == null) {
                int top = hits.stream().mapToInt(Unit::depth).min().orElse(0);
                hits = hits.stream().filter(u -> u.depth() == top).toList();
            }
            if (hits.size() == 1) {
                return new Resolution(hits.get(0), null);
            }
            if (hits.size() > 1) {
                return new Resolution(null, "the name '" + name + "' is ambiguous: "
                        + hits.stream().map(u -> u.name() + " (" + u.code() + ")").toList());
            }
        }
        return new Resolution(null, "no unit in the register is named '" + name + "' in " + year);
    }

    /** Longest run of words first: a title line may go on after the name. */
    private List<Unit> lookup(Place p, String parent, LocalDate day) {
        String[] words = p.words().split(" ");
        for (int n = words.length; n >= 1; n--) {
            String name = String.join(" ", Arrays.copyOfRange(words, 0, n));
            if (n == 1 && !name.matches("\\d+")) {
                break; // one-word names are too often ordinary words ("xã hội")
            }
            List<Unit> hits = registry.find(p.prefix() + " " + name, parent, day);
            if (!hits.isEmpty()) {
                return hits;
            }
        }
        return List.of();
    }


    private static String describe(List<Place> places) {
        return places.stream().map(p -> "'" + p.prefix() + " " + p.words() + "'").toList().toString();
    }
}
