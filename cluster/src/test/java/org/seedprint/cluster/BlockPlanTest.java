package org.seedprint.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every block pair is one task, with the right blocks sent to it. */
class BlockPlanTest {

    /** Which left and right block each task receives under a plan with these block counts. */
    static Map<Integer, List<Integer>> received(BlockPlan plan, int leftBlocks, int rightBlocks) {
        Map<Integer, Integer> left = new HashMap<>(), right = new HashMap<>();
        for (int b = 0; b < leftBlocks; b++)
            for (int t : plan.leftTasks(b)) assertNull(left.put(t, b), "task " + t + " gets two left blocks");
        for (int b = 0; b < rightBlocks; b++)
            for (int t : plan.rightTasks(b)) assertNull(right.put(t, b), "task " + t + " gets two right blocks");
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (int t = 0; t < plan.tasks(); t++) {
            Integer l = left.get(t);
            assertEquals(t, plan.partitioner().getPartition(t));
            out.put(t, l == null ? List.of() : right.containsKey(t) ? List.of(l, right.get(t)) : List.of(l));
        }
        assertEquals(plan.tasks(), left.size(), "every task has its left block");
        return out;
    }

    @Test
    void theTriangleHasEachPairOfBlocksOnceAndTheDiagonalAlone() {
        for (int n = 1; n <= 9; n++) {
            BlockPlan.Triangle plan = new BlockPlan.Triangle(n);
            assertEquals(n * (n + 1) / 2, plan.tasks());
            Set<List<Integer>> pairs = new HashSet<>();
            for (List<Integer> blocks : received(plan, n, n).values()) {
                List<Integer> pair = blocks.size() == 1 ? List.of(blocks.get(0), blocks.get(0)) : blocks;
                assertEquals(true, pair.get(0) <= pair.get(1), "left block first: " + pair);
                assertEquals(true, pairs.add(pair), "pair twice: " + pair);
            }
            assertEquals(n * (n + 1) / 2, pairs.size());
        }
    }

    @Test
    void theRectangleHasEveryQueryBlockWithEveryLibraryBlock() {
        BlockPlan.Rectangle plan = new BlockPlan.Rectangle(3, 5);
        Set<List<Integer>> pairs = new HashSet<>(received(plan, 3, 5).values());
        assertEquals(15, pairs.size());
        for (List<Integer> p : pairs) assertEquals(2, p.size());
    }

    @Test
    void tooManyTasksAskForLargerBlocks() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BlockPlan.Triangle(5000));
        assertTrue(String.valueOf(e.getMessage()).contains("--block-rows"), e.getMessage());
    }
}
