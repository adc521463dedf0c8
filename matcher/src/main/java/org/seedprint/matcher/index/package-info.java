@NullMarked
package org.seedprint.matcher.index;

import org.jspecify.annotations.NullMarked;
