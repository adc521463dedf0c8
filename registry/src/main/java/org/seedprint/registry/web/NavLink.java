package org.seedprint.registry.web;

/**
 * One entry of the main navigation. A viewer sees it when the access table lets their roles
 * {@code GET path}: no entry carries a role check of its own. {@code key} marks the entry of the
 * page shown ({@code layout :: header(key)}); {@code order} places it (public pages 100s, breeder
 * 200s, examiner 300s, court 400s, administrator 500s, account 900s).
 */
public record NavLink(int order, String key, String path, String chinese, String english) {}
