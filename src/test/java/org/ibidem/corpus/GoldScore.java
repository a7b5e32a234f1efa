package org.ibidem.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores the project's {@code notes --json} output against a hand-made answer ("gold") file, as
 * {@code ../shared/tools/score.py} does: the same matching of notes (by number, label, index or rank), the same
 * mapping of each gold work to a project source through its first full citation, the same locator, kind and field
 * rules with the same normalisation, so that the counts are the Python scorer's. The gold format is described at
 * the top of that script.
 *
 * <pre>
 * GoldScore.Result r = GoldScore.score(goldJson, notesJson);
 * System.out.println(r.line());   // chains=61/62 locators=60/62 kinds=59/62 fields=17/19 ...
 * </pre>
 *
 * JSON values are compared as Python compares the values {@code json.load} makes: integral numbers as integers,
 * {@code null} and an absent key alike. Stateless and thread-safe.
 */
final class GoldScore {

    /** The counts of one document, and the misses in the Python scorer's {@code --verbose} wording. */
    record Result(int chains, int locators, int kinds, int total, int fields, int fieldChecks, int diagnostics,
            int diagnosticsWanted, int errors, boolean errorsOk, int sources, String by, List<String> misses) {
        Result {
            misses = List.copyOf(misses);
        }

        /** The summary line, as {@code score.py} prints it. */
        String line() {
            return "chains=" + chains + "/" + total + " locators=" + locators + "/" + total + " kinds=" + kinds + "/"
                    + total + " fields=" + fields + "/" + fieldChecks + " diagnostics=" + diagnostics + "/"
                    + diagnosticsWanted + " errors=" + errors + (errorsOk ? "" : "!") + " sources=" + sources
                    + " by=" + by;
        }
    }

