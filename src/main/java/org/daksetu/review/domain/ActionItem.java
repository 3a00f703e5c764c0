package org.daksetu.review.domain;

/**
 * Something the partners should act on: one of the worst lanes, hubs or delivery offices of the
 * quarter, with the figure that puts it there and the volume behind the figure.
 */
public record ActionItem(String kind, String id, String name, String measure, double value, long volume) {
}
