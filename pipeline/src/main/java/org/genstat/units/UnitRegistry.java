package org.genstat.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genstat.text.VietText;

/**
 * The administrative unit register with validity dates, and name lookup the way a clerk writes
 * names: with or without the prefix, NFD or NFC, Ð or Đ. Many communes share a name, so a lookup
 * takes the parent the file names and the day the report speaks of.
 */
public final class UnitRegistry {
    private final List<Unit> units;
    private final List<LineageLink> lineage;
    private final Map<String, List<Unit>> byKey = new HashMap<>();
    private final Map<String, List<Unit>> byCode = new HashMap<>();

    public UnitRegistry(List<Unit> units, List<LineageLink> lineage) {
        this.units = List.copyOf(units);
        this.lineage = List.copyOf(lineage);
        for (Unit u : units) {
            byKey.computeIfAbsent(UnitName.parse(u.name()).key(), k -> new ArrayList<>()).add(u);
            byCode.computeIfAbsent(u.code(), k -> new ArrayList<>()).add(u);
        }
    }

    public List<Unit> units() {
        return units;
    }

    public List<LineageLink> lineage() {
        return lineage;
    }

    /** The day of the 2025 reorganisation: the register of 34 provinces holds from this day. */
    public static final LocalDate REORGANISED_ON = LocalDate.of(2025, 7, 1);

    /**
     * The days a year is read on, in this order: its last day, then its first. Codes and names are
     * reused across {@link #REORGANISED_ON}, so a year means the register as it stood at its end, else
     * as it stood at its start. The one rule for Java; views.sql's {@code unit_year} states it for SQL
     * and {@code ViewsTest} holds the two together on the whole register.
     */
    public static List<LocalDate> daysOf(int year) {
        return List.of(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1));
    }

    /** The unit a code means in a year (see {@link #daysOf}). */
    public Optional<Unit> inYear(String code, int year) {
        for (LocalDate day : daysOf(year)) {
            Optional<Unit> u = byCode(code, day);
            if (u.isPresent()) {
                return u;
            }
        }
        return Optional.empty();
    }

    /** The units that still stood on the last day of the year: the areas of that year. */
    public List<Unit> atEndOf(int year) {
        LocalDate end = daysOf(year).get(0);
        return units.stream().filter(u -> u.validOn(end)).toList();
    }

    /** The unit with this code valid on the day, if any. */
    public Optional<Unit> byCode(String code, LocalDate day) {
        return byCode.getOrDefault(code, List.of()).stream().filter(u -> u.validOn(day)).findFirst();
    }

    /**
     * Units whose name matches, valid on the day, whose level the prefix allows and, when a parent
     * name is given, that lie under a unit of that name. Several results mean the name is
     * ambiguous; the caller must not pick one.
     */
    public List<Unit> find(String name, String parentName, LocalDate day) {
        return find(name, parentName, day, !VietText.fold(name).equals(VietText.lower(name)));
    }

    /** @param diacritics the name was written with diacritics, so they tell apart names that fold alike */
    public List<Unit> find(String name, String parentName, LocalDate day, boolean diacritics) {
        UnitName wanted = UnitName.parse(name);
        List<Unit> hits = new ArrayList<>();
        for (Unit u : byKey.getOrDefault(wanted.key(), List.of())) {
            if (u.validOn(day) && wanted.allows(u.level()) && (parentName == null || under(u, parentName, day))) {
                hits.add(u);
            }
        }
        // Diacritics tell names apart only when the name is written with them ("Nam Đồng" is not "Nam Dong",
        // but "NAM DONG" may be either).
        if (hits.size() > 1 && diacritics) {
            List<Unit> exact = hits.stream().filter(u -> UnitName.parse(u.name()).exact().equals(wanted.exact())).toList();
            if (!exact.isEmpty()) {
                hits = new ArrayList<>(exact);
            }
        }
        if (hits.size() > 1 && wanted.prefix() != null) {
            // "Thị trấn Yên Viên" is not "Xã Yên Viên", nor "Thành phố Hà Giang" "Tỉnh Hà Giang".
            List<Unit> samePrefix = hits.stream().filter(u -> wanted.prefix().equals(UnitName.parse(u.name()).prefix()))
                    .toList();
            if (!samePrefix.isEmpty()) {
                hits = new ArrayList<>(samePrefix);
            }
        }
        if (hits.size() > 1 && wanted.levelHint() != null && wanted.levelHint().size() > 1) {
            // "Thành phố X": prefer the highest level, as a title block names its own unit first.
            int top = hits.stream().mapToInt(Unit::depth).min().orElse(0);
            hits.removeIf(u -> u.depth() != top);
        }
        hits.sort(Comparator.comparing(Unit::code));
        return hits;
    }

    private boolean under(Unit u, String parentName, LocalDate day) {
        String parentKey = UnitName.parse(parentName).key();
        return ancestors(u, day).stream().anyMatch(p -> UnitName.parse(p.name()).key().equals(parentKey));
    }

    /** Whether {@code ancestor} is above {@code unit} in the hierarchy valid on the day. */
    public boolean isAncestor(Unit ancestor, Unit unit, LocalDate day) {
        return ancestors(unit, day).stream().anyMatch(p -> p.code().equals(ancestor.code()));
    }

    /** The units above this one, nearest first, as the register stood on the day. */
    private List<Unit> ancestors(Unit unit, LocalDate day) {
        List<Unit> out = new ArrayList<>();
        for (String code = unit.parentCode(); code != null && !code.isEmpty(); ) {
            Optional<Unit> parent = byCode(code, day);
            if (parent.isEmpty()) {
                break;
            }
            out.add(parent.get());
            code = parent.get().parentCode();
        }
        return out;
    }

}
