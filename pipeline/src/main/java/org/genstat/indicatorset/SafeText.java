package org.genstat.indicatorset;

/**
 * Text a spreadsheet could take for a formula (=, +, -, @, tab, carriage return first) is
 * prefixed with an apostrophe, so a hostile label in a unit's file cannot run when the set is
 * opened (OWASP's advice on CSV injection).
 */
final class SafeText {
    private SafeText() {
    }

    static String of(String s) {
        if (s == null || s.isEmpty()) {
            return s == null ? "" : s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
