package org.genstat.catalog;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicator catalog and every known wording of each indicator. */
public final class IndicatorCatalog {
    private final Map<String, Indicator> byCode;
    private final List<Alias> aliases;
    private final List<Abbreviation> abbreviations;

    public IndicatorCatalog(List<Indicator> indicators, List<Alias> aliases) {
        this(indicators, aliases, List.of());
    }

    public IndicatorCatalog(List<Indicator> indicators, List<Alias> aliases, List<Abbreviation> abbreviations) {
        Map<String, Indicator> map = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (map.put(i.code(), i) != null) {
                throw new IllegalArgumentException("indicator code " + i.code() + " appears twice in the catalog");
            }
        }
        for (Alias a : aliases) {
            if (!map.containsKey(a.code())) {
                throw new IllegalArgumentException("alias '" + a.label() + "' names unknown indicator " + a.code()
                        + ": add the code to schemas/reference/indicators.csv or fix the alias");
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
        this.aliases = List.copyOf(aliases);
        this.abbreviations = List.copyOf(abbreviations);
    }

    /** The same catalog with other aliases: to measure the matcher on wordings it was not built from. */
    public IndicatorCatalog withAliases(List<Alias> others) {
        return new IndicatorCatalog(List.copyOf(byCode.values()), others, abbreviations);
    }

    /**
     * A digest of everything a reading of labels depends on (indicators, aliases, abbreviations):
     * work derived from the catalog is reused only while this is unchanged.
     */
    public String fingerprint() {
        // Records print every field.
        return org.genstat.io.Sha256.hex(byCode.values() + "\0" + aliases + "\0" + abbreviations + "\0");
    }

    public List<Abbreviation> abbreviations() {
        return abbreviations;
    }

    public Collection<Indicator> indicators() {
        return byCode.values();
    }

    public List<Alias> aliases() {
        return aliases;
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Indicator get(String code) {
        Indicator i = byCode.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown indicator code " + code);
        }
        return i;
    }
}
