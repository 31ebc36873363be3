package dev.kg.cli;

import picocli.CommandLine;

/** kg's version from its jar, with the versions of Jena and Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String kg = KgCommand.class.getPackage().getImplementationVersion();
        return new String[] {
            "kg " + (kg != null ? kg : "(development build)"),
            "Apache Jena " + org.apache.jena.Jena.VERSION,
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
