package org.ibidem.reference;

import java.util.List;

/** A distinct sample value for each {@link CslField}, and references that give one field or all of them. */
public final class FieldSamples {

    private FieldSamples() {
    }

    /** A value of the field's kind that names the field, so a value found in the wrong place says where from. */
    public static Object sample(CslField field) {
        return switch (field.kind()) {
            case TEXT -> "v-" + field.variable();
            // A number, as biblatex's integer fields (volume, number) want one: a text there moves to the note.
            case NUMBER -> Integer.toString(100 + field.ordinal());
            case NAMES -> List.of(Name.of("F" + field.ordinal(), "G" + field.ordinal()));
            case DATE -> PartialDate.of(1900 + field.ordinal(), 1 + field.ordinal() % 12, 1 + field.ordinal());
        };
    }

    /** A reference of the given type that gives this one field and nothing else. */
    public static Reference only(CslField field, ItemType type) {
        return field.set(Reference.builder(type), sample(field)).build();
    }

    /** A reference of the given type that gives every field of the table. */
    public static Reference all(ItemType type) {
        Reference.Builder b = Reference.builder(type).id("all");
        for (CslField field : CslField.values()) {
            field.set(b, sample(field));
        }
        return b.build();
    }
}
