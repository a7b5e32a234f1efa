package org.ibidem.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The hand-written inputs under {@code src/test/resources/documents/}, and checks shared by the tests. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/documents/" + name);
        assertThat(url).as("test resource documents/%s", name).isNotNull();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document read(String name) {
        return Documents.read(path(name));
    }

    /** The note text's first {@code word} maps back to that very word in the file. */
    static void assertMapsBack(Document doc, Note note, String word) {
        int at = note.text().indexOf(word);
        assertThat(at).as("'%s' in note %s", word, note.displayName()).isNotNegative();
        int source = note.textMap().toSource(at);
        assertThat(doc.text().substring(source, Math.min(doc.text().length(), source + word.length())))
                .as("file text where '%s' of note %s maps", word, note.displayName())
                .isEqualTo(word);
    }

    /** The text the note's emphasis spans cover. */
    static String[] emphasized(Note note) {
        return note.emphasis().stream().map(s -> note.text().substring(s.start(), s.end())).toArray(String[]::new);
    }
}
