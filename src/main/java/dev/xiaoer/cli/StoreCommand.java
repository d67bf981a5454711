package dev.xiaoer.cli;

import dev.xiaoer.store.CheckResult;
import dev.xiaoer.store.StoreTools;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code store check} and {@code store backup}: the conversation store's file, for operators. */
@Command(name = "store", mixinStandardHelpOptions = true,
        description = "The conversation store's file: check it, back it up. Both read only; safe while serve runs.",
        subcommands = {StoreCommand.Check.class, StoreCommand.Backup.class})
final class StoreCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The {@code --data} option both subcommands take. */
    static final class DataDirectory {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
                description = "Where serve stores conversations (default: ./${DEFAULT-VALUE}).")
        Path data;
    }

    /** {@code store check}: SQLite's quick_check (or integrity_check); exit 1 when it finds damage. */
    @Command(name = "check", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
            header = "Checks the store's file for damage; exits 1 when it finds some.",
            description = {"Checks the store's file with SQLite's quick_check (--full: integrity_check, slower, also",
                    "matches every index to its table). Prints ok, or what is damaged and exits 1."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirectory dir;

        @Option(names = "--full", description = "integrity_check instead of quick_check.")
        boolean full;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            CheckResult result;
            try {
                result = StoreTools.check(dir.data, full);
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("store check: " + ServeCommand.oneLine(e.getMessage()));
                return 1;
            }
            if (result.ok()) {
                out.printf("%s: ok (%s, %d ms)%n", dir.data.resolve("xiaoer.db"), full ? "integrity_check" : "quick_check",
                        result.took().toMillis());
                return 0;
            }
            out.printf("%s: damaged; %d problem(s):%n", dir.data.resolve("xiaoer.db"), result.problems().size());
            result.problems().forEach(p -> out.println("  " + p));
            out.println("restore the last good backup (xiaoer store backup), or see docs/operations.md");
            return 1;
        }
    }

    /** {@code store backup}: SQLite's online backup to a new file, then a check of the copy. */
    @Command(name = "backup", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
            header = "Copies the store to a new file, consistently, while serve keeps writing.",
            description = {"Copies the store to a new file with SQLite's online backup: a consistent snapshot while",
                    "serve keeps writing, then quick_check of the copy. To restore, stop serve and put the copy",
                    "in place of xiaoer.db (removing xiaoer.db-wal and xiaoer.db-shm)."})
    static final class Backup implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        DataDirectory dir;

        @Option(names = "--to", paramLabel = "FILE", required = true, description = "The new file to write.")
        Path to;

        @Override
        public Integer call() {
            StoreTools.Backup backup;
            try {
                backup = StoreTools.backup(dir.data, to);
            } catch (IllegalStateException e) {
                spec.commandLine().getErr().println("store backup: " + ServeCommand.oneLine(e.getMessage()));
                return 1;
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d bytes in %d ms; quick_check of the copy: %s%n", backup.file(), backup.bytes(),
                    backup.took().toMillis(), backup.check().summary());
            return backup.check().ok() ? 0 : 1;
        }
    }
}
