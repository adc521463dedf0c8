package org.seedprint.cluster;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * Brings the two blocks of every task together: each block is sent to the tasks of the plan that
 * need it (one shuffle, Spark's), and each task's partition then holds its left and right block.
 */
final class BlockTasks {

    private BlockTasks() {}

    /** The two blocks of one task; {@code right} is null on the diagonal of an all-vs-all. */
    record BlockPair(ProfileBlock left, @Nullable ProfileBlock right) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private record Side(boolean left, ProfileBlock block) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The tasks (i, j), i <= j, of one library's blocks. */
    static JavaRDD<BlockPair> triangle(JavaRDD<ProfileBlock> blocks, BlockPlan.Triangle plan) {
        return group(
                blocks.flatMapToPair(b -> {
                    List<Tuple2<Integer, Side>> out = routes(plan.leftTasks(b.index()), true, b);
                    out.addAll(routes(plan.rightTasks(b.index()), false, b));
                    return out.iterator();
                }),
                plan);
    }

    /** Every query block with every library block. */
    static JavaRDD<BlockPair> rectangle(
            JavaRDD<ProfileBlock> queries, JavaRDD<ProfileBlock> library, BlockPlan.Rectangle plan) {
        JavaPairRDD<Integer, Side> left = queries.flatMapToPair(
                b -> routes(plan.leftTasks(b.index()), true, b).iterator());
        JavaPairRDD<Integer, Side> right = library.flatMapToPair(
                b -> routes(plan.rightTasks(b.index()), false, b).iterator());
        return group(left.union(right), plan);
    }

    private static JavaRDD<BlockPair> group(JavaPairRDD<Integer, Side> routed, BlockPlan plan) {
        return routed.groupByKey(plan.partitioner()).map(task -> {
            ProfileBlock left = null, right = null;
            for (Iterator<Side> it = task._2().iterator(); it.hasNext(); ) {
                Side s = it.next();
                if (s.left()) left = s.block();
                else right = s.block();
            }
            if (left == null) throw new IllegalStateException("task " + task._1() + " has no left block");
            return new BlockPair(left, right);
        });
    }

    private static List<Tuple2<Integer, Side>> routes(int[] tasks, boolean left, ProfileBlock b) {
        List<Tuple2<Integer, Side>> out = new ArrayList<>(tasks.length);
        Side side = new Side(left, b);
        for (int task : tasks) out.add(new Tuple2<>(task, side));
        return out;
    }
}
