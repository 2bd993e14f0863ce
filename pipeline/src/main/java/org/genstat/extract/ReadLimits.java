package org.genstat.extract;

import java.time.Duration;

/**
 * What one file may cost: its size, its filled cells and its reading time. A file over any of them is
 * rejected with the reason, and the night goes on: no input can hang a night or exhaust its memory.
 *
 * @param maxBytes files larger are refused unread ({@code genstat.max-file-mb})
 * @param maxCells filled cells read at most ({@code genstat.max-cells})
 * @param maxTime  reading time at most ({@code genstat.max-seconds})
 */
public record ReadLimits(long maxBytes, long maxCells, Duration maxTime) {
    /**
     * 100 MB and 50 million cells hold twice the 100 MB benchmark workbook (21.7 million values, read in
     * 132 s on 2 cores); 600 s leaves that file four times its time, and caps what one bad file can cost a night.
     */
    public static ReadLimits defaults() {
        return new ReadLimits(100L << 20, 50_000_000L, Duration.ofSeconds(600));
    }

    public ReadLimits withMaxBytes(long bytes) {
        return new ReadLimits(bytes, maxCells, maxTime);
    }

    /** A file over its cell or time budget. */
    public static final class Exceeded extends RuntimeException {
        Exceeded(String message) {
            super(message);
        }
    }
}
