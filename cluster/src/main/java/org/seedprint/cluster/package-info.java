/**
 * The matcher's all-vs-all ({@code pairs}) and batch screening ({@code screen}) as Apache Spark
 * jobs: the library is cut into blocks of profiles, each task runs the matcher's engine on one
 * pair of blocks, and Spark sorts and merges the results into the single-machine order.
 */
@NullMarked
package org.seedprint.cluster;

import org.jspecify.annotations.NullMarked;
