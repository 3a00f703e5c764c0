-- The transmission network (docs/ROUTING.md): replaced whole by each network import, from
-- data/network/hubs.csv, lanes.csv, office-hubs.csv and holidays.csv.
CREATE TABLE hub (
    hub_code   text PRIMARY KEY,
    name       text             NOT NULL,
    level      text             NOT NULL CHECK (level IN ('L1', 'L2', 'NDC')),
    office_id  bigint           NOT NULL,
    city       text             NOT NULL,
    state      text             NOT NULL,
    circle     text             NOT NULL,
    latitude   double precision NOT NULL,
    longitude  double precision NOT NULL,
    parent_hub text
);

CREATE TABLE lane (
    lane_id          text PRIMARY KEY,
    from_hub         text             NOT NULL,
    to_hub           text             NOT NULL,
    mode             text             NOT NULL CHECK (mode IN ('ROAD', 'RAIL', 'AIR')),
    distance_km      double precision NOT NULL,
    transit_minutes  integer          NOT NULL CHECK (transit_minutes > 0),
    days             text             NOT NULL,
    departure        time             NOT NULL,
    cutoff           time             NOT NULL,
    runs_on_holidays boolean          NOT NULL,
    capacity_bags    integer          NOT NULL CHECK (capacity_bags >= 0),
    capacity_kg      integer          NOT NULL CHECK (capacity_kg >= 0),
    active           boolean          NOT NULL
);

-- A planner's change to a lane (or a lane added by a planner), kept across imports and applied
-- over the lane of the same id in the data files.
CREATE TABLE lane_override (LIKE lane INCLUDING ALL);
ALTER TABLE lane_override ADD COLUMN changed_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE lane_override ADD COLUMN changed_by text NOT NULL DEFAULT 'unknown';

CREATE TABLE office_hub (
    pin                integer PRIMARY KEY,
    delivery_office_id bigint  NOT NULL,
    hub_code           text    NOT NULL,
    ndc_code           text
);

CREATE TABLE holiday (
    day  date PRIMARY KEY,
    name text NOT NULL
);

-- An office closed on its own dates (a local holiday, a flood): no pickup, dispatch or delivery there.
CREATE TABLE office_closure (
    id        bigserial PRIMARY KEY,
    office_id bigint NOT NULL,
    from_day  date   NOT NULL,
    to_day    date   NOT NULL CHECK (to_day >= from_day),
    reason    text   NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX office_closure_office ON office_closure (office_id);
