package org.daksetu.tracking.domain;

import java.time.OffsetDateTime;
import java.util.Optional;

/** What should happen next to an article, where, and by when the plan has it. */
public record NextStep(String description, Optional<String> place, Optional<OffsetDateTime> plannedBy) {
}
