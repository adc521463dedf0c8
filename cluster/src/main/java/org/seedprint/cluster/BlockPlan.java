package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import org.apache.spark.Partitioner;

/**
 * Which pairs of blocks are tasks, and which tasks each block goes to. A task takes one block from
 * the left and one from the right; Spark's cogroup brings both to it, one task per partition.
 */
public sealed interface BlockPlan extends Serializable {

    /** At most this many tasks: beyond, the scheduler's overhead dominates; larger blocks are the answer. */
    int MAX_TASKS = 10_000_000;

    int tasks();

    /** Tasks that take block {@code b} (of the left input) as their left block. */
    int[] leftTasks(int b);

    /** Tasks that take block {@code b} (of the right input) as their right block. */
    int[] rightTasks(int b);

    /** All-vs-all of one library: tasks (i, j) for i <= j; the diagonal task gets block i on the left only. */
    record Triangle(int blocks) implements BlockPlan {
        @Serial
        private static final long serialVersionUID = 1L;

        public Triangle {
            check((long) blocks * (blocks + 1) / 2);
        }

        @Override
        public int tasks() {
            return blocks * (blocks + 1) / 2;
        }

        /** Task number of (i, j), i <= j: row i of the upper triangle starts after rows 0..i-1. */
        public int task(int i, int j) {
            return i * blocks - i * (i - 1) / 2 + (j - i);
        }

        @Override
        public int[] leftTasks(int b) {
            int[] out = new int[blocks - b];
            for (int j = b; j < blocks; j++) out[j - b] = task(b, j);
            return out;
        }

        @Override
        public int[] rightTasks(int b) {
            int[] out = new int[b];
            for (int i = 0; i < b; i++) out[i] = task(i, b);
            return out;
        }
    }

    /** Every left block (queries) against every right block (library): task q * rightBlocks + j. */
    record Rectangle(int leftBlocks, int rightBlocks) implements BlockPlan {
        @Serial
        private static final long serialVersionUID = 1L;

        public Rectangle {
            check((long) leftBlocks * rightBlocks);
        }

        @Override
        public int tasks() {
            return leftBlocks * rightBlocks;
        }

        @Override
        public int[] leftTasks(int q) {
            int[] out = new int[rightBlocks];
            for (int j = 0; j < rightBlocks; j++) out[j] = q * rightBlocks + j;
            return out;
        }

        @Override
        public int[] rightTasks(int j) {
            int[] out = new int[leftBlocks];
            for (int q = 0; q < leftBlocks; q++) out[q] = q * rightBlocks + j;
            return out;
        }
    }

    /** One partition per task: partition = task number. */
    default Partitioner partitioner() {
        return new TaskPartitioner(tasks());
    }

    private static void check(long tasks) {
        if (tasks < 1) throw new IllegalArgumentException("no blocks to compare");
        if (tasks > MAX_TASKS) {
            throw new IllegalArgumentException(
                    tasks + " block-pair tasks are too many (at most " + MAX_TASKS + "): raise --block-rows");
        }
    }

    /** Spark's partitioner for task numbers: each task is its own partition, so its own Spark task. */
    final class TaskPartitioner extends Partitioner {
        @Serial
        private static final long serialVersionUID = 1L;

        private final int tasks;

        TaskPartitioner(int tasks) {
            this.tasks = tasks;
        }

        @Override
        public int numPartitions() {
            return tasks;
        }

        @Override
        public int getPartition(Object key) {
            return (Integer) key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof TaskPartitioner p && p.tasks == tasks;
        }

        @Override
        public int hashCode() {
            return tasks;
        }
    }
}
