package org.ibidem.bibtex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.ibidem.reference.CslField;
import org.ibidem.reference.FieldSamples;
import org.ibidem.reference.ItemType;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CSL variable that {@link CslField} gives a BibTeX or biblatex field reaches that field. */
class BibTeXFieldTableTest {

    static Stream<CslField> withABibTeXField() {
        return Arrays.stream(CslField.values()).filter(f -> f.bibtexField() != null);
    }

    @ParameterizedTest
    @MethodSource("withABibTeXField")
    void writesAVariableToItsBibTeXField(CslField field) {
        BibTeXEntry entry = BibTeXMapper.toEntry(FieldSamples.only(field, ItemType.BOOK), "key");

        assertThat(entry.getField(new Key(field.bibtexField()))).as(field.variable()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("withABibTeXField")
    void writesNothingElseForAVariableThatHasItsOwnField(CslField field) {
        BibTeXEntry entry = BibTeXMapper.toEntry(FieldSamples.only(field, ItemType.BOOK), "key");

        assertThat(entry.getFields().keySet()).extracting(Key::getValue)
                .allMatch(k -> k.equals(field.bibtexField()) || (field == CslField.ISSUED && (k.equals("month") || k.equals("day"))));
    }

    static Stream<CslField> withABiblatexField() {
        return Arrays.stream(CslField.values()).filter(f -> f.biblatexField() != null);
    }

    @ParameterizedTest
    @MethodSource("withABiblatexField")
    void writesAVariableToItsBiblatexField(CslField field) {
        BibTeXEntry entry = BibLaTeXMapper.toEntry(FieldSamples.only(field, ItemType.BOOK), "key");

        assertThat(entry.getField(new Key(field.biblatexField()))).as(field.variable()).isNotNull();
    }

    @ParameterizedTest
    @MethodSource("withABiblatexField")
    void writesNothingElseForAVariableThatHasItsOwnBiblatexField(CslField field) {
        BibTeXEntry entry = BibLaTeXMapper.toEntry(FieldSamples.only(field, ItemType.BOOK), "key");

        assertThat(entry.getFields().keySet()).extracting(Key::getValue)
                .allMatch(k -> k.equals(field.biblatexField()) || (field == CslField.DIRECTOR && k.equals("editortype")));
    }
}
