package org.ibidem.cli;

import org.ibidem.diagnostic.Diagnostic;

/**
 * Diagnostics as GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which GitHub shows
 * as annotations on the changed lines of a pull request.
 *
 * <p>Stateless and thread-safe.
 */
final class GithubOutput {

    private GithubOutput() {
    }

    static String line(String file, Diagnostic d) {
        String command = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        StringBuilder b = new StringBuilder("::").append(command)
                .append(" file=").append(property(file))
                .append(",line=").append(d.position().line())
                .append(",col=").append(d.position().column());
        if (d.end() != null && d.end().line() == d.position().line()) {
            b.append(",endColumn=").append(d.end().column() + 1);
        }
        b.append(",title=").append(property("ibidem " + d.code()));
        return b.append("::").append(data(d.message())).toString();
    }

    // The escapes GitHub's runner applies to workflow commands: data escapes % CR LF; properties also : and ,.
    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
