package org.daksetu.network.domain.routing;

/** India Post's parcel processing tiers (postal-domain.md): level-1 and level-2 hubs, Nodal Delivery Centres. */
public enum HubLevel {
    L1, L2, NDC
}
