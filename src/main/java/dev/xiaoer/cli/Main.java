package dev.xiaoer.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code xiaoer} command line: {@code serve}, {@code ask}, {@code chat}, {@code validate}, {@code eval},
 * {@code report unanswered}, {@code store check}, {@code store backup}.
 */
@Command(name = "xiaoer", mixinStandardHelpOptions = true, version = "xiaoer 0.1.0",
        description = "小二: answers 1688 sellers' fulfilment questions from the FAQ and flow files in knowledge/.")
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, reading flag defaults from {@code XIAOER_*} variables. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand("serve", new ServeCommand(Engines.FACTORY))
                .addSubcommand("ask", new AskCommand())
                .addSubcommand("chat", new ChatCli())
                .addSubcommand("validate", new ValidateCommand())
                .addSubcommand("eval", new EvalCommand())
                .addSubcommand("report", new ReportCommand())
                .addSubcommand("store", new StoreCommand())
                .addSubcommand("help", new CommandLine.HelpCommand())
                .addSubcommand("cds-training", new CdsTraining());
        cli.setDefaultValueProvider(new EnvDefaults(System.getenv()));
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
