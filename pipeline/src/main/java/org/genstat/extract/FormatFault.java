package org.genstat.extract;

import java.util.List;

/**
 * Tells a damaged or unknown file from a bug in genstat: an exception thrown from inside a file
 * format library (POI, the streaming reader, the XML and zip parsers) is the file's; any other is ours
 * and must not read as the clerk's fault.
 */
final class FormatFault {
    private static final List<String> FORMAT_PACKAGES = List.of("org.apache.poi.", "com.github.pjfanning.",
            "org.apache.xmlbeans.", "org.apache.commons.compress.", "org.apache.commons.io.", "javax.xml.",
            "com.sun.org.apache.", "java.util.zip.", "org.genstat.extract.sheet.");

    private FormatFault() {
    }

    static boolean isFormatFault(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && FORMAT_PACKAGES.stream().anyMatch(trace[0].getClassName()::startsWith);
    }

    /** The library's own words, without Java class names. */
    static String describe(Throwable e) {
        String m = e.getMessage() == null ? "no detail given" : e.getMessage();
        m = m.replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(Exception|Error)\\b:?", "").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }
}
