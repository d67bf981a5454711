package dev.xiaoer.bench;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.Retrieval;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import dev.xiaoer.text.Utterance;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of {@link Retriever#search} (normalise, features, Lucene, re-score, decide) for one
 * seller message, rotating through the texts of {@code eval/cases.yaml}. SampleTime, so JMH
 * reports the distribution (p50, p90, p99, ...) and not only the mean.
 *
 * <p>{@code real}: the real knowledge base. {@code synthetic}: {@link SyntheticKnowledge} of
 * {@code size} entries (7 phrasings each) with the real synonyms and phrases, asked the same
 * real questions.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
public class SearchBenchmark {

    /** The seller questions, handed out in turn. */
    @State(Scope.Thread)
    public static class Questions {
        List<String> texts;
        int next;

        @Setup
        public void load() {
            texts = BenchData.sellerQuestions();
        }

        String next() {
            String text = texts.get(next);
            next = next + 1 == texts.size() ? 0 : next + 1;
            return text;
        }
    }

    @State(Scope.Benchmark)
    public static class Real {
        Retriever retriever;
        TextNormalizer normalizer;

        @Setup
        public void build() {
            KnowledgeBase kb = BenchData.realKnowledge();
            normalizer = new TextNormalizer(kb, new ScriptConverter());
            retriever = Retriever.build(kb, normalizer, RetrievalSettings.defaults());
        }
    }

    @State(Scope.Benchmark)
    public static class Synthetic {
        @Param({"1000", "10000", "100000"})
        int size;

        Retriever retriever;

        @Setup
        public void build() {
            KnowledgeBase kb = SyntheticKnowledge.generate(size, BenchData.realKnowledge(), 1688L);
            retriever = Retriever.build(kb, new TextNormalizer(kb, new ScriptConverter()), RetrievalSettings.defaults());
        }
    }

    @Benchmark
    public Retrieval real(Real kb, Questions questions) {
        return kb.retriever.search(questions.next());
    }

    /** {@link TextNormalizer#normalize} alone, with the real KB's normaliser: its share of {@link #real}. */
    @Benchmark
    public String normalize(Real kb, Questions questions) {
        return kb.normalizer.normalize(questions.next());
    }

    /** {@link TextNormalizer#utterance}: every normal form of a message, made once per turn. */
    @Benchmark
    public Utterance utterance(Real kb, Questions questions) {
        return kb.normalizer.utterance(questions.next());
    }

    @Benchmark
    public Retrieval synthetic(Synthetic kb, Questions questions) {
        return kb.retriever.search(questions.next());
    }
}
