@NullMarked
package org.seedprint.matcher;

import org.jspecify.annotations.NullMarked;
