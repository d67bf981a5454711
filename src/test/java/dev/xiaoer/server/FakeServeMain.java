package dev.xiaoer.server;

import dev.xiaoer.cli.ServeCommand;
import picocli.CommandLine;

/** {@code serve} with the fake dialogue, for tests that need the service as a separate process. */
public final class FakeServeMain {
    private FakeServeMain() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new ServeCommand(FakeDialogue.factory())).execute(args));
    }
}
