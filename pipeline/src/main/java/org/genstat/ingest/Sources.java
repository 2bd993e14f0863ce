package org.genstat.ingest;

import java.util.Locale;
import org.genstat.vocabulary.Kind;

/** Where a file comes from, by the folder the office put it in. */
public final class Sources {
    private Sources() {
    }

    /**
     * The kind a file's values have when no heading says it: national statistics are published
     * results (the statistics office's own "Prel." or "Ước tính" headings say otherwise); a unit's
     * report must say it.
     */
    public static String kindWhenUnstated(String path) {
        return national(path) ? Kind.ACTUAL.code() : null;
    }

    /**
     * Files under a folder named "national" (or "quoc-gia") are national statistics (GSO, World
     * Bank): their unit is the whole country unless a row names another, and most of their
     * series are outside the catalog, so an unmatched label there is information, not a warning.
     */
    public static boolean national(String path) {
        for (String part : path.toLowerCase(Locale.ROOT).replace('\\', '/').split("/")) {
            if (part.equals("national") || part.equals("quoc-gia") || part.equals("quocgia")) {
                return true;
            }
        }
        return false;
    }
}
