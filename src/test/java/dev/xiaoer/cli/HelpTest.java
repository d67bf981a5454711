package dev.xiaoer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's one-line summary, as `xiaoer --help` lists it, is a whole sentence. */
class HelpTest {
    @Test
    void summariesAreWholeSentences() {
        List<String> cut = new ArrayList<>();
        check(Main.commandLine(), cut);
        assertEquals(List.of(), cut, "summaries that stop mid-sentence (give the command a header)");
    }

    private static void check(CommandLine cli, List<String> cut) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            if (usage.hidden()) {
                continue;
            }
            String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
            String summary = lines.length == 0 ? "" : lines[0].strip();
            if (!summary.endsWith(".")) {
                cut.add(sub.getCommandSpec().qualifiedName() + ": " + summary);
            }
            check(sub, cut);
        }
    }
}
