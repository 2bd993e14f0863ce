package org.genstat.extract.sheet;

/** The file cannot be read as a spreadsheet; the message is meant for the clerk who sent it. */
public class UnreadableFileException extends Exception {
    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
