-- Track and trace (docs/TRACKING.md). Scans are only ever appended; the state of an article is
-- derived again from its whole history and kept in tracking_state for fast reads.

-- Planned routes, stored once however many articles share them (same pickup point, PIN and day):
-- the itinerary and the office ids that stand for its places (a hub's office, the pickup point's).
CREATE TABLE tracking_route (
    id            bigserial PRIMARY KEY,
    digest        text      NOT NULL UNIQUE,
    itinerary     jsonb     NOT NULL,
    place_aliases jsonb     NOT NULL
);

-- The articles tracking knows: registered by booking in its booking transaction.
CREATE TABLE tracked_article (
    article         text        PRIMARY KEY,
    shipper_id      text        NOT NULL,
    pickup_point    text        NOT NULL,
    destination_pin integer     NOT NULL,
    cod_paise       bigint      NOT NULL DEFAULT 0 CHECK (cod_paise >= 0),
    booked_at       timestamptz NOT NULL,
    edd             date        NOT NULL,
    route_id        bigint      NOT NULL REFERENCES tracking_route (id),
    registered_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tracked_article_shipper ON tracked_article (shipper_id);

-- Every scan of an article, a bag scan applied to each article of the bag included (its event id
-- is the bag scan's id, '/', the article). event_id is the dedupe key.
CREATE TABLE scan_event (
    event_id    text        PRIMARY KEY,
    article     text        NOT NULL,
    code        text        NOT NULL,
    place       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    reason      text,
    bag         text,
    source      text        NOT NULL
);
CREATE INDEX scan_event_article ON scan_event (article);

-- Bag scans as received; applied to the members known now and to members that join later.
CREATE TABLE bag_scan (
    event_id    text        PRIMARY KEY,
    bag         text        NOT NULL,
    code        text        NOT NULL,
    place       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    source      text        NOT NULL
);
CREATE INDEX bag_scan_bag ON bag_scan (bag);

-- Which articles a bag holds: from item-bagged scans that name the bag.
CREATE TABLE bag_member (
    bag     text NOT NULL,
    article text NOT NULL,
    PRIMARY KEY (bag, article)
);

-- Scans that could not be applied, with every reason, until an operator replays or discards them.
CREATE TABLE scan_quarantine (
    id          bigserial   PRIMARY KEY,
    event_id    text,
    source      text        NOT NULL,
    payload     jsonb       NOT NULL,
    reasons     text[]      NOT NULL,
    received_at timestamptz NOT NULL,
    resolved_at timestamptz,
    resolution  text CHECK (resolution IN ('REPLAYED', 'DISCARDED'))
);
CREATE INDEX scan_quarantine_open ON scan_quarantine (id) WHERE resolved_at IS NULL;
-- A scan sent again while it waits in quarantine is not kept twice.
CREATE UNIQUE INDEX scan_quarantine_open_event ON scan_quarantine (event_id) WHERE resolved_at IS NULL AND event_id IS NOT NULL;

-- The derived state of each article that has a history (or was registered).
CREATE TABLE tracking_state (
    article        text        PRIMARY KEY,
    status         text        NOT NULL,
    location       text,
    last_event_id  text,
    last_code      text,
    last_place     text,
    last_at        timestamptz,
    next_step      text,
    next_place     text,
    next_by        timestamptz,
    misrouted      boolean     NOT NULL,
    edd            date        NOT NULL,
    revised_edd    date,
    attempts       integer     NOT NULL,
    events         integer     NOT NULL,
    anomalies      jsonb       NOT NULL,
    updated_at     timestamptz NOT NULL
) WITH (fillfactor = 70); -- room on each page for HOT updates: every scan rewrites its article's row

-- The feed to shippers: one row per scan applied to an article, written in the same transaction
-- as the scan. seq is the cursor of the pull feed; rows are numbered in commit order (an advisory
-- lock serialises the writers), so a reader that has seen seq n never later finds a row below n.
CREATE TABLE feed_entry (
    seq         bigserial   PRIMARY KEY,
    shipper_id  text        NOT NULL,
    article     text        NOT NULL,
    event_id    text        NOT NULL,
    code        text        NOT NULL,
    place       text        NOT NULL,
    occurred_at timestamptz NOT NULL,
    reason      text,
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX feed_entry_shipper ON feed_entry (shipper_id, seq);

-- Webhook subscriptions: each delivers the shipper's feed in order from its cursor. The secret
-- signs every delivery (HMAC-SHA256), so it is kept as given, not hashed.
CREATE TABLE webhook_subscription (
    id              bigserial   PRIMARY KEY,
    shipper_id      text        NOT NULL,
    url             text        NOT NULL,
    secret          text        NOT NULL,
    active          boolean     NOT NULL DEFAULT true,
    -- the last feed_entry.seq delivered (or dead-lettered); the next batch starts after it
    cursor_seq      bigint      NOT NULL DEFAULT 0,
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    -- a node delivering holds a lease; a node that dies loses it when it runs out
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscription_shipper ON webhook_subscription (shipper_id);

-- Batches given up after the configured number of failures; replayable from a point in time.
CREATE TABLE webhook_dead_letter (
    id              bigserial   PRIMARY KEY,
    subscription_id bigint      NOT NULL REFERENCES webhook_subscription (id),
    from_seq        bigint      NOT NULL,
    to_seq          bigint      NOT NULL,
    attempts        integer     NOT NULL,
    last_error      text,
    dead_at         timestamptz NOT NULL DEFAULT now()
);

-- The feed on a Kafka topic: how far it has been published, and which node is publishing.
CREATE TABLE kafka_feed_cursor (
    topic       text        PRIMARY KEY,
    cursor_seq  bigint      NOT NULL DEFAULT 0,
    lease_owner text,
    lease_until timestamptz
);
