package org.seedprint.registry.web;

import java.util.List;

/** What one area of pages adds to the main navigation: a bean per area, collected by {@link PageModel}. */
public interface PageLinks {

    List<NavLink> links();
}
