package org.genstat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared data beside the repository (../shared, read from a module's folder). Tests
 * that read it skip, saying so on the console, where it is absent (a user's clone).
 */
public final class SharedFolder {
    private SharedFolder() {
    }

    /** The path below ../shared, or the test is skipped with a printed reason. */
    public static Path require(String relative, String test) {
        Path p = Path.of("../../shared").resolve(relative);
        boolean there = Files.exists(p);
        if (!there) {
            System.out.println("SKIPPED " + test + ": ../shared/" + relative + " is not next to the project");
        }
        assumeTrue(there, "../shared/" + relative + " is not next to the project");
        return p;
    }
}
