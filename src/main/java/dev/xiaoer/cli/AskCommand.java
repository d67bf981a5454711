package dev.xiaoer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.server.ReplyBody;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask}: one question, one reply, no state kept. */
@Command(name = "ask", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
        description = "Answers one question, as the first message of a new conversation; keeps no state.")
final class AskCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "问题", description = "the seller's question; - reads it from standard input")
    String question;

    @Option(names = "--json", description = "print the reply as the HTTP API's JSON")
    boolean json;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge directory (default: ./knowledge, else bundled)")
    Path knowledge;

    @Override
    public Integer call() throws Exception {
        if (question.equals("-")) { // echo 保证金怎么退 | xiaoer ask -
            question = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        if (question.isBlank()) {
            System.err.println("ask: the question is blank");
            return 2;
        }
        DialogueEngine engine = Engines.load(knowledge, Duration.ofMinutes(30), System.err);
        if (engine == null) {
            return 1;
        }
        Reply reply = engine.handle(null, "ask", question, Instant.now()).reply();
        if (json) {
            Object tree = new ObjectMapper().readTree(ReplyBody.write(reply));
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree));
        } else {
            ChatCommand.print(reply, System.out);
        }
        return 0;
    }
}
