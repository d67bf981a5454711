package dev.xiaoer.cli;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.report.UnansweredGroup;
import dev.xiaoer.report.UnansweredJson;
import dev.xiaoer.report.UnansweredReport;
import dev.xiaoer.retrieval.RetrievalSettings;
import dev.xiaoer.retrieval.Retriever;
import dev.xiaoer.store.ConversationReader;
import dev.xiaoer.store.Miss;
import dev.xiaoer.store.SqliteConversationReader;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.store.pg.PgConversationStore;
import dev.xiaoer.text.ScriptConverter;
import dev.xiaoer.text.TextNormalizer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code report unanswered}: the questions the bot missed lately (fallbacks, handoffs after them,
 * low-confidence answers), grouped by similarity, the most asked first, each with the closest existing
 * entry. Opens the store read-only, so it runs next to a serving {@code serve}.
 */
@Command(name = "unanswered", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
        header = "What sellers asked that the bot missed, grouped, most frequent first, each with its closest entry.",
        description = {"Questions the bot could not answer (or answered with low confidence), grouped by similarity,",
                "the most frequent first, each with the closest existing FAQ entry: what to add next.",
                "Reads the store read-only; safe while serve runs."})
final class UnansweredCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--since", defaultValue = "7d", paramLabel = "WINDOW",
            description = "How far back to look: 7d, 12h, 90m (default: ${DEFAULT-VALUE}).")
    String since;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where serve stores conversations (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", paramLabel = "URL",
            description = "The PostgreSQL store the nodes share (a JDBC URL; a read replica will do); without it the SQLite store in --data.")
    String storeUrl;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge to find the closest entries in (default: ./knowledge when present, else bundled).")
    Path knowledge;

    @Option(names = "--below-confidence", defaultValue = "" + UnansweredReport.DEFAULT_BELOW_CONFIDENCE, paramLabel = "FRACTION",
            description = "Answers below this confidence count as missed (default: ${DEFAULT-VALUE}).")
    double belowConfidence;

    @Option(names = "--limit", defaultValue = "30", description = "At most this many groups (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Duration window;
        try {
            window = UnansweredReport.window(since);
        } catch (IllegalArgumentException e) {
            err.println("report unanswered: --since " + e.getMessage());
            return 2;
        }
        if (limit < 1 || !(belowConfidence >= 0 && belowConfidence <= 1)) {
            err.println("report unanswered: --limit must be at least 1 and --below-confidence 0 to 1");
            return 2;
        }
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(knowledge);
        if (!loaded.ok()) {
            loaded.problems().forEach(err::println);
            err.println("report unanswered: the knowledge in " + loaded.location() + " is invalid");
            return 1;
        }
        ScriptConverter script = new ScriptConverter();
        Retriever retriever = Retriever.build(loaded.knowledge(), new TextNormalizer(loaded.knowledge(), script),
                RetrievalSettings.defaults());
        Instant from = Instant.now().minus(window);
        List<Miss> misses;
        try (ConversationReader store = storeUrl != null && !storeUrl.isBlank() ? PgConversationStore.reader(storeUrl)
                : SqliteConversationReader.open(data)) {
            misses = store.misses(from, belowConfidence, 100_000);
        } catch (IllegalStateException | StoreException e) {
            err.println("report unanswered: " + e.getMessage());
            return 1;
        }
        List<UnansweredGroup> groups = new UnansweredReport(retriever::rank, script::toSimplified,
                UnansweredReport.DEFAULT_SIMILARITY, retriever::words).groups(misses, limit);
        if (json) {
            out.println(UnansweredJson.write(from, belowConfidence, misses.size(), groups).toPrettyString());
        } else {
            out.printf(Locale.ROOT, "unanswered since %s: %d question(s) in %d group(s)%s%n", from, misses.size(),
                    groups.size(), groups.isEmpty() ? "" : ", the most asked first");
            int n = 0;
            for (UnansweredGroup g : groups) {
                out.printf(Locale.ROOT, "%n%2d. %s  ×%d (%d unanswered, %d low confidence), last %s%n", ++n,
                        g.question(), g.count(), g.fallbacks(), g.count() - g.fallbacks(), g.lastAsked());
                if (g.variants().size() > 1) {
                    out.println("    also asked: " + g.variants().subList(1, g.variants().size()).stream()
                            .map(v -> v.text() + (v.count() > 1 ? " ×" + v.count() : ""))
                            .collect(Collectors.joining(" | ")));
                }
                if (g.closest() == null) {
                    out.println("    closest entry: none — a new entry");
                } else {
                    out.printf(Locale.ROOT, "    closest entry: %s %s (%.2f; shares %s)%n", g.closest().faqId(),
                            g.closest().question(), g.closest().score(),
                            g.closest().matchedWords().isEmpty() ? "no words" : String.join(" ", g.closest().matchedWords()));
                }
            }
        }
        out.flush();
        return 0;
    }
}
