package org.genstat.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What ./genstat makes of what a user types: a mistake is one line that names the command. */
class CommandLineTest {

    @Test
    void theLaunchersOwnSettingsAloneAreNoCommand() {
        CommandLine cli = CommandLine.parse(new String[] {"--genstat.schemas-dir=/opt/genstat/schemas"});
        assertNull(cli.command(), "./genstat alone prints the help");
    }

    @Test
    void anOptionTheCommandDoesNotTakeNamesTheCommand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"query", "select 1", "--inbox", "/data/inbox"}));
        assertEquals("query takes no option --inbox (it takes --warehouse); see ./genstat query --help", e.getMessage());
    }

    @Test
    void settingsGoWithEveryCommand() {
        CommandLine cli = CommandLine.parse(new String[] {"nightly", "--wait", "--genstat.spark.master=local[2]"});
        assertEquals("true", cli.options().get("wait"));
        assertEquals("local[2]", cli.options().get("genstat.spark.master"));
    }

    @Test
    void aValueLeftOutIsSaidWithAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"indicator-set", "--year"}));
        assertEquals("--year needs a value, e.g. --year 2024", e.getMessage());
    }

    @Test
    void anUnknownOptionNamesTheCommand() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandLine.parse(new String[] {"nightly", "--bogus"}));
        assertTrue(e.getMessage().startsWith("nightly: unknown option --bogus"), e.getMessage());
    }

    @Test
    void checkTakesManyFiles() {
        assertEquals(List.of("a.xlsx", "b.csv"), CommandLine.parse(new String[] {"check", "a.xlsx", "b.csv"}).arguments());
    }
}
