package io.lineengage.adapters.console.view;

/** What every page's frame shows: the page's title, the section it is in, and the session's CSRF token for forms. */
public record Chrome(String title, String section, String csrf) {}
