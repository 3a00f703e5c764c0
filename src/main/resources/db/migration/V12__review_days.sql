-- The quarterly review's day close (docs/REVIEW.md, "Day close"): each IST day's figures are tallied
-- once, after the day, into the review_day_* tables; a quarter's review adds up ninety days of tallies
-- instead of reading every parcel and scan. A day is closed again when something about it changed
-- afterwards: the feed (one entry per scan applied, numbered in commit order) says which days did.

-- Booked shipments can be found by day without a scan of every shipment (booked_at grows with the table).
CREATE INDEX shipment_booked_at ON shipment USING brin (booked_at);
-- Delivery scans by day (the partial index holds D scans only).
CREATE INDEX scan_event_delivery ON scan_event (occurred_at) WHERE code = 'D';

-- report_shipment as before, and the article number as booking stores it (char(13): a lookup by it uses
-- the shipment's unique index).
CREATE OR REPLACE VIEW report_shipment AS
SELECT s.shipper,
       s.article_number::text                             AS article,
       s.service,
       s.pickup_point,
       s.pin,
       s.zone,
       s.payment_mode = 'COD'                             AS cod,
       s.cod_amount_paise,
       s.weight_g,
       s.booked_at,
       (s.booked_at AT TIME ZONE 'Asia/Kolkata')::date    AS booked_day,
       (s.handover_at AT TIME ZONE 'Asia/Kolkata')::date  AS handover_day,
       s.edd,
       s.transit_days                                     AS promised_days,
       s.destination_hub,
       s.delivery_office_id,
       s.article_number                                   AS article_key
FROM shipment s
WHERE s.status <> 'CANCELLED';

-- Cancelled shipments: a cancellation changes the figures of the day the shipment was booked.
CREATE VIEW report_cancelled_shipment AS
SELECT s.article_number::text AS article, s.booked_at
FROM shipment s
WHERE s.status = 'CANCELLED';

-- Delivery scans (D), the addressee's and a return's delivery to the shipper alike.
CREATE VIEW report_delivery_scan AS
SELECT e.article, e.occurred_at
FROM scan_event e
WHERE e.code = 'D';

-- Tracking's feed in commit order: which articles and days changed since a given entry.
CREATE VIEW report_feed AS
SELECT f.seq, f.article, f.code, f.occurred_at
FROM feed_entry f;

-- The days closed, and when. A day closed before it ended (a review run during the day) is closed again.
CREATE TABLE review_day (
    day       date        PRIMARY KEY,
    closed_at timestamptz NOT NULL
);

-- The last feed entry the closed days take into account.
CREATE TABLE review_watermark (
    id       integer PRIMARY KEY CHECK (id = 1),
    feed_seq bigint  NOT NULL
);
INSERT INTO review_watermark VALUES (1, 0);

-- Shipments booked on the day, per shipper and pickup point.
CREATE TABLE review_day_booked (
    day             date   NOT NULL,
    shipper         text   NOT NULL,
    pickup_point    text   NOT NULL,
    booked          bigint NOT NULL,
    booked_cod      bigint NOT NULL,
    cod_value_paise bigint NOT NULL,
    PRIMARY KEY (day, shipper, pickup_point)
);

-- Parcels delivered on the day, counted per combination of the facts the figures group by; transit days
-- is one of them, so the counts are a histogram from which medians and percentiles are read exactly.
CREATE TABLE review_day_delivered (
    day             date    NOT NULL,
    shipper         text    NOT NULL,
    zone            text    NOT NULL,
    circle          text,
    rural           boolean,
    branch_pin      boolean,
    transit_days    integer NOT NULL,
    on_time         boolean NOT NULL,
    cod             boolean NOT NULL,
    parcels         bigint  NOT NULL,
    cod_value_paise bigint  NOT NULL
);
CREATE INDEX review_day_delivered_day ON review_day_delivered (day);

-- PINs delivered to on the day: PINs and districts served, and PINs reached for the first time.
CREATE TABLE review_day_pin (
    day     date    NOT NULL,
    shipper text    NOT NULL,
    pin     integer NOT NULL,
    parcels bigint  NOT NULL,
    PRIMARY KEY (day, shipper, pin)
);

-- Deliveries of the day per route (pickup point to destination hub): the lane and hub action items.
-- sample is one article of the route, whose itinerary names the route's lanes.
CREATE TABLE review_day_route (
    day             date   NOT NULL,
    shipper         text   NOT NULL,
    pickup_point    text   NOT NULL,
    destination_hub text   NOT NULL,
    delivered       bigint NOT NULL,
    late            bigint NOT NULL,
    sample          text   NOT NULL,
    PRIMARY KEY (day, shipper, pickup_point, destination_hub)
);

-- First delivery attempts of the day per delivery office, and those that delivered.
CREATE TABLE review_day_office (
    day              date   NOT NULL,
    shipper          text   NOT NULL,
    office_id        bigint NOT NULL,
    first_attempts   bigint NOT NULL,
    first_attempt_ok bigint NOT NULL,
    PRIMARY KEY (day, shipper, office_id)
);

-- Failed attempts of the day by reason (kind N) and returns to origin begun (kind RN, reason '').
CREATE TABLE review_day_exception (
    day     date   NOT NULL,
    shipper text   NOT NULL,
    kind    text   NOT NULL,
    reason  text   NOT NULL,
    parcels bigint NOT NULL,
    PRIMARY KEY (day, shipper, kind, reason)
);
