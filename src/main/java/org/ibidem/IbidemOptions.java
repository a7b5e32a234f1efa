package org.ibidem;

import java.util.Objects;
import java.util.Set;
import org.ibidem.citation.NameOrder;
import org.ibidem.document.InputFormat;
import org.ibidem.diagnostic.CheckOptions;
import org.jspecify.annotations.Nullable;

/**
 * How {@link Ibidem} reads and checks a document.
 *
 * <pre>{@code
 * IbidemOptions options = IbidemOptions.defaults()
 *         .withFamilyNameFirst(true)
 *         .withCheck(CheckOptions.defaults().without("ibid-without-period"));
 * Analysis a = Ibidem.analyze(path, options);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param familyNameFirst read personal names in notes family name first ("Chen Jian"), for documents that write
 *                        romanized Chinese, Japanese or Korean names in their own order
 * @param check           which rules run and at what severity
 * @param familyFirstNames names, as written in the notes, that are family name first even when
 *                         {@code familyNameFirst} is off ("Chen Jian", "Wu Lengxi")
 * @param inputFormat      the format to read files as, or null to detect it from the file name and content
 * @param givenFirstNames  names, as written in the notes, that are given name first although their shape would
 *                         have them read family name first ("Jung Chang", where "Chen Jian" is read Chen)
 */
public record IbidemOptions(boolean familyNameFirst, CheckOptions check, Set<String> familyFirstNames,
                            @Nullable InputFormat inputFormat, Set<String> givenFirstNames) {

    /** Validates and copies. */
    public IbidemOptions {
        Objects.requireNonNull(check, "check");
        familyFirstNames = Set.copyOf(Objects.requireNonNull(familyFirstNames, "familyFirstNames"));
        givenFirstNames = Set.copyOf(Objects.requireNonNull(givenFirstNames, "givenFirstNames"));
    }

    /** The options without a list of names forced given name first. */
    public IbidemOptions(boolean familyNameFirst, CheckOptions check, Set<String> familyFirstNames,
                         @Nullable InputFormat inputFormat) {
        this(familyNameFirst, check, familyFirstNames, inputFormat, Set.of());
    }

    /** Names given name first, every rule at its default severity. */
    public static IbidemOptions defaults() {
        return new IbidemOptions(false, CheckOptions.defaults(), Set.of(), null, Set.of());
    }

    /** These options with names read family name first, or not. */
    public IbidemOptions withFamilyNameFirst(boolean value) {
        return new IbidemOptions(value, check, familyFirstNames, inputFormat, givenFirstNames);
    }

    /** These options with a list of names that are written family name first. */
    public IbidemOptions withFamilyFirstNames(Set<String> names) {
        return new IbidemOptions(familyNameFirst, check, names, inputFormat, givenFirstNames);
    }

    /** These options with other check options. */
    public IbidemOptions withCheck(CheckOptions value) {
        return new IbidemOptions(familyNameFirst, value, familyFirstNames, inputFormat, givenFirstNames);
    }

    /** These options reading files as the given format (null: detect it). */
    public IbidemOptions withInputFormat(@Nullable InputFormat format) {
        return new IbidemOptions(familyNameFirst, check, familyFirstNames, format, givenFirstNames);
    }

    /**
     * These options with a list of names that are given name first, so that the parser never reads them family
     * name first from their shape.
     */
    public IbidemOptions withGivenFirstNames(Set<String> names) {
        return new IbidemOptions(familyNameFirst, check, familyFirstNames, inputFormat, names);
    }

    /** The name order the parser uses. */
    public NameOrder nameOrder() {
        return new NameOrder(familyNameFirst, familyFirstNames, givenFirstNames);
    }
}
