package org.daksetu.network.domain;

import org.daksetu.shared.Pin;

/**
 * A rule that takes a service away from a group of PINs, named by a PIN prefix of one to six
 * digits: either the PINs are not served at all, or cash on delivery is not offered there.
 */
public record ServiceRestriction(String pinPrefix, Kind kind, String reason) {

    public enum Kind { NOT_SERVICEABLE, NO_COD }

    public ServiceRestriction {
        if (pinPrefix == null || !pinPrefix.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("a restriction needs a PIN prefix of 1 to 6 digits, not '" + pinPrefix + "'");
        }
        if (kind == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("restriction " + pinPrefix + " needs a kind and a reason");
        }
    }

    public boolean covers(Pin pin) {
        return pin.toString().startsWith(pinPrefix);
    }
}
