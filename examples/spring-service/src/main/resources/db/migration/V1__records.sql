-- Deliberation records as submitted (the library's JSON record document) and the report they got.
create table deliberation_record (
  id           text        primary key,
  profile      text        not null,
  record       jsonb       not null,
  report       jsonb       not null,
  raised_at    timestamptz not null,
  submitted_at timestamptz not null
);

create index deliberation_record_profile_raised on deliberation_record (profile, raised_at);
