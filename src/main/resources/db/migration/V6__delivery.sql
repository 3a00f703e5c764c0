-- Last mile (docs/DELIVERY.md): beats, articles at their delivery office, out-for-delivery runs,
-- attempts, non-delivery reports with shipper instructions, per-shipper defaults, returns to origin.

create table delivery_beat (
    office_id   bigint      not null,
    code        text        not null,
    name        text        not null,
    postman     text        not null,
    active      boolean     not null default true,
    generated   boolean     not null,
    changed_at  timestamptz not null,
    primary key (office_id, code)
);

create table delivery_policy (
    shipper               text primary key,
    max_failed_attempts   int  not null check (max_failed_attempts between 1 and 10),
    max_hold_days         int  not null check (max_hold_days between 1 and 30),
    reattempt_after_days  int  not null check (reattempt_after_days between 1 and 7),
    changed_at            timestamptz not null
);

create table delivery_article (
    article          text primary key,
    shipper          text        not null,
    office_id        bigint      not null,
    pickup_point     text        not null,
    pin              int         not null,
    cod_paise        bigint      not null,
    otp              text,
    status           text        not null,
    attempts         int         not null default 0,
    failed_attempts  int         not null default 0,
    first_failure_on date,
    held_since       date,
    next_attempt_on  date,
    current_run      bigint,
    edd              date,
    received_at      timestamptz not null,
    closed_at        timestamptz
);
create index delivery_article_office on delivery_article (office_id, status);
create index delivery_article_shipper on delivery_article (shipper, status);

create table delivery_run (
    id          bigserial primary key,
    office_id   bigint      not null,
    beat_code   text        not null,
    postman     text        not null,
    run_date    date        not null,
    started_at  timestamptz not null,
    articles    int         not null
);
create index delivery_run_office on delivery_run (office_id, run_date);

create table delivery_run_article (
    run_id   bigint not null references delivery_run (id),
    article  text   not null,
    primary key (run_id, article)
);

create table delivery_attempt (
    id            bigserial primary key,
    article       text        not null,
    run_id        bigint,
    office_id     bigint      not null,
    outcome       text        not null,
    reason        text,
    otp_verified  boolean     not null,
    attempted_at  timestamptz not null,
    recorded_at   timestamptz not null
);
create index delivery_attempt_article on delivery_attempt (article);

-- One report per failed attempt or hold; the shipper's instruction (or the default) closes it.
create table delivery_ndr (
    id           bigserial primary key,
    article      text        not null,
    shipper      text        not null,
    attempt_id   bigint      not null references delivery_attempt (id),
    outcome      text        not null,
    reason       text,
    reported_at  timestamptz not null,
    status       text        not null,
    action       text,
    reattempt_on date,
    new_pin      int,
    new_address  text,
    new_phone    text,
    new_edd      date,
    decided_by   text,
    decided_at   timestamptz
);
create index delivery_ndr_shipper on delivery_ndr (shipper, reported_at);
create index delivery_ndr_article on delivery_ndr (article);
create index delivery_ndr_open on delivery_ndr (reported_at) where status = 'OPEN';

create table delivery_return (
    article          text primary key,
    shipper          text        not null,
    reason           text        not null,
    started_at       timestamptz not null,
    from_office      bigint      not null,
    to_pickup_point  text        not null,
    itinerary        text        not null,
    edd              date        not null,
    tariff_version   text        not null,
    rto_basis_points int         not null,
    freight_paise    bigint      not null,
    gst_paise        bigint      not null,
    total_paise      bigint      not null,
    delivered_at     timestamptz
);
create index delivery_return_shipper on delivery_return (shipper, started_at);
