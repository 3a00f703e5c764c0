package org.daksetu.review.application;

/** Renders the review's HTML (well-formed XHTML) as a PDF document. */
public interface ReviewPdf {

    byte[] render(String xhtml);
}
