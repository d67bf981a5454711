package dev.xiaoer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code report}: reports for the people who run the bot; {@code report unanswered} so far. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports from the conversation store.",
        subcommands = UnansweredCommand.class)
final class ReportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
