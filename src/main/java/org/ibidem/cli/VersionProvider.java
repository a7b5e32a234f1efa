package org.ibidem.cli;

import picocli.CommandLine;

/** The version from the jar's manifest, for {@code --version} and the SARIF report. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"ibidem " + version()};
    }

    /** The project version, from a resource Maven fills in at build time. */
    static String version() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = VersionProvider.class.getResourceAsStream("/org/ibidem/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (java.io.IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }
}
