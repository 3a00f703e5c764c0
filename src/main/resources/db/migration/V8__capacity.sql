-- Capacity sharing (docs/CAPACITY.md): capacity offered by either partner on a lane and date, bags
-- closed at hubs and the departure each is allocated to, the overflows, and (tracking's part) the
-- revised delivery dates that overflow caused.

-- Spare room one partner offers to the other: a truck on a lane, departing at a time, with room.
-- Changed or withdrawn only before it departs; its use is read from capacity_bag.offer_id.
CREATE TABLE capacity_offer (
    id           bigserial   PRIMARY KEY,
    party        text        NOT NULL REFERENCES party (code),
    lane_id      text        NOT NULL,
    departs_at   timestamptz NOT NULL,
    truck        text        NOT NULL,
    bags         integer     NOT NULL CHECK (bags >= 0),
    kg           integer     NOT NULL CHECK (kg >= 0),
    terms        text,
    status       text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WITHDRAWN')),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    withdrawn_at timestamptz
);
CREATE INDEX capacity_offer_lane ON capacity_offer (lane_id, departs_at);
CREATE INDEX capacity_offer_party ON capacity_offer (party, departs_at);

-- A bag closed at a hub for the next hub on a lane. departure is the departure it was allocated
-- to (with offer_id when it rides on an offer); planned_departure the lane departure whose
-- cut-off it made, which it would have taken had there been room. delay_days counts the days lost.
CREATE TABLE capacity_bag (
    bag               text        PRIMARY KEY,
    hub               text        NOT NULL,
    lane_id           text        NOT NULL,
    closed_at         timestamptz NOT NULL,
    kg                integer     NOT NULL CHECK (kg > 0),
    parcels           integer     NOT NULL CHECK (parcels > 0),
    earliest_edd      date        NOT NULL,
    planned_departure timestamptz NOT NULL,
    departure         timestamptz,
    offer_id          bigint      REFERENCES capacity_offer (id),
    delay_days        integer     NOT NULL DEFAULT 0,
    allocated_at      timestamptz
);
CREATE INDEX capacity_bag_waiting ON capacity_bag (lane_id, closed_at) WHERE departure IS NULL;
CREATE INDEX capacity_bag_departure ON capacity_bag (lane_id, departure);
CREATE INDEX capacity_bag_offer ON capacity_bag (offer_id) WHERE offer_id IS NOT NULL;

-- The parcels in each bag, with their shipper and the EDD they had when the bag was closed.
CREATE TABLE capacity_bag_article (
    bag        text NOT NULL,
    article    text NOT NULL,
    shipper_id text NOT NULL,
    edd        date NOT NULL,
    PRIMARY KEY (bag, article)
);

-- Every time a bag missed the departure it was planned on (no room, or its offer was withdrawn).
CREATE TABLE capacity_overflow (
    id                bigserial   PRIMARY KEY,
    bag               text        NOT NULL,
    lane_id           text        NOT NULL,
    planned_departure timestamptz NOT NULL,
    departure         timestamptz,
    delay_days        integer     NOT NULL,
    parcels           integer     NOT NULL,
    cause             text        NOT NULL CHECK (cause IN ('NO_ROOM', 'OFFER_WITHDRAWN', 'MISSED_DEPARTURE')),
    recorded_at       timestamptz NOT NULL
);
CREATE INDEX capacity_overflow_lane ON capacity_overflow (lane_id, planned_departure);

-- Tracking: a revised delivery date of an article, and why. The latest one is also in
-- tracking_state.revised_edd and the shipper hears of it in its feed (code DL) in the same transaction.
CREATE TABLE article_delay (
    event_id    text        PRIMARY KEY,
    article     text        NOT NULL,
    place       text        NOT NULL,
    previous_edd date       NOT NULL,
    revised_edd date        NOT NULL,
    cause       text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX article_delay_article ON article_delay (article);
