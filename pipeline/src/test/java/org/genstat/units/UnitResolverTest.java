package org.genstat.units;

import org.genstat.vocabulary.UnitLevel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.genstat.reference.ReferenceData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class UnitResolverTest {
    private static UnitRegistry registry;
    private static UnitResolver resolver;

    @BeforeAll
    static void load() {
        registry = ReferenceData.load(null).units();
        resolver = new UnitResolver(registry);
    }

    private static UnitResolver.Place place(String prefix, String words) {
        return new UnitResolver.Place(prefix, words);
    }

    @Test
    void theRegisterHasBothGenerationsOfUnits() {
        LocalDate before = LocalDate.of(2024, 1, 1);
        LocalDate after = LocalDate.of(2026, 1, 1);
        assertEquals(63, registry.units().stream().filter(u -> u.level() == UnitLevel.PROVINCE && u.validOn(before)).count());
        assertEquals(34, registry.units().stream().filter(u -> u.level() == UnitLevel.PROVINCE && u.validOn(after)).count());
        assertEquals(696, registry.units().stream().filter(u -> u.level() == UnitLevel.DISTRICT && u.validOn(before)).count());
        assertEquals(0, registry.units().stream().filter(u -> u.level() == UnitLevel.DISTRICT && u.validOn(after)).count());
        assertEquals(3321, registry.units().stream().filter(u -> u.level() == UnitLevel.COMMUNE && u.validOn(after)).count());
    }

    @Test
    void aProvinceIsFoundByItsNameInTheYearOfTheReport() {
        assertEquals("62", resolver.resolve(List.of(place("tinh", "kon tum")), 2017).unit().code());
        // Kon Tum was merged into Quảng Ngãi on 1 July 2025: no Kon Tum province in 2026.
        assertNull(resolver.resolve(List.of(place("tinh", "kon tum")), 2026).unit());
    }

    @Test
    void aTownIsADistrictNotTheCommuneOfTheSameName() {
        assertEquals("480", resolver.resolve(List.of(place("thi xa", "huong tra")), 2023).unit().code());
    }

    @Test
    void aCommuneNameSharedByManyNeedsItsParent() {
        UnitResolver.Resolution alone = resolver.resolve(List.of(place("xa", "ha bac")), 2026);
        assertEquals("10816", alone.unit() == null ? null : alone.unit().code(), String.valueOf(alone.reason()));
        UnitResolver.Resolution ambiguous = resolver.resolve(List.of(place("xa", "tan an")), 2024);
        assertNull(ambiguous.unit());
        assertTrue(ambiguous.reason().contains("ambiguous"), ambiguous.reason());
    }

    @Test
    void lineageLinksOldProvincesToNewOnes() {
        assertTrue(registry.lineage().contains(new LineageLink("62", "51", org.genstat.vocabulary.LineageRelation.MERGED_WHOLE, LocalDate.of(2025, 7, 1))));
        assertTrue(registry.lineage().contains(new LineageLink("22", "22", org.genstat.vocabulary.LineageRelation.SAME, LocalDate.of(2025, 7, 1))));
    }
}
