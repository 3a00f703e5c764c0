package org.daksetu.network.infrastructure.dataset;

/** The three tiers of the India Post office hierarchy, in the order a PIN prefers them as its delivery office. */
enum Tier {
    /** Head office; the General Post Office (G.P.O) of a city counts as one. */
    HO,
    /** Sub office, including town sub offices (T.S.O) that do not deliver. */
    SO,
    /** Branch office, the village post office run by a Gramin Dak Sevak. */
    BO
}
