package org.daksetu.network.application;

import org.daksetu.shared.NotFoundException;

public class UnknownOfficeException extends NotFoundException {

    public UnknownOfficeException(long id) {
        super("id", Long.toString(id), "no post office has id " + id);
    }
}
