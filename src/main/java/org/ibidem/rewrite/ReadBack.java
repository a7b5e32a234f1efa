package org.ibidem.rewrite;

import java.util.List;
import java.util.Objects;
import org.ibidem.reference.Locator;
import org.ibidem.resolution.ResolvedCitation;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Says in words how a rewritten citation read back differently from the citation it replaced, for the
 * {@link LeftCitation#detail()} of an unstable one: "reads back without its page 286", "reads back as another
 * work".
 *
 * <p>Stateless and thread-safe.
 */
@NullMarked
final class ReadBack {

    private ReadBack() {
    }

    /**
     * How the citations read back in the rewritten span differ from the one rewritten.
     *
     * @param was   the citation as first resolved
     * @param there the citations read back where its replacement stands (empty if none)
     */
    static String difference(ResolvedCitation was, List<ResolvedCitation> there) {
        if (there.isEmpty()) {
            return "reads back as no citation at all";
        }
        for (ResolvedCitation rc : there) {
            if (Objects.equals(rc.sourceId(), was.sourceId())) {
                return "reads back " + locatorChange(was.locator(), rc.locator());
            }
        }
        ResolvedCitation first = there.get(0);
        if (first.sourceId() == null) {
            return "reads back as a citation of no known work (" + first.status().name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + ")";
        }
        return there.size() == 1 ? "reads back as another work" : "reads back as " + there.size() + " other works";
    }

    private static String locatorChange(@Nullable Locator was, @Nullable Locator is) {
        if (was == null) {
            return "with a " + Objects.requireNonNull(is).label() + " it did not give (" + is.value() + ")";
        }
        if (is == null) {
            return "without its " + was.label() + " " + was.value();
        }
        return "at " + is.label() + " " + is.value() + ", not " + was.label() + " " + was.value();
    }
}
