package org.daksetu.network.infrastructure.dataset;

/** How an office found its row in another source: both need the same PIN. */
enum NameMatch {
    /** Same name after lower-casing and dropping punctuation ({@link NameKeys#exact}). */
    EXACT,
    /** Same name without spaces and office-type words ({@link NameKeys#loose}), and no other candidate of the PIN has it. */
    LOOSE
}
