package org.genstat.reference.build;

import org.genstat.vocabulary.LineageRelation;
import org.genstat.vocabulary.UnitLevel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genstat.csv.CsvReader;
import org.genstat.text.VietText;
import org.genstat.units.LineageLink;
import org.genstat.units.Unit;
import org.genstat.units.UnitName;
import org.genstat.units.UnitRegistry;

/**
 * The official new ↔ old conversion table of 1 July 2025: one row per (new commune, old commune),
 * with the new and old province as "Name (code)" and a note saying whether the old commune went
 * in whole or in part. Gives the new provinces and communes and the lineage of both levels.
 */
final class ConversionTable {
    static final LocalDate EFFECTIVE = UnitRegistry.REORGANISED_ON;
    private static final Pattern NAME_CODE = Pattern.compile("^(.*?)\\s*\\((\\d+)\\)\\s*$");

    final Map<String, Unit> provinces = new TreeMap<>();
    final Map<String, Unit> communes = new TreeMap<>();
    final List<LineageLink> links = new ArrayList<>();

    static ConversionTable read(Path csv) {
        ConversionTable t = new ConversionTable();
        Map<String, Set<String>> newProvincesOfOld = new TreeMap<>();
        Map<String, Set<String>> oldProvincesOfNew = new TreeMap<>();
        Map<String, String> oldProvinceNames = new LinkedHashMap<>();
        for (List<String> r : CsvReader.readAll(csv, ',')) {
            if (r.size() < 8 || !r.get(2).trim().matches("\\d{5}") || !r.get(4).trim().matches("\\d{5}|")) {
                continue; // header and province section rows
            }
            String[] newProvince = nameAndCode(r.get(0));
            String[] oldProvince = nameAndCode(r.get(7));
            String newCode = r.get(2).trim();
            // An island district with no communes became a special zone whole: its old code is the district's.
            String oldCode = r.get(4).isBlank() ? nameAndCode(r.get(6))[1] : r.get(4).trim();
            String newName = VietText.clean(r.get(1));
            t.provinces.putIfAbsent(newProvince[1],
                    new Unit(newProvince[1], newProvince[0], UnitLevel.PROVINCE, "VN", EFFECTIVE, null));
            t.communes.putIfAbsent(newCode, new Unit(newCode, newName, UnitLevel.COMMUNE, newProvince[1], EFFECTIVE, null));
            t.links.add(new LineageLink(oldCode, newCode, relation(r.get(5), VietText.clean(r.get(3)), newName),
                    EFFECTIVE));
            newProvincesOfOld.computeIfAbsent(oldProvince[1], k -> new TreeSet<>()).add(newProvince[1]);
            oldProvincesOfNew.computeIfAbsent(newProvince[1], k -> new TreeSet<>()).add(oldProvince[1]);
            oldProvinceNames.put(oldProvince[1], oldProvince[0]);
        }
        newProvincesOfOld.forEach((oldCode, news) -> {
            for (String newCode : news) {
                LineageRelation relation;
                if (news.size() > 1) {
                    relation = LineageRelation.MERGED_PART;
                } else if (oldProvincesOfNew.get(newCode).size() > 1) {
                    relation = LineageRelation.MERGED_WHOLE;
                } else {
                    relation = sameName(oldProvinceNames.get(oldCode), t.provinces.get(newCode).name()) ? LineageRelation.SAME : LineageRelation.RENAMED;
                }
                t.links.add(new LineageLink(oldCode, newCode, relation, EFFECTIVE));
            }
        });
        return t;
    }

    /** The table's notes, with their stray spaces and typos, as a lineage relation. */
    static LineageRelation relation(String note, String oldName, String newName) {
        String n = VietText.words(note);
        if (n.contains("mot phan") || n.contains("phan con lai")) {
            return LineageRelation.MERGED_PART;
        }
        if (n.startsWith("nhap toan bo") || n.startsWith("sap xep toan bo")) {
            return LineageRelation.MERGED_WHOLE;
        }
        if (n.startsWith("giu nguyen")) {
            return sameName(oldName, newName) ? LineageRelation.SAME : LineageRelation.RENAMED;
        }
        if (n.startsWith("doi ten") || n.startsWith("doi loai hinh")) {
            return LineageRelation.RENAMED;
        }
        // No note: the table does not say whether the whole commune moved, so re-basing is refused.
        return LineageRelation.MERGED_PART;
    }

    private static boolean sameName(String a, String b) {
        return UnitName.parse(a).key().equals(UnitName.parse(b).key());
    }

    private static String[] nameAndCode(String cell) {
        Matcher m = NAME_CODE.matcher(VietText.clean(cell));
        if (!m.matches()) {
            throw new IllegalArgumentException("conversion table: expected 'Name (code)' but found '" + cell + "'");
        }
        return new String[] {m.group(1), m.group(2)};
    }
}
