@NullMarked
package org.seedprint.matcher.profile;

import org.jspecify.annotations.NullMarked;
