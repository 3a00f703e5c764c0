-- Reporting views: the contract between the quarterly review (org.daksetu.review) and the contexts
-- it reads (docs/REVIEW.md). The review reads nothing else of their tables; a context that changes a
-- table keeps its report_* view answering the same columns. ArchUnit cannot see SQL, so this file
-- is where the dependency is written down.

-- Booked shipments (cancelled ones are not part of any figure). Days are IST days.
CREATE VIEW report_shipment AS
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
       s.delivery_office_id
FROM shipment s
WHERE s.status <> 'CANCELLED';

-- The planned itinerary of each shipment; article is char(13) here so that a lookup by article uses
-- the shipment's unique index. The itinerary is a jsonb array of legs: kind, from, to, lane, mode, departure, arrival.
CREATE VIEW report_itinerary AS
SELECT s.shipper, s.article_number AS article, s.pickup_point, s.destination_hub, s.itinerary
FROM shipment s
WHERE s.status <> 'CANCELLED';

-- Where each article stands, derived by tracking from its whole scan history. For a delivered article
-- (and one returned to the shipper) last_at is the time of the delivery; attempts counts failed attempts.
CREATE VIEW report_tracking AS
SELECT t.article, t.status, t.last_at, t.attempts, t.revised_edd
FROM tracking_state t;

-- Failed attempts (N, with India Post's reason code) and returns to origin (RN), from the scan history.
CREATE VIEW report_delivery_exception AS
SELECT e.article, e.code, e.reason, e.place, e.occurred_at
FROM scan_event e
WHERE e.code IN ('N', 'RN');
-- Keeps the review off a full scan of every scan ever made (the partial index only holds N and RN).
CREATE INDEX scan_event_delivery_exception ON scan_event (occurred_at) WHERE code IN ('N', 'RN');

-- Every PIN with the facts the review groups by: rural (network.domain.RuralPolicy: at least half of
-- its offices are branch offices), its branch offices, and the district, state and circle of its
-- delivery office.
CREATE VIEW report_pin AS
SELECT o.pin,
       count(*) FILTER (WHERE o.tier = 'BO')                                           AS branch_offices,
       count(*) FILTER (WHERE o.tier = 'BO') > 0
           AND 2 * count(*) FILTER (WHERE o.tier = 'BO') >= count(*)                  AS rural,
       coalesce(min(o.district) FILTER (WHERE o.office_id = o.delivery_office_id), min(o.district)) AS district,
       coalesce(min(o.state) FILTER (WHERE o.office_id = o.delivery_office_id), min(o.state))       AS state,
       coalesce(min(o.circle) FILTER (WHERE o.office_id = o.delivery_office_id), min(o.circle))     AS circle
FROM post_office o
GROUP BY o.pin;

CREATE VIEW report_office AS
SELECT o.office_id, o.name, o.tier, o.pin, o.district, o.circle
FROM post_office o;

CREATE VIEW report_hub AS
SELECT h.hub_code, h.name, h.level, h.city, h.circle
FROM hub h;

CREATE VIEW report_lane AS
SELECT l.lane_id, l.from_hub, l.to_hub, l.mode, l.days, l.departure, l.capacity_bags, l.capacity_kg, l.active
FROM lane l;

CREATE VIEW report_pickup_point AS
SELECT p.code, p.name, p.city, p.opened_on, p.retired_on
FROM pickup_point p;
