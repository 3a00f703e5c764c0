package org.daksetu.tracking.application;

import org.daksetu.tracking.domain.Route;

/** An article as tracking stores it: the registration and the route its scans are compared with. */
public record RegisteredArticle(ArticleRegistration registration, Route route) {
}
