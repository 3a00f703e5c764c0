package org.daksetu.network.domain.routing;

import java.util.Optional;

/** Which hub serves a PIN's delivery office, and which Nodal Delivery Centre delivers there if any. */
public record OfficeHubAssignment(int pin, long deliveryOfficeId, String hubCode, Optional<String> ndcCode) {
}
