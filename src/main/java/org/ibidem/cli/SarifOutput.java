package org.ibidem.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ibidem.diagnostic.Diagnostic;
import org.ibidem.diagnostic.RuleCode;
import org.ibidem.diagnostic.Severity;

/**
 * Diagnostics as a SARIF 2.1.0 log, which GitHub code scanning and IDEs display. One run, Ibidem as the tool
 * with every rule it may report (id, description, default level), one result per diagnostic with the file and
 * the region (start and, where known, end line and column; columns count UTF-16 units, SARIF's default).
 *
 * <p>Stateless and thread-safe.
 */
final class SarifOutput {

    private SarifOutput() {
    }

    /** One checked file and what was found in it. */
    record Checked(Path file, List<Diagnostic> diagnostics) {
    }

    static String write(List<Checked> files, List<RuleCode> rules, String version) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        List<Object> ruleList = new ArrayList<>();
        for (RuleCode r : rules) {
            ruleIndex.put(r.code(), ruleList.size());
            Map<String, Object> rule = new LinkedHashMap<>();
            rule.put("id", r.code());
            rule.put("name", r.code());
            rule.put("shortDescription", Map.of("text", r.summary()));
            rule.put("defaultConfiguration", Map.of("level", level(r.defaultSeverity())));
            ruleList.add(rule);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "ibidem");
        driver.put("version", version);
        driver.put("rules", ruleList);

        List<Object> results = new ArrayList<>();
        List<Object> artifacts = new ArrayList<>();
        for (Checked checked : files) {
            String uri = uri(checked.file());
            artifacts.add(Map.of("location", Map.of("uri", uri)));
            for (Diagnostic d : checked.diagnostics()) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("ruleId", d.code());
                Integer index = ruleIndex.get(d.code());
                if (index != null) {
                    result.put("ruleIndex", index);
                }
                result.put("level", level(d.severity()));
                result.put("message", Map.of("text", d.message()));
                Map<String, Object> region = new LinkedHashMap<>();
                region.put("startLine", d.position().line());
                region.put("startColumn", d.position().column());
                if (d.end() != null && (d.end().line() > d.position().line()
                        || d.end().line() == d.position().line() && d.end().column() >= d.position().column())) {
                    region.put("endLine", d.end().line());
                    // SARIF's endColumn is one past the last character.
                    region.put("endColumn", d.end().column() + 1);
                }
                Map<String, Object> physical = new LinkedHashMap<>();
                physical.put("artifactLocation", Map.of("uri", uri));
                physical.put("region", region);
                result.put("locations", List.of(Map.of("physicalLocation", physical)));
                results.add(result);
            }
        }
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("artifacts", artifacts);
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return JsonOutput.write(log);
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative path stays relative (GitHub resolves it against the repository); separators become '/'. */
    private static String uri(Path file) {
        String s = file.normalize().toString().replace('\\', '/');
        return s.replace("%", "%25").replace(" ", "%20");
    }
}
