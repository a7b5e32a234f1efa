package org.ibidem;

import java.util.Objects;
import org.ibidem.diagnostic.CheckOptions;

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
 */
public record IbidemOptions(boolean familyNameFirst, CheckOptions check) {

    /** Validates. */
    public IbidemOptions {
        Objects.requireNonNull(check, "check");
    }

    /** Names given name first, every rule at its default severity. */
    public static IbidemOptions defaults() {
        return new IbidemOptions(false, CheckOptions.defaults());
    }

    /** These options with names read family name first, or not. */
    public IbidemOptions withFamilyNameFirst(boolean value) {
        return new IbidemOptions(value, check);
    }

    /** These options with other check options. */
    public IbidemOptions withCheck(CheckOptions value) {
        return new IbidemOptions(familyNameFirst, value);
    }
}
