package dev.xiaoer.cli;

import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Problem;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code validate}: checks the knowledge files and prints {@code path:line: message} per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true, defaultValueProvider = EnvDefaults.class,
        description = "Checks the knowledge files; prints path:line: message per problem; exit 1 on any.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "knowledge directory (default: ./knowledge when it exists, else the bundled copy)")
    Path knowledge;

    @Override
    public Integer call() {
        KnowledgeLoader.Result result = KnowledgeLoader.loadDefault(knowledge);
        if (result.ok()) {
            var kb = result.knowledge();
            System.out.printf("%s: ok — %d FAQ entries, %d flows, %d synonym rules (version %s)%n",
                    result.location(), kb.faqs().size(), kb.flows().size(), kb.synonyms().size(), kb.version());
            return 0;
        }
        for (Problem p : result.problems()) {
            System.out.println(p);
        }
        System.err.printf("%d problem(s) in %s%n", result.problems().size(), result.location());
        return 1;
    }
}
