package org.seedprint.cluster;

import org.seedprint.matcher.engine.Kernel;
import org.seedprint.matcher.engine.Kernels;

/** The comparison kernel each task uses; results are identical with either. */
public enum KernelChoice {
    /** SIMD where the executor's JVM runs with --add-modules jdk.incubator.vector, else scalar. */
    auto,
    scalar,
    vector;

    /** Resolved on the executor, whose JVM options decide whether the Vector API is there. */
    public Kernel kernel() {
        return this == auto ? Kernels.vector().orElse(Kernels.scalar()) : Kernels.named(name());
    }
}
