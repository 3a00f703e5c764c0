package org.daksetu.network.domain.routing;

import java.util.Optional;
import org.daksetu.shared.GeoPoint;

/**
 * A parcel hub or Nodal Delivery Centre, sited at a post office. A level-2 hub feeds its parent
 * level-1 hub; an NDC is served by its parent hub and delivers for the PINs assigned to it.
 */
public record Hub(String code, String name, HubLevel level, long officeId, String city, String state, String circle,
                  GeoPoint location, Optional<String> parent) {

    public Hub {
        if (code == null || !code.matches("[A-Z0-9][A-Z0-9-]{1,31}")) {
            throw new IllegalArgumentException("a hub code is 2 to 32 capital letters, digits or hyphens, not '" + code + "'");
        }
        if (level != HubLevel.L1 && parent.isEmpty()) {
            throw new IllegalArgumentException("hub " + code + " of level " + level + " needs a parent hub");
        }
    }
}
