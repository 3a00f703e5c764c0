-- Cash on delivery (docs/COD.md): the articles to collect, collections, remittance batches,
-- and a double-entry ledger (journal + postings; the postings of every journal sum to zero).

create table cod_article (
    article          text primary key,
    shipper          text        not null,
    office_id        bigint      not null,
    amount_paise     bigint      not null check (amount_paise > 0),
    fee_paise        bigint      not null check (fee_paise >= 0),
    booked_at        timestamptz not null,
    delivered_at     timestamptz,
    collected_at     timestamptz,
    collection_date  date,
    collected_paise  bigint,
    mode             text,
    upi_reference    text,
    cancelled_at     timestamptz,
    remittance_id    bigint,
    remitted_on      date,
    confirmed_at     timestamptz
) with (fillfactor = 50);
-- No index names remittance_id, remitted_on or confirmed_at, so a remittance run updates its articles
-- in place (HOT updates: no index entries written); fillfactor 50 leaves room on each page for a new
-- version of every row (docs/PERFORMANCE.md, "COD").
create index cod_article_due on cod_article (collection_date) where collected_at is not null;
create index cod_article_shipper on cod_article (shipper, booked_at);
create index cod_article_booked on cod_article (booked_at);
create index cod_article_collected on cod_article (shipper, collection_date) where collection_date is not null;

create table cod_settings (
    shipper      text primary key,
    cycle_days   int     not null check (cycle_days between 0 and 30),
    deduct_fee   boolean not null,
    changed_at   timestamptz not null
);

create table cod_remittance (
    id             bigserial primary key,
    shipper        text        not null,
    business_date  date        not null,
    cycle_days     int         not null,
    deduct_fee     boolean     not null,
    articles       int         not null,
    gross_paise    bigint      not null,
    fee_paise      bigint      not null,
    net_paise      bigint      not null,
    created_at     timestamptz not null,
    bank_reference text,
    paid_at        timestamptz,
    confirmed_at   timestamptz,
    confirmed_by   text
);
create index cod_remittance_shipper on cod_remittance (shipper, business_date);
create unique index cod_remittance_bank_reference on cod_remittance (bank_reference) where bank_reference is not null;

-- No unique key on article on purpose: the guard is on cod_article; reconciliation lists an article remitted twice.
create table cod_remittance_line (
    remittance_id  bigint not null,  -- no foreign key: written only with its batch, and a key check per line slows a 1M-line run
    article        text   not null,
    office_id      bigint not null,
    amount_paise   bigint not null,
    fee_paise      bigint not null
);
create index cod_remittance_line_batch on cod_remittance_line (remittance_id);
create index cod_remittance_line_article on cod_remittance_line (article);

create table cod_journal (
    id             bigserial primary key,
    kind           text        not null,
    business_date  date        not null,
    recorded_at    timestamptz not null,
    office_id      bigint      not null,
    shipper        text        not null,
    article        text,
    remittance_id  bigint,
    mode           text
);
create index cod_journal_office_day on cod_journal (office_id, business_date);

-- amount > 0 is a debit, < 0 a credit.
create table cod_posting (
    journal_id    bigint not null references cod_journal (id),
    account       text   not null,
    office_id     bigint not null,
    shipper       text   not null,
    amount_paise  bigint not null
);
create index cod_posting_journal on cod_posting (journal_id);
create index cod_posting_account on cod_posting (account, office_id, shipper);
