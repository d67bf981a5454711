package dev.xiaoer.bench;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
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
 * Time of {@link Retriever#build} over the real knowledge base or a synthetic one of {@code size}
 * entries (7 phrasings each): what a knowledge reload costs. SingleShotTime: each iteration is one cold-ish
 * build (the JVM is warmed by the warm-up builds only). The knowledge base and the normaliser are
 * made at setup, outside the measurement.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx6g"})
@State(Scope.Benchmark)
public class BuildBenchmark {
    /** {@code real}: the real knowledge base (a reload); a number: that many synthetic entries. */
    @Param({"real", "1000", "10000", "100000"})
    String size;

    KnowledgeBase kb;
    TextNormalizer normalizer;

    @Setup
    public void generate() {
        KnowledgeBase real = BenchData.realKnowledge();
        kb = "real".equals(size) ? real : SyntheticKnowledge.generate(Integer.parseInt(size), real, 1688L);
        normalizer = new TextNormalizer(kb, new ScriptConverter());
    }

    @Benchmark
    public Retriever build() {
        return Retriever.build(kb, normalizer, RetrievalSettings.defaults());
    }
}
