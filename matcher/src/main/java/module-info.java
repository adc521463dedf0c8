/**
 * The SeedPrint matcher as a library: marker panels, compact profiles, readers, the similarity
 * engine and the index. The command line ({@code org.seedprint.matcher.cli}) is not exported; it
 * runs from the CLI jar on the class path, with picocli compiled into this module from its sources
 * (package {@code picocli}, not exported; see matcher/pom.xml). The Vector API is optional at run time: without
 * {@code --add-modules jdk.incubator.vector} the engine uses its scalar kernel.
 */
@SuppressWarnings("requires-automatic") // htsjdk declares no module name; its jar's file name gives the automatic one
module org.seedprint.matcher {
    requires static jdk.incubator.vector;
    requires static transitive org.jspecify; // the API carries its nullness annotations
    requires htsjdk;

    exports org.seedprint.matcher;
    exports org.seedprint.matcher.engine;
    exports org.seedprint.matcher.index;
    exports org.seedprint.matcher.io;
    exports org.seedprint.matcher.panel;
    exports org.seedprint.matcher.profile;
}
