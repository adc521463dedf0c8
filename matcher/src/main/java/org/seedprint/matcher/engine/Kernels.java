package org.seedprint.matcher.engine;

import java.lang.System.Logger.Level;
import java.util.Optional;

/**
 * Picks the kernel. The SIMD class is touched only when {@code jdk.incubator.vector} is in the
 * boot layer (run with {@code --add-modules jdk.incubator.vector}), as Lucene does; otherwise
 * loading it would fail with NoClassDefFoundError.
 */
public final class Kernels {

    private static final System.Logger LOG = System.getLogger(Kernels.class.getName());
    private static final Kernel SCALAR = new ScalarKernel();

    private Kernels() {}

    public static Kernel scalar() {
        return SCALAR;
    }

    /** The SIMD kernel, or empty when the Vector API module is not present. */
    public static Optional<Kernel> vector() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) return Optional.empty();
        try {
            return Optional.of(Class.forName(Kernels.class.getPackageName() + ".VectorKernel")
                    .asSubclass(Kernel.class)
                    .getDeclaredConstructor()
                    .newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.log(Level.WARNING, "Vector API present but its kernel failed to load: " + e);
            return Optional.empty();
        }
    }

    /** "scalar" or "vector" by name; asking for "vector" without the module is an error saying how to run. */
    public static Kernel named(String name) {
        return switch (name) {
            case "scalar" -> SCALAR;
            case "vector" ->
                vector().orElseThrow(() -> new IllegalArgumentException(
                        "the vector kernel needs the Vector API: run java with --add-modules jdk.incubator.vector"));
            default -> throw new IllegalArgumentException("unknown kernel " + name + " (scalar or vector)");
        };
    }

    /** The SIMD kernel when available, else the scalar one; logs which. */
    public static Kernel best() {
        Optional<Kernel> v = vector();
        if (v.isPresent()) {
            LOG.log(Level.INFO, "matcher kernel: " + v.get().name() + " (jdk.incubator.vector)");
            return v.get();
        }
        LOG.log(Level.INFO, "matcher kernel: scalar (run with --add-modules jdk.incubator.vector for SIMD)");
        return SCALAR;
    }
}
