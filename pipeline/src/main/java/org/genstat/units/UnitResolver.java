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
    public record Place(String prefix, String words, String written) {
        public Place(String prefix, String words) {
            this(prefix, words, null);
        }
    }

    public record Resolution(Unit unit, String reason) {
    }

    /** Words that follow a prefix in ordinary phrases: "xã hội" (society), "xã đội" (militia), "phường hội". */
    private static final java.util.Set<String> ORDINARY = java.util.Set.of("hoi", "doi", "truong", "vien", "uy");

    private final UnitRegistry registry;

    public UnitResolver(UnitRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param year the year the report speaks of. A year that straddles a reorganisation (2025) is
     *             read on the day whose register explains more of the places the title names: a
     *             title naming a district abolished on 1 July speaks of the register before it.
     */
    public Resolution resolve(List<Place> places, int year) {
        Resolution best = null;
        int bestScore = -1;
        for (LocalDate day : UnitRegistry.daysOf(year)) {
            Scored r = resolveOn(places, day);
            if (r.score() > bestScore) {
                best = r.resolution();
                bestScore = r.score();
            }
        }
        return best;
    }

    /** A resolution and how many of the title's places it explains (the unit and its parents). */
    private record Scored(Resolution resolution, int score) {
    }

    private Scored resolveOn(List<Place> places, LocalDate day) {
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
            return new Scored(new Resolution(null, places.isEmpty()
                    ? "the title names no unit (expected a line such as 'UBND TỈNH …' or 'UBND XÃ …')"
                    : "no unit in the register is named " + describe(places) + " in " + day.getYear()), 0);
        }
        int deepest = 0;
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).get(0).depth() > found.get(deepest).get(0).depth()) {
                deepest = i;
            }
        }
        // The reporter must lie under every other place the title names: parents narrow, never widen.
        List<Unit> candidates = new ArrayList<>(found.get(deepest));
        int explained = 1;
        for (int i = 0; i < found.size(); i++) {
            List<Unit> parents = found.get(i);
            if (i == deepest || parents.stream().anyMatch(candidates::contains)) {
                continue;
            }
            List<Unit> under = candidates.stream()
                    .filter(c -> parents.stream().anyMatch(p -> registry.isAncestor(p, c, day))).toList();
            if (under.isEmpty()) {
                return new Scored(new Resolution(null, "the title names " + names.get(deepest) + " and "
                        + names.get(i) + ", but none of the first lies in the second in " + day.getYear()
                        + ": check the names in the title"), explained);
            }
            candidates = new ArrayList<>(under);
            explained++;
        }
        if (candidates.size() > 1) {
            return new Scored(new Resolution(null, "the name '" + names.get(deepest) + "' is ambiguous: "
                    + candidates.stream().map(u -> u.name() + " (" + u.code() + ")").toList()
                    + "; name the province or district in the title too"), explained);
        }
        return new Scored(new Resolution(candidates.get(0), null), 100 + explained);
    }

    /**
     * One unit named in a table row ("Ha Noi", "Xã Hà Bắc"), under the file's own unit when given.
     * Without a prefix, the highest level wins ("Quảng Ninh" is the province, not its commune).
     */
    public Resolution resolveName(String name, String parentName, int year) {
        for (LocalDate day : UnitRegistry.daysOf(year)) {
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
        String[] written = p.written() == null ? words : p.written().split(" ");
        if (written.length != words.length) {
            written = words;
        }
        for (int n = words.length; n >= 1; n--) {
            String name = String.join(" ", Arrays.copyOfRange(words, 0, n));
            // One word cut from a longer line is too often an ordinary word ("xã hội", "xã đội"); a place
            // that is one word by itself ("Phường Bưởi") is a name.
            if (n == 1 && !name.matches("\\d+") && (words.length > 1 || ORDINARY.contains(name))) {
                break;
            }
            // written with its diacritics, so that "Minh Quán" is not "Minh Quân"
            List<Unit> hits = registry.find(p.prefix() + " " + String.join(" ", Arrays.copyOfRange(written, 0, n)),
                    parent, day, p.written() != null);
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
