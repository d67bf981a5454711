package dev.xiaoer.bench;

import dev.xiaoer.dialogue.DialogueEngine;
import dev.xiaoer.dialogue.Session;
import dev.xiaoer.dialogue.Turn;
import dev.xiaoer.retrieval.RetrievalSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the dialogue costs a message of {@code bench/messages.lua}'s traffic, without the store and
 * the transport: conversations of a seller question from {@code eval/cases.yaml} and three flow-style
 * answers (是 / 还没 / 2 …) through {@link DialogueEngine#handle}, each turn given the session the last
 * one left. The worker's share of the service's CPU per message (docs/benchmarks.md, issue 19).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx2g"})
public class DialogueBenchmark {
    /** The answers bench/messages.lua sends after a question, in its order. */
    private static final List<String> ANSWERS = List.of("是", "还没", "2", "是的", "没有", "1", "还没有", "好的", "继续", "都关好了");
    private static final int TURNS = 4;

    @State(Scope.Thread)
    public static class Conversations {
        DialogueEngine engine;
        List<String> questions;
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        Session session;
        int conversation;
        int turn;

        @Setup
        public void build() {
            engine = DialogueEngine.create(BenchData.realKnowledge(), RetrievalSettings.defaults(), Duration.ofMinutes(30));
            questions = BenchData.sellerQuestions();
        }

        String next() {
            if (turn == TURNS) {
                turn = 0;
                session = null;
                conversation++;
            }
            String text = turn == 0 ? questions.get(conversation % questions.size())
                    : ANSWERS.get((conversation + turn) % ANSWERS.size());
            turn++;
            return text;
        }
    }

    @Benchmark
    public Turn message(Conversations c) {
        String text = c.next(); // first: a new conversation starts with no session
        Turn t = c.engine.handle(c.session, "c" + c.conversation, text, c.now);
        c.session = t.session();
        return t;
    }
}
