package dev.xiaoer.cli;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.dialogue.Related;
import dev.xiaoer.dialogue.Reply;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * {@code chat}: one conversation with the engine in the terminal, for knowledge editors. Reads a
 * message a line, prints the reply, its quick replies numbered (a bare number picks one) and the
 * flow position; {@code /quit} or end of input ends it.
 */
public final class ChatCommand {
    private static final String CONVERSATION = "chat";

    private ChatCommand() {
    }

    /** Runs the conversation; returns the exit code (0). */
    public static int run(Dialogue dialogue, BufferedReader in, PrintStream out) {
        Session session = null;
        List<Object> lastOptions = List.of();
        out.println("小二已就绪。输入问题开始对话，/quit 退出。");
        try {
            while (true) {
                out.print("> ");
                out.flush();
                String line = in.readLine();
                if (line == null || line.strip().equals("/quit")) {
                    break;
                }
                String text = line.strip();
                if (text.isEmpty()) {
                    continue;
                }
                if (text.matches("[0-9]{1,2}")) {
                    int n = Integer.parseInt(text);
                    if (n >= 1 && n <= lastOptions.size() && lastOptions.get(n - 1) instanceof String quick) {
                        text = quick;
                        out.println("  (" + quick + ")");
                    }
                }
                Turn turn = dialogue.handle(session, CONVERSATION, text, Instant.now());
                session = turn.session();
                print(turn.reply(), out);
                lastOptions = turn.reply().options();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return 0;
    }

    static void print(Reply reply, PrintStream out) {
        StringBuilder head = new StringBuilder("[").append(reply.kind().wire());
        if (reply.faqId() != null) {
            head.append(' ').append(reply.faqId()).append(String.format(" %.2f", reply.confidence()));
        }
        if (reply.flow() != null) {
            head.append(" | ").append(reply.flow().id()).append('/').append(reply.flow().step());
            if (reply.flow().done()) {
                head.append(" done");
            }
        }
        out.println(head.append(']'));
        if (!reply.text().isEmpty()) {
            out.println(reply.text());
        }
        boolean quickReplies = reply.options().stream().allMatch(o -> o instanceof String);
        if (quickReplies) {
            for (int i = 0; i < reply.options().size(); i++) {
                out.println("  " + (i + 1) + ") " + reply.options().get(i));
            }
        }
        for (Related r : reply.related()) {
            out.println("  · " + r.question());
        }
        out.println();
    }
}
