package org.ibidem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.ibidem.diagnostic.CheckOptions;
import org.ibidem.diagnostic.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The project configuration file, {@code .ibidem.json}, found next to a document or in a folder above it
 * (up to the first folder that holds {@code .git}, or the file system root).
 *
 * <pre>{@code
 * {
 *   "rules": { "ibid-without-period": "off", "note-without-marker": "error" },
 *   "chicago": 18,
 *   "familyNameFirst": false
 * }
 * }</pre>
 *
 * <p>{@code rules} maps a diagnostic code to {@code error}, {@code warning}, {@code info} or {@code off};
 * {@code chicago} asks for the advice of one edition of the Chicago Manual (17 or 18); {@code familyNameFirst}
 * is {@code true} to read every name in the notes family name first, or a list of the names, as written, that
 * are ({@code ["Chen Jian", "Wu Lengxi"]}). Unknown keys and values are errors, so a typo is not silently
 * ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigFile {

    /** The file name looked for. */
    public static final String NAME = ".ibidem.json";

    private ConfigFile() {
    }

    /** The configuration file that applies to a document, or null when there is none. */
    public static @Nullable Path find(Path document) {
        Path dir = document.toAbsolutePath().normalize().getParent();
        while (dir != null) {
            Path candidate = dir.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (Files.isDirectory(dir.resolve(".git"))) {
                return null;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /**
     * Applies a configuration file to options.
     *
     * @throws IllegalArgumentException when the file cannot be read or says something invalid; the message
     *                                  names the file and the problem
     */
    public static IbidemOptions apply(Path file, IbidemOptions options) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object");
        }
        IbidemOptions result = options;
        CheckOptions check = options.check();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "rules" -> check = rules(file, value, check);
                case "chicago" -> {
                    if (!value.isInt() || (value.asInt() != 17 && value.asInt() != 18)) {
                        throw new IllegalArgumentException(file + ": \"chicago\" must be 17 or 18");
                    }
                    check = check.withChicagoEdition(value.asInt());
                }
                case "familyNameFirst" -> {
                    if (value.isBoolean()) {
                        result = result.withFamilyNameFirst(value.asBoolean());
                    } else if (value.isArray()) {
                        java.util.Set<String> names = new java.util.HashSet<>(result.familyFirstNames());
                        value.forEach(n -> names.add(n.asText()));
                        result = result.withFamilyFirstNames(names);
                    } else {
                        throw new IllegalArgumentException(file + ": \"familyNameFirst\" must be true, false or a "
                                + "list of names written family name first");
                    }
                }
                case "givenNameFirst" -> {
                    if (!value.isArray()) {
                        throw new IllegalArgumentException(file + ": \"givenNameFirst\" must be a list of names "
                                + "written given name first");
                    }
                    java.util.Set<String> names = new java.util.HashSet<>(result.givenFirstNames());
                    value.forEach(n -> names.add(n.asText()));
                    result = result.withGivenFirstNames(names);
                }
                default -> throw new IllegalArgumentException(file + ": unknown key \"" + field.getKey()
                        + "\". Known keys: rules, chicago, familyNameFirst, givenNameFirst");
            }
        }
        return result.withCheck(check);
    }

    private static CheckOptions rules(Path file, JsonNode rules, CheckOptions check) {
        if (!rules.isObject()) {
            throw new IllegalArgumentException(file + ": \"rules\" must map codes to error, warning, info or off");
        }
        CheckOptions result = check;
        for (Map.Entry<String, JsonNode> rule : rules.properties()) {
            result = withLevel(result, rule.getKey(), rule.getValue().asText(), file.toString());
        }
        return result;
    }

    /**
     * Options with one code set to a level: "off" switches it off, otherwise a severity.
     *
     * @throws IllegalArgumentException for an unknown level; {@code where} names the source in the message
     */
    public static CheckOptions withLevel(CheckOptions check, String code, String level, String where) {
        if ("off".equalsIgnoreCase(level.strip())) {
            return check.without(code);
        }
        try {
            return check.withSeverity(code, Severity.fromLabel(level));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + code + ": " + e.getMessage(), e);
        }
    }

    /**
     * Holds the JSON mapper, created on the first configuration file read: an {@code ObjectMapper} costs about a
     * third of a cold {@code ibidem check}, and most runs have no configuration file.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
}
