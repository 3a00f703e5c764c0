-- Runs of the operations simulator (docs/SIMULATION.md): what was asked and what it did. The demo
-- skips a run whose settings finished before on the same data.
CREATE TABLE simulation_run (
    id              bigserial   PRIMARY KEY,
    settings        text        NOT NULL,
    seed            bigint      NOT NULL,
    shipper         text        NOT NULL,
    first_day       date        NOT NULL,
    last_day        date        NOT NULL,
    parcels_per_day integer     NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    parcels_booked  bigint,
    scans_sent      bigint,
    summary         text
);
CREATE INDEX simulation_run_settings ON simulation_run (settings) WHERE finished_at IS NOT NULL;

-- Reporting view of the cod context for the quarterly review (docs/REVIEW.md, "cod"): the money
-- trail of every COD article. Part of the review's contract, like the report_* views of V9.
CREATE VIEW report_cod_article AS
SELECT c.article, c.shipper, c.office_id, c.amount_paise, c.booked_at, c.delivered_at, c.collected_at, c.collection_date,
       c.collected_paise, c.mode, c.cancelled_at, c.remittance_id, c.remitted_on, c.confirmed_at
FROM cod_article c;

-- Reporting views of the capacity context for the quarterly review (docs/REVIEW.md, "capacity").
-- A bag's shipper is the shipper of its parcels (NULL for a bag mixing shippers).
CREATE VIEW report_capacity_bag AS
SELECT b.bag, b.lane_id, b.closed_at, b.kg, b.parcels, b.planned_departure, b.departure, b.offer_id, b.delay_days,
       (SELECT CASE WHEN count(DISTINCT a.shipper_id) = 1 THEN min(a.shipper_id) END
          FROM capacity_bag_article a WHERE a.bag = b.bag) AS shipper
FROM capacity_bag b;

CREATE VIEW report_capacity_offer AS
SELECT o.id, o.party, o.lane_id, o.departs_at, o.bags, o.kg, o.status
FROM capacity_offer o;

CREATE VIEW report_capacity_overflow AS
SELECT o.bag, o.lane_id, o.planned_departure, o.departure, o.delay_days, o.parcels, o.cause
FROM capacity_overflow o;
