package dev.xiaoer.cli;

import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.eval.EvalReport;
import dev.xiaoer.eval.Evaluator;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval}: runs labelled cases, prints the metrics and every miss, and gates on thresholds. */
@Command(name = "eval", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
        description = "Runs labelled cases (YAML list of {text, expect, tags}); prints the metrics and every miss. "
                + "Exits 1 when a metric is below the given bar.")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "the labelled case file")
    Path cases;

    @Option(names = "--knowledge", paramLabel = "DIR", description = "knowledge directory (default: ./knowledge, else bundled)")
    Path knowledge;

    @Option(names = "--min-top1", paramLabel = "FRACTION", defaultValue = "0", description = "fail below this top-1 (e.g. 0.90)")
    double minTop1;

    @Option(names = "--min-top1-or-clarify", paramLabel = "FRACTION", defaultValue = "0", description = "fail below this top-1-or-clarify")
    double minTop1OrClarify;

    @Option(names = "--max-wrong", paramLabel = "FRACTION", defaultValue = "1", description = "fail above this wrong-answer rate")
    double maxWrong;

    @Option(names = "--min-declined", paramLabel = "FRACTION", defaultValue = "0", description = "fail below this out-of-scope decline rate")
    double minDeclined;

    @Option(names = "--quiet", description = "print the metrics only, not every miss")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(knowledge);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return 2;
        }
        List<EvalCase> list = EvalCases.read(cases);
        Retriever retriever = Retriever.build(loaded.knowledge(),
                new TextNormalizer(loaded.knowledge(), new ScriptConverter()), RetrievalSettings.defaults());
        EvalReport report = new Evaluator(retriever).run(list);
        print(report, out, quiet);
        List<String> failed = new ArrayList<>();
        check(failed, "top-1", report.top1(), minTop1, true);
        check(failed, "top-1-or-clarify", report.top1OrClarify(), minTop1OrClarify, true);
        check(failed, "wrong answers", report.wrongAnswerRate(), maxWrong, false);
        check(failed, "out-of-scope declined", report.oosDeclined(), minDeclined, true);
        failed.forEach(f -> out.println("FAIL " + f));
        out.flush();
        return failed.isEmpty() ? 0 : 1;
    }

    static void print(EvalReport r, PrintWriter out, boolean quiet) {
        if (!quiet) {
            for (EvalReport.Miss m : r.misses()) {
                out.printf(Locale.ROOT, "miss  line %-4d %-28s expected %-28s got %-9s %-40s [%s]%n", m.evalCase().line(),
                        m.evalCase().text(), m.evalCase().expect() == null ? "(decline)" : m.evalCase().expect(),
                        m.decision(), m.got(), m.candidates());
            }
        }
        out.printf(Locale.ROOT, "cases %d (in scope %d, out of scope %d)%n", r.cases(), r.inScope(), r.outOfScope());
        out.printf(Locale.ROOT, "top-1             %6.1f%%%n", 100 * r.top1());
        out.printf(Locale.ROOT, "top-3             %6.1f%%%n", 100 * r.top3());
        out.printf(Locale.ROOT, "top-1-or-clarify  %6.1f%%%n", 100 * r.top1OrClarify());
        out.printf(Locale.ROOT, "wrong answers     %6.1f%%%n", 100 * r.wrongAnswerRate());
        out.printf(Locale.ROOT, "oos declined      %6.1f%%%n", 100 * r.oosDeclined());
    }

    private static void check(List<String> failed, String name, double value, double bar, boolean atLeast) {
        if (atLeast ? value < bar : value > bar) {
            failed.add(String.format(Locale.ROOT, "%s %.1f%% is %s the bar %.1f%%", name, 100 * value,
                    atLeast ? "below" : "above", 100 * bar));
        }
    }
}
