package org.genstat.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.genstat.text.VietText;
import org.genstat.units.UnitResolver;

/**
 * The reporting unit of one row, for tables that list several units (a district's communes, a
 * statistical table by province, a World Bank extract by country). Answers are cached per name
 * and year; the whole country answers to its Vietnamese and English names and codes.
 */
final class UnitLookup {
    private static final Set<String> COUNTRY_NAMES = Set.of("viet nam", "vietnam", "ca nuoc", "toan quoc",
            "whole country", "tong so ca nuoc", "toan tinh");
    private static final Set<String> COUNTRY_CODES = Set.of("VN", "VNM", "704");

    private final UnitResolver resolver;
    private final Map<String, String> cache = new HashMap<>();

    UnitLookup(UnitResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * @param parentName the file's own unit, when a district or province lists its communes
     * @return the unit code, or null when the name is no unit of the register that year
     */
    String code(String name, String code, String parentName, int year) {
        String key = name + "\n" + code + "\n" + parentName + "\n" + year;
        return cache.computeIfAbsent(key, k -> lookup(name, code, parentName, year));
    }

    private String lookup(String name, String code, String parentName, int year) {
        if (code != null && COUNTRY_CODES.contains(VietText.clean(code).toUpperCase(java.util.Locale.ROOT))) {
            return "VN";
        }
        String folded = VietText.words(name == null ? "" : name);
        if (COUNTRY_NAMES.contains(folded) && !"toan tinh".equals(folded)) {
            return "VN";
        }
        if (folded.isEmpty()) {
            return null;
        }
        UnitResolver.Resolution r = resolver.resolveName(name, parentName, year);
        return r.unit() == null ? null : r.unit().code();
    }

}
