package org.daksetu.network.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.daksetu.network.domain.ServiceRestriction;

/** A network dataset ready to import (see docs/NETWORK-DATA.md for its format). */
public interface NetworkSource {

    String describe();

    String version();

    /** The number of offices the dataset says it holds, or -1. */
    long expectedOffices();

    /** The offices as tab-separated text with a header line. */
    InputStream openOffices() throws IOException;

    List<ServiceRestriction> restrictions();

    /** Hubs, lanes, hub assignments and holidays (docs/ROUTING.md). */
    TransmissionData transmission();
}
