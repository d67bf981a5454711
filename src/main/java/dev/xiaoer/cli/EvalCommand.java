package dev.xiaoer.cli;

import dev.xiaoer.dialogue.Dialogue;
import dev.xiaoer.eval.DialogueScripts;
import dev.xiaoer.eval.EvalCase;
import dev.xiaoer.eval.EvalCases;
import dev.xiaoer.eval.EvalReport;
import dev.xiaoer.eval.Evaluator;
import dev.xiaoer.eval.IntentCases;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
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
        header = "Measures answer quality on labelled cases, intent cases and conversation scripts.",
        description = {"Runs labelled cases (YAML list of {text, expect, tags}), intent cases (--intents) and "
                + "conversation scripts (--dialogues); prints the metrics and every miss. "
                + "Exits 1 when a metric is below the given bar."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--cases", paramLabel = "FILE",
            description = "labelled retrieval cases: {text, expect, tags}; repeat for several sets, each reported and gated")
    List<Path> cases;

    @Option(names = "--intents", paramLabel = "FILE",
            description = "labelled conversation-intent cases: {text, intent, inFlow, tags}")
    Path intents;

    @Option(names = "--dialogues", paramLabel = "DIR", description = "a directory of conversation scripts (*.yaml)")
    Path dialogues;

    @Option(names = "--min-intents", paramLabel = "FRACTION", defaultValue = "0",
            description = "fail below this share of intent cases right")
    double minIntents;

    @Option(names = "--min-dialogues", paramLabel = "FRACTION", defaultValue = "0",
            description = "fail below this share of conversation scripts passed (e.g. 0.95)")
    double minDialogues;

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

    @Option(names = "--quiet", description = "print the metrics only: not every miss, nor the figures per tag")
    boolean quiet;

    @Option(names = "--calibration", description = "print each set's confidence calibration: predicted against observed precision per band")
    boolean calibration;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (cases == null && intents == null && dialogues == null) {
            spec.commandLine().getErr().println("eval: give --cases FILE, --intents FILE or --dialogues DIR");
            return 2;
        }
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(knowledge);
        if (!loaded.ok()) {
            loaded.problems().forEach(p -> spec.commandLine().getErr().println(p));
            return 2;
        }
        List<String> failed = new ArrayList<>();
        if (cases != null && !cases.isEmpty()) {
            Retriever retriever = Retriever.build(loaded.knowledge(),
                    new TextNormalizer(loaded.knowledge(), new ScriptConverter()), RetrievalSettings.defaults());
            for (Path file : cases) {
                List<EvalCase> list = EvalCases.read(file);
                EvalReport report = new Evaluator(retriever).run(list);
                String set = cases.size() > 1 ? file + ": " : "";
                if (cases.size() > 1) {
                    out.println("== " + file);
                }
                print(report, out, quiet);
                if (calibration) {
                    printBands(report, out);
                }
                check(failed, set + "top-1", report.top1(), minTop1, true);
                check(failed, set + "top-1-or-clarify", report.top1OrClarify(), minTop1OrClarify, true);
                check(failed, set + "wrong answers", report.wrongAnswerRate(), maxWrong, false);
                check(failed, set + "out-of-scope declined", report.oosDeclined(), minDeclined, true);
            }
        }
        Dialogue engine = intents != null || dialogues != null
                ? Engines.FACTORY.create(loaded.knowledge(), Duration.ofMinutes(30)) : null;
        if (intents != null) {
            IntentCases.Report report = new IntentCases(engine).run(IntentCases.read(intents));
            if (!quiet) {
                report.misses().forEach(out::println);
            }
            out.printf(Locale.ROOT, "intents %d, right %6.1f%%, negated requests handed off %d%n", report.cases(),
                    100 * report.accuracy(), report.negatedHandoffs());
            check(failed, "intents right", report.accuracy(), minIntents, true);
            if (report.negatedHandoffs() > 0) {
                failed.add(report.negatedHandoffs() + " negated request(s) handed off");
            }
        }
        if (dialogues != null) {
            List<DialogueScripts.Result> results = new DialogueScripts(engine).runAll(dialogues);
            long passed = results.stream().filter(DialogueScripts.Result::passed).count();
            if (!quiet) {
                results.forEach(r -> r.misses().forEach(m -> out.println("miss  " + m)));
            }
            double share = results.isEmpty() ? 1.0 : (double) passed / results.size();
            out.printf(Locale.ROOT, "dialogues %d, passed %d (%.1f%%), turns %d%n", results.size(), passed,
                    100 * share, results.stream().mapToInt(DialogueScripts.Result::turns).sum());
            check(failed, "dialogues passed", share, minDialogues, true);
        }
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
        out.printf(Locale.ROOT, "ranked first      %6.1f%%   (the right entry is the best candidate, whatever the decision)%n",
                100 * r.rankedFirst());
        if (!quiet && !r.byTag().isEmpty()) {
            out.printf(Locale.ROOT, "%-18s %5s %5s %7s %7s %7s %7s %7s %7s%n", "tag", "in", "oos", "top-1", "top-3",
                    "t1|clar", "wrong", "declin", "ranked");
            r.byTag().forEach((tag, t) -> out.printf(Locale.ROOT, "%-18s %5d %5d %7s %7s %7s %6.1f%% %7s %7s%n", tag,
                    t.inScope(), t.outOfScope(), pct(t.top1(), t.inScope()), pct(t.top3(), t.inScope()),
                    pct(t.top1OrClarify(), t.inScope()), 100 * t.wrongAnswerRate(), pct(t.oosDeclined(), t.outOfScope()),
                    pct(t.rankedFirst(), t.inScope())));
        }
    }

    private static String pct(double value, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    static void printBands(EvalReport r, PrintWriter out) {
        out.println("confidence    cases  predicted  observed  answered");
        for (EvalReport.Band b : r.bands()) {
            out.printf(Locale.ROOT, "[%.2f, %.2f%s %5d  %8s  %8s  %8d%n", b.from(), b.to(), b.to() >= 1.0 ? "]" : ")",
                    b.cases(), b.cases() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * b.predicted()),
                    b.cases() == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * b.observed()), b.answered());
        }
    }

    private static void check(List<String> failed, String name, double value, double bar, boolean atLeast) {
        if (atLeast ? value < bar : value > bar) {
            failed.add(String.format(Locale.ROOT, "%s %.1f%% is %s the bar %.1f%%", name, 100 * value,
                    atLeast ? "below" : "above", 100 * bar));
        }
    }
}
