package org.ibidem.cli;

import org.ibidem.IbidemOptions;
import picocli.CommandLine.Option;

/**
 * Options every command shares about how a document is read.
 */
final class InputOptions {

    @Option(names = "--family-name-first",
            description = "Read personal names in notes family name first (e.g. romanized Chinese names: "
                    + "\"Chen Jian\" is family name Chen). Default: given name first, as Chicago notes write them.")
    boolean familyNameFirst;

    IbidemOptions toOptions() {
        return IbidemOptions.defaults().withFamilyNameFirst(familyNameFirst);
    }
}
