@NullMarked
package org.seedprint.matcher.engine;

import org.jspecify.annotations.NullMarked;
