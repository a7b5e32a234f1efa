package org.ibidem.style;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A style's {@code demote-non-dropping-particle="display-and-sort"} (Chicago), which citeproc-java 3.5 ignores:
 * the particle of a name ("de", "da", "de la", "zu", the elided "d’") goes after the given name when the name is
 * inverted and does not count in sorting: "Secondat, Charles Louis de", sorted under S, as citeproc-js prints it.
 * citeproc-java prints a dropping particle before the family name even in an inverted name, so the particle is
 * made the last word of the given name instead, which puts it right both inverted ("Secondat, Charles Louis de")
 * and in reading order ("Baron de Montesquieu"). Only for styles that demote, which (like Chicago) spell given
 * names out; a style that also initializes given names would print the particle as an initial.
 *
 * <pre>{@code
 * Map<String, Object> item = CslMapper.toJson(ref, "item-0");  // author: {family Secondat, non-dropping-particle de}
 * ParticleDemotion.demote(item);                                // author: {family Secondat, given "… de"}
 * }</pre>
 *
 * <p>Stateless and thread-safe; {@link #demote} changes the item it is given.
 */
final class ParticleDemotion {

    /** The CSL name variables. */
    private static final List<String> NAME_VARIABLES = List.of("author", "editor", "translator", "container-author",
            "collection-editor", "composer", "director", "illustrator", "interviewer", "original-author", "recipient",
            "reviewed-author", "editorial-director", "compiler", "chair", "contributor", "curator", "executive-producer",
            "guest", "host", "narrator", "organizer", "performer", "producer", "script-writer", "series-creator");

    /** An elided particle written onto the family name: "d'Estournelles", "d’Alembert". */
    private static final Pattern ELIDED = Pattern.compile("([dD][’'])(\\p{Lu}.*)");

    private ParticleDemotion() {
    }

    /** Whether the style asks for it. */
    static boolean applies(StyleTraits traits) {
        return traits.demoteParticle().equals("display-and-sort");
    }

    /** Moves each non-dropping particle of the item's names to the end of the given name, in place. */
    static void demote(Map<String, Object> item) {
        for (String variable : NAME_VARIABLES) {
            if (item.get(variable) instanceof List<?> names && !names.isEmpty()) {
                List<Object> out = new ArrayList<>(names.size());
                boolean changed = false;
                for (Object o : names) {
                    Map<String, Object> demoted = o instanceof Map<?, ?> name ? demoteName(name) : null;
                    out.add(demoted != null ? demoted : o);
                    changed |= demoted != null;
                }
                if (changed) {
                    item.put(variable, out);
                }
            }
        }
    }

    /** The name with its particle demoted, or null if it has none to demote. */
    private static Map<String, Object> demoteName(Map<?, ?> name) {
        if (!(name.get("family") instanceof String family)) {
            return null;
        }
        Object particle = name.get("non-dropping-particle");
        if (particle == null) {
            Matcher m = ELIDED.matcher(family);
            if (!m.matches()) {
                return null;
            }
            particle = m.group(1).replace('\'', '’');
            family = m.group(2);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        name.forEach((k, v) -> out.put(String.valueOf(k), v));
        out.remove("non-dropping-particle");
        out.put("family", family);
        Object given = name.get("given");
        out.put("given", given instanceof String g && !g.isBlank() ? g + " " + particle : particle);
        return out;
    }
}
