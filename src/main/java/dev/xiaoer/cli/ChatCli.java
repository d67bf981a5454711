package dev.xiaoer.cli;

import dev.xiaoer.dialogue.DialogueEngine;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chat}: a conversation in the terminal with the same engine as {@code serve}. */
@Command(name = "chat", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
        description = "A conversation in the terminal, same engine as serve; quick replies are numbered. /quit ends it.")
final class ChatCli implements Callable<Integer> {

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge directory (default: ./knowledge, else bundled)")
    Path knowledge;

    @Option(names = "--session-ttl", defaultValue = "30m", converter = Durations.Converter.class,
            description = "a conversation silent this long starts afresh (default: ${DEFAULT-VALUE})")
    Duration sessionTtl;

    @Override
    public Integer call() {
        DialogueEngine engine = Engines.load(knowledge, sessionTtl, System.err);
        if (engine == null) {
            return 1;
        }
        return ChatCommand.run(engine, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.out);
    }
}