    private static final int U = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern TAG = Pattern.compile("<[^>]+>", U);
    private static final Pattern COMMA = Pattern.compile(",(?=\\S)", U);
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\w)\\s*-\\s+(?=\\w)", U);
    private static final Pattern SPACES = Pattern.compile("\\s+", U);
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b", U);
    private static final Pattern VOLUME_WORD = Pattern.compile("^(vol\\.?|vols\\.?|volume|tom\\.?|t\\.)\\s*", U);
    private static final Pattern PAGE_WORD = Pattern.compile("^(p\\.|pp\\.|page|pages)\\s*", U);
    private static final List<String> MATCHES = List.of("number", "label", "index", "rank");
    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private GoldScore() {
    }

    /** The percentage as corpus-score prints it ({@code f'{100*a/max(1,b):.1f}%'}: half-even on the double). */
    static String percent(int part, int whole) {
        double value = 100.0 * part / Math.max(1, whole);
        return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static Result score(JsonNode gold, JsonNode proj) {
        List<JsonNode> pnotes = list(proj.get("notes"));
        Map<String, Map<Object, JsonNode>> by = new HashMap<>();
        Map<Object, JsonNode> number = new HashMap<>();
        Map<Object, JsonNode> label = new HashMap<>();
        Map<Object, JsonNode> index = new HashMap<>();
        Map<Object, JsonNode> rank = new HashMap<>();
        for (int i = 0; i < pnotes.size(); i++) {
            JsonNode n = pnotes.get(i);
            number.put(key(n.get("number")), n);
            String l = pyStr(n.get("label"));
            label.put(isDigits(l) ? (Object) Long.parseLong(l) : key(n.get("label")), n);
            index.put(n.has("index") ? key(n.get("index")) : (Object) (long) (i + 1), n);
        }
        List<JsonNode> gnotes = list(gold.get("notes"));
        List<Object> wanted = gnotes.stream().map(g -> key(g.get("n"))).toList();
        List<Object> ranked = new ArrayList<>(wanted);
        ranked.sort(GoldScore::comparePy);
        for (int k = 0; k < ranked.size() && k < pnotes.size(); k++) {
            rank.put(ranked.get(k), pnotes.get(k));
        }
        by.put("number", number);
        by.put("label", label);
        by.put("index", index);
        by.put("rank", rank);
        String matchBy;
        if ("index".equals(text(gold.get("match_by")))) {
            matchBy = "index";
        } else {
            matchBy = null;
            long best = -1;
            for (String m : MATCHES) {
                long hits = wanted.stream().filter(by.get(m)::containsKey).count();
                if (hits > best) {
                    best = hits;
                    matchBy = m;
                }
            }
        }
        Map<Object, JsonNode> notes = by.get(matchBy);
        Map<Object, JsonNode> items = new HashMap<>();
        for (JsonNode s : list(proj.get("sources"))) {
            items.put(key(s.get("id")), s);
        }
        List<JsonNode> diags = list(proj.get("diagnostics"));
        List<String> report = new ArrayList<>();

        // gold source -> project source id, from the first full citation of each gold source, else its first one
        Map<Object, Object> g2p = new LinkedHashMap<>();
        for (boolean fullOnly : new boolean[] {true, false}) {
            for (JsonNode gn : gnotes) {
                List<JsonNode> pcs = citations(notes.get(key(gn.get("n"))));
                List<JsonNode> gcs = goldCitations(gn);
                for (int i = 0; i < gcs.size(); i++) {
                    Object gs = key(gcs.get(i).get("source"));
                    boolean take = fullOnly ? "full".equals(text(gcs.get(i).get("kind")))
                            : gs != NONE && !"*".equals(gs);
                    if (take && !g2p.containsKey(gs)) {
                        g2p.put(gs, i < pcs.size() ? key(pcs.get(i).get("source")) : NONE);
                    }
                }
            }
        }
        // two gold works read as one project work: only the first keeps the mapping
        Map<Object, Object> owner = new HashMap<>();
        for (Map.Entry<Object, Object> e : g2p.entrySet()) {
            Object gs = e.getKey();
            Object ps = e.getValue();
            if (ps != NONE && !Objects.equals(owner.computeIfAbsent(ps, p -> gs), gs)) {
                report.add("merge: works " + owner.get(ps) + " and " + gs + " are both read as " + ps);
                e.setValue(NONE);
            }
        }

        int chains = 0;
        int locs = 0;
        int kinds = 0;
        int total = 0;
        for (JsonNode gn : gnotes) {
            List<JsonNode> pcs = citations(notes.get(key(gn.get("n"))));
            List<JsonNode> gcs = goldCitations(gn);
            String n = pyStr(gn.get("n"));
            if (pcs.size() != gcs.size()) {
                report.add("note " + n + ": " + pcs.size() + " citations, expected " + gcs.size());
            }
            for (int i = 0; i < gcs.size(); i++) {
                total++;
                JsonNode gc = gcs.get(i);
                JsonNode pc = i < pcs.size() ? pcs.get(i) : null;
                Object gs = key(gc.get("source"));
                Object got = key(get(pc, "source"));
                boolean ok;
                if ("*".equals(gs)) {
                    ok = true;
                } else if (gs == NONE) {
                    ok = got == NONE || "introduced".equals(key(get(pc, "status")));
                } else {
                    ok = got != NONE && got.equals(g2p.getOrDefault(gs, NONE));
                }
                if (ok) {
                    chains++;
                } else {
                    report.add("chain: note " + n + "." + i + " -> " + got + " expected " + gs);
                }
                JsonNode gl = gc.get("locator");
                JsonNode pl = get(pc, "locator");
                JsonNode volume = gc.get("volume");
                if (locatorOk(gl, pl, volume) || (truthy(volume)
                        && norm(get(pc, "volume")).equals(norm(volume)) && locatorOk(gl, pl, null))) {
                    locs++;
                } else {
                    report.add("locator: note " + n + "." + i + " got " + pl + " expected " + gl);
                }
                Object kind = key(gc.get("kind"));
                JsonNode pk = get(pc, "kind");
                String pkind = truthy(pk) ? pyStr(pk).toLowerCase(Locale.ROOT) : "";
                if ("*".equals(kind) || pkind.equals(kind)) {
                    kinds++;
                } else {
                    report.add("kind: note " + n + "." + i + " got " + pk + " expected " + kind);
                }
            }
        }

        int tp = 0;
        int nf = 0;
        for (Map.Entry<String, JsonNode> e : gold.get("sources").properties()) {
            JsonNode p = items.get(g2p.getOrDefault(e.getKey(), NONE));
            for (Map.Entry<String, Boolean> check : fieldChecks(e.getValue(), p)) {
                nf++;
                if (check.getValue()) {
                    tp++;
                } else {
                    report.add("field " + e.getKey() + "." + check.getKey() + ": got " + p);
                }
            }
        }

        int hit = 0;
        int want = 0;
        for (JsonNode gn : gnotes) {
            JsonNode expect = gn.get("expect_diagnostic");
            if (!truthy(expect)) {
                continue;
            }
            want++;
            String field = "number".equals(matchBy) ? "note" : "index";
            Object idx = "index".equals(matchBy) ? key(gn.get("n"))
                    : key(get(notes.get(key(gn.get("n"))), "index".equals(field) ? "index" : "number"));
            boolean found = diags.stream().anyMatch(d -> key(d.get(field)).equals(idx)
                    && in(d.get("severity"), expect));
            if (found) {
                hit++;
            } else {
                report.add("diagnostic: none of " + expect + " on note " + pyStr(gn.get("n")));
            }
        }
        int errors = (int) diags.stream().filter(d -> "error".equals(key(d.get("severity")))).count();
        JsonNode ef = gold.get("expected_findings");
        boolean errOk = true;
        if (ef != null && ef.has("max_errors")) {
            errOk &= errors <= ef.get("max_errors").asLong();
        }
        if (ef != null && ef.has("min_errors")) {
            errOk &= errors >= ef.get("min_errors").asLong();
        }
        if (!errOk) {
            report.add("errors: " + errors + " reported, expected " + ef);
        }
        return new Result(chains, locs, kinds, total, tp, nf, hit, want, errors, errOk, items.size(), matchBy, report);
    }

    private static List<Map.Entry<String, Boolean>> fieldChecks(JsonNode g, JsonNode p) {
        List<Map.Entry<String, Boolean>> checks = new ArrayList<>();
        if (!truthy(g)) { // chains-only gold: no field expectations for this source
            return checks;
        }
        checks.add(Map.entry("type", in(truthy(get(p, "type")) ? get(p, "type") : null, g.get("type"), "")));
        for (String role : List.of("author", "editor", "translator")) {
            if (g.has(role)) {
                List<List<List<String>>> alts = new ArrayList<>();
                alts.add(names(g.get(role)));
                if (g.has(role + "_alt")) {
                    alts.add(names(g.get(role + "_alt")));
                }
                checks.add(Map.entry(role, alts.contains(names(get(p, role)))));
            }
        }
        if (g.has("author_or_none")) {
            List<List<String>> got = names(get(p, "author"));
            checks.add(Map.entry("author", got.isEmpty() || got.equals(names(g.get("author_or_none")))));
        }
        if (g.has("title")) {
            checks.add(Map.entry("title", normTitle(get(p, "title")).equals(normTitle(g.get("title")))));
        }
        for (String f : List.of("container-title", "volume", "issue", "publisher-place", "page", "DOI", "URL")) {
            if (g.has(f)) {
                checks.add(Map.entry(f, norm(get(p, f)).equals(norm(g.get(f)))));
            }
        }
        for (String f : List.of("publisher", "edition")) {
            if (g.has(f)) {
                checks.add(Map.entry(f, options(g.get(f)).contains(norm(get(p, f)))));
            }
        }
        if (g.has("container_or_archive")) {
            List<String> got = new ArrayList<>();
            for (String k : List.of("container-title", "archive", "publisher", "collection-title")) {
                got.add(norm(get(p, k)));
            }
            checks.add(Map.entry("container/archive",
                    options(g.get("container_or_archive")).stream().anyMatch(got::contains)));
        }
        if (g.has("publisher-place_or_event-place")) {
            String want = norm(g.get("publisher-place_or_event-place"));
            boolean ok = false;
            for (String k : List.of("publisher-place", "event-place", "archive-place", "archive_location")) {
                ok |= norm(get(p, k)).equals(want);
            }
            checks.add(Map.entry("place", ok));
        }
        if (g.has("issued")) { // one date, or a list of acceptable dates
            JsonNode issued = g.get("issued");
            List<JsonNode> alts = issued.isArray() && truthy(issued) && issued.get(0).isArray() ? list(issued) : List.of(issued);
            List<Long> got = dateParts(p, "issued");
            checks.add(Map.entry("issued", alts.stream().anyMatch(a -> sameInts(got, a))));
        }
        if (g.has("accessed")) {
            checks.add(Map.entry("accessed", sameInts(dateParts(p, "accessed"), g.get("accessed"))));
        }
        return checks;
    }

    /** {@code locator_ok}: where the gold keeps a volume apart, the volume may stand in front of the page. */
    private static boolean locatorOk(JsonNode goldLoc, JsonNode got, JsonNode volume) {
        if ("*".equals(key(goldLoc)) || norm(got).equals(norm(goldLoc))) {
            return true;
        }
        if (truthy(volume) && truthy(got)) {
            String rest = VOLUME_WORD.matcher(norm(got)).replaceFirst("");
            String v = norm(volume);
            if (rest.startsWith(v) && !(rest.length() > v.length() && isAlnum(rest.codePointAt(v.length())))) {
                rest = PAGE_WORD.matcher(lstrip(rest.substring(v.length()), " .,:;")).replaceFirst("");
                return norm(rest).equals(norm(goldLoc));
            }
        }
        return false;
    }

    /** {@code norm}: NFKC, typographic quotes and dashes made plain, CSL tags dropped, case folded. */
    static String norm(JsonNode node) {
        return node == null || node.isNull() ? "" : norm(pyStr(node));
    }

    static String norm(String raw) {
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).replace("\u2060", "").replace("\u00ad", "");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
        s = TAG.matcher(s).replaceAll("");
        s = COMMA.matcher(s).replaceAll(", ");
        s = HYPHEN.matcher(s).replaceAll("-");
        s = strip(strip(strip(SPACES.matcher(s).replaceAll(" "), null), ".,;:"), null);
        return casefold(s);
    }

    private static String normTitle(JsonNode node) {
        return strip(strip(norm(node).replace("\"", ""), "'"), null);
    }

    private static List<Long> dateParts(JsonNode item, String key) {
        JsonNode d = get(item, key);
        List<Long> out = new ArrayList<>();
        if (d == null || !d.isObject()) {
            return out;
        }
        JsonNode parts = d.get("date-parts");
        if (truthy(parts) && truthy(parts.get(0))) {
            for (JsonNode x : list(parts.get(0))) {
                String s = pyStr(x);
                String digits = s.startsWith("-") ? s.replaceFirst("^-+", "") : s;
                if (isDigits(digits)) {
                    out.add(Long.parseLong(s.startsWith("-") ? "-" + digits : s));
                }
            }
            return out;
        }
        JsonNode raw = truthy(d.get("raw")) ? d.get("raw") : d.get("literal");
        if (truthy(raw)) {
            Matcher m = YEAR.matcher(pyStr(raw));
            if (m.find()) {
                out.add(Long.parseLong(m.group(1)));
            }
        }
        return out;
    }

    private static boolean sameInts(List<Long> got, JsonNode want) {
        if (want == null || !want.isArray() || want.size() != got.size()) {
            return false;
        }
        for (int i = 0; i < got.size(); i++) {
            JsonNode w = want.get(i);
            if (!w.isNumber() || w.doubleValue() != got.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** {@code names}: each name as (family, given + suffix), or ("literal", literal). */
    private static List<List<String>> names(JsonNode list) {
        List<List<String>> out = new ArrayList<>();
        for (JsonNode n : list(list)) {
            if (n.has("literal")) {
                out.add(List.of("literal", norm(n.get("literal"))));
            } else {
                String given = norm(n.get("given"));
                if (truthy(n.get("suffix"))) {
                    given = strip(given + " " + norm(n.get("suffix")), null);
                }
                out.add(List.of(norm(n.get("family")), given));
            }
        }
        return out;
    }

    private static List<JsonNode> goldCitations(JsonNode gn) {
        if (gn.has("citations")) {
            return list(gn.get("citations"));
        }
        return List.of(gn);
    }

    private static List<JsonNode> citations(JsonNode note) {
        return list(get(note, "citations"));
    }

    private static List<String> options(JsonNode g) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : g.isArray() ? list(g) : List.of(g)) {
            out.add(norm(x));
        }
        return out;
    }

    /** Python's {@code x in container}: membership in a list, a substring of a string. */
    private static boolean in(JsonNode x, JsonNode container) {
        return in(x, container, null);
    }

    private static boolean in(JsonNode x, JsonNode container, String orElse) {
        Object k = x == null || x.isNull() ? (orElse == null ? NONE : orElse) : key(x);
        if (container != null && container.isTextual()) {
            return k instanceof String s && container.textValue().contains(s);
        }
        return list(container).stream().anyMatch(c -> key(c).equals(k));
    }

    private static JsonNode get(JsonNode object, String field) {
        return object == null ? null : object.get(field);
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.textValue();
    }

    /** A JSON value as a Python dictionary key: integral numbers as {@code Long}, null and absent as one. */
    static Object key(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return NONE;
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            double d = node.doubleValue();
            return d == Math.rint(d) ? (Object) (long) d : (Object) d;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1L : 0L;
        }
        return node.toString();
    }

    /** Python's {@code str()} of a value {@code json.load} made. */
    private static String pyStr(JsonNode node) {
        if (node == null || node.isNull()) {
            return "None";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "True" : "False";
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return Double.toString(node.doubleValue());
        }
        return node.toString();
    }

    private static boolean truthy(JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (node.isTextual()) {
            return !node.textValue().isEmpty();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.size() > 0;
    }

    private static int comparePy(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
    }

    private static boolean isAlnum(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    /** Python's {@code str.strip(chars)}; whitespace when {@code chars} is null. */
    private static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && strippable(s.charAt(start), chars)) {
            start++;
        }
        while (end > start && strippable(s.charAt(end - 1), chars)) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String lstrip(String s, String chars) {
        int start = 0;
        while (start < s.length() && strippable(s.charAt(start), chars)) {
            start++;
        }
        return s.substring(start);
    }

    private static boolean strippable(char c, String chars) {
        return chars == null ? isSpace(c) : chars.indexOf(c) >= 0;
    }

    /**
     * Python's {@code str.casefold()}, near enough for bibliographic text: full upper-casing first (so that
     * {@code ß} folds to {@code ss}), then each code point lower-cased on its own (no final-sigma rule).
     */
    private static String casefold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == 0x130) { // İ folds to i and a combining dot above
                out.append("i\u0307");
                return;
            }
            String upper = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
            upper.codePoints().forEach(u -> out.appendCodePoint(Character.toLowerCase(u)));
        });
        return out.toString();
    }
}
