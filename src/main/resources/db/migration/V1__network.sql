-- The India Post office network, replaced whole by each import (docs/NETWORK-DATA.md).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE post_office (
    office_id          bigint PRIMARY KEY,
    name               text    NOT NULL,
    tier               char(2) NOT NULL CHECK (tier IN ('HO', 'SO', 'BO')),
    pin                integer NOT NULL CHECK (pin BETWEEN 100000 AND 999999),
    delivery_office_id bigint  NOT NULL,
    taluk              text,
    district           text,
    state              text,
    division           text,
    region             text,
    circle             text,
    latitude           double precision,
    longitude          double precision,
    geo_match          text    NOT NULL CHECK (geo_match IN ('PLACE', 'PIN_CENTROID', 'AREA_CENTROID', 'NONE'))
);
CREATE INDEX post_office_pin ON post_office (pin);
CREATE INDEX post_office_name_prefix ON post_office (lower(name) text_pattern_ops);
CREATE INDEX post_office_name_trgm ON post_office USING gin (lower(name) gin_trgm_ops);
CREATE INDEX post_office_state_district ON post_office (state, district);

-- Every import leaves a row; the newest is the network in force.
CREATE TABLE network_version (
    id            bigserial PRIMARY KEY,
    version       text        NOT NULL,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    office_count  integer     NOT NULL,
    pin_count     integer     NOT NULL,
    duration_ms   bigint      NOT NULL,
    source        text        NOT NULL
);

-- PIN prefixes that lose a service, loaded with the network from data/network/service-restrictions.csv.
CREATE TABLE service_restriction (
    pin_prefix text NOT NULL CHECK (pin_prefix ~ '^[1-9][0-9]{0,5}$'),
    kind       text NOT NULL CHECK (kind IN ('NOT_SERVICEABLE', 'NO_COD')),
    reason     text NOT NULL,
    PRIMARY KEY (pin_prefix, kind)
);

-- A shipper's place of handover: a fulfilment centre tied to the post office nearest to it.
CREATE TABLE pickup_point (
    code             text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,31}$'),
    name             text             NOT NULL,
    city             text             NOT NULL,
    address          text             NOT NULL,
    pin              integer          NOT NULL,
    latitude         double precision NOT NULL,
    longitude        double precision NOT NULL,
    office_id        bigint           NOT NULL,
    office_distance_km double precision NOT NULL,
    opened_on        date             NOT NULL,
    retired_on       date,
    version          integer          NOT NULL DEFAULT 0,
    updated_at       timestamptz      NOT NULL DEFAULT now()
);

-- API keys: only a SHA-256 hash of the key is stored; the key is shown once when issued.
CREATE TABLE api_key (
    id          bigserial PRIMARY KEY,
    key_prefix  text        NOT NULL,
    key_hash    bytea       NOT NULL UNIQUE,
    label       text        NOT NULL,
    roles       text[]      NOT NULL,
    party       text,
    created_at  timestamptz NOT NULL DEFAULT now(),
    revoked_at  timestamptz
);
