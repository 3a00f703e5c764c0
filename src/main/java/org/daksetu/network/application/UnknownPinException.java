package org.daksetu.network.application;

import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Pin;

/** A well-formed PIN that no office of the network carries. */
public class UnknownPinException extends NotFoundException {

    public UnknownPinException(Pin pin) {
        super("pin", pin.toString(), "no post office has PIN " + pin);
    }
}
