package org.genstat.extract;

import org.genstat.vocabulary.FileStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genstat.ingest.IngestFile;
import org.genstat.units.UnitName;

/**
 * Two files that resolve to one unit and report year but write the unit differently ("xã Tân
 * Lập" in one, "xã Tân Tiến" in the other) may come from two units, one of them misread: no file
 * of them supersedes another, and all are held for a person instead of landing under a key one of
 * them may not own. A file sent again under the same name replaces its earlier version, so
 * correcting the title and sending the file again ends the hold.
 */
final class UnitClash {
    private UnitClash() {
    }

    /**
     * @param group the newest version of each file name that resolves to one unit and year
     * @return whether the group was held
     */
    static boolean hold(List<IngestFile> manifest, List<Integer> group) {
        Map<String, List<IngestFile>> byName = new LinkedHashMap<>();
        for (int i : group) {
            IngestFile f = manifest.get(i);
            if (f.unitWritten() != null) {
                byName.computeIfAbsent(key(f.unitWritten()), k -> new ArrayList<>()).add(f);
            }
        }
        if (byName.size() < 2) {
            return false;
        }
        List<IngestFile> files = group.stream().map(manifest::get).toList();
        for (int i : group) {
            IngestFile f = manifest.get(i);
            manifest.set(i, f.withStatus(FileStatus.HELD, reason(f, files.stream().filter(o -> o != f).toList()), null));
        }
        return true;
    }

    /** The name without its level word, case or diacritics: "Xã Tân Lập" and "tan lap" are one. */
    private static String key(String written) {
        return UnitName.parse(written).key();
    }

    private static String reason(IngestFile f, List<IngestFile> others) {
        StringBuilder sb = new StringBuilder("held for a person: this file ('" + f.unitWritten()
                + "') and ");
        for (int k = 0; k < others.size(); k++) {
            IngestFile o = others.get(k);
            sb.append(k == 0 ? "" : ", ").append(o.path()).append(" ('")
                    .append(o.unitWritten() == null ? "no unit written" : o.unitWritten()).append("')");
        }
        return sb.append(" both resolve to unit ").append(f.unitCode()).append(" for ").append(f.reportYear())
                .append(" but name it differently; none of their values is published until the title of the one")
                .append(" that is not from unit ").append(f.unitCode()).append(" is corrected and the file sent again")
                .toString();
    }
}
