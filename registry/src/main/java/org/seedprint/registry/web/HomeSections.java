package org.seedprint.registry.web;

import java.util.Optional;

/**
 * What an area of pages shows on the home page of a viewer: a bean per area, asked for every home
 * page. An area shows its section when the access table lets the viewer open its pages
 * ({@code me.may("GET", "/my/deposits")}), never by a role check of its own.
 */
public interface HomeSections {

    Optional<HomeSection> section(Viewer me);
}
