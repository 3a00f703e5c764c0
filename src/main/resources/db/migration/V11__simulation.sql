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
