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
