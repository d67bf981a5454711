package dev.xiaoer.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xiaoer.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Knowledge files are read only from under the knowledge directory: a link out of it (to the
 * system's password file, say) is refused unread, and a file that is not knowledge never has its
 * lines echoed in problems (they go to the log and to {@code /admin/knowledge}).
 */
class KnowledgeLinksTest {
    private static final String SECRET = "root:$6$SECRETHASH:20228:0:99999:7:::\ndaemon:*:20228:0:99999:7:::\n";

    @TempDir
    Path tmp;

    private Path knowledge() throws IOException {
        return TestFiles.copyTree(Path.of("src/test/resources/test-knowledge"), tmp.resolve("knowledge"));
    }

    private static void assertNothingEchoed(List<Problem> problems) {
        for (Problem p : problems) {
            assertFalse(p.toString().contains("SECRETHASH") || p.toString().contains("20228"), p.toString());
        }
    }

    @Test
    void aFileLinkedFromOutsideIsRefusedUnread() throws IOException {
        Path kb = knowledge();
        Path shadow = Files.writeString(tmp.resolve("shadow"), SECRET);
        Files.delete(kb.resolve("phrases.yaml"));
        Files.createSymbolicLink(kb.resolve("phrases.yaml"), shadow);
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("phrases.yaml")
                && p.message().contains("outside the knowledge directory")), r.problems().toString());
        assertNothingEchoed(r.problems());
    }

    @Test
    void aFolderLinkedFromOutsideIsRefusedToo() throws IOException {
        Path kb = knowledge();
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secrets.yaml"), SECRET);
        Files.createSymbolicLink(kb.resolve("flows"), elsewhere);
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertTrue(r.problems().stream().anyMatch(p -> p.path().endsWith("flows/secrets.yaml")
                && p.message().contains("outside the knowledge directory")), r.problems().toString());
        assertNothingEchoed(r.problems());
    }

    @Test
    void aLinkInsideTheDirectoryIsFine() throws IOException {
        Path kb = knowledge();
        Path moved = kb.resolve("shared-phrases.yaml");
        Files.move(kb.resolve("phrases.yaml"), moved);
        Files.createSymbolicLink(kb.resolve("phrases.yaml"), Path.of("shared-phrases.yaml"));
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertTrue(r.ok(), r.problems().toString());
    }

    @Test
    void aFileThatIsNotKnowledgeHasNoLineEchoed() throws IOException {
        Path kb = knowledge();
        Files.writeString(kb.resolve("phrases.yaml"), SECRET);
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertFalse(r.ok());
        assertNothingEchoed(r.problems());
    }

    @Test
    void aMisspeltKeyIsStillNamed() throws IOException {
        Path kb = knowledge();
        Files.writeString(kb.resolve("phrases.yaml"), "smaltalk: []\n" + Files.readString(kb.resolve("phrases.yaml")));
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("unknown key 'smaltalk'")),
                r.problems().toString());
    }

    /** A key written twice in one mapping is a problem at its line, naming the first: the second would replace it unseen. */
    @Test
    void aKeyWrittenTwiceIsNamedWithBothLines() throws IOException {
        Path kb = knowledge();
        String phrases = Files.readString(kb.resolve("phrases.yaml"));
        Files.writeString(kb.resolve("phrases.yaml"), phrases + "\ncancel:\n  whole: [算了]\n");
        KnowledgeLoader.Result r = KnowledgeLoader.load(kb);
        assertFalse(r.ok());
        assertTrue(r.problems().stream().anyMatch(p -> p.message().contains("'cancel' is written twice")
                && p.message().contains("also at line")), r.problems().toString());
    }
}
