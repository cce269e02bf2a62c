-- The web form's entry behind an imported application: the form builder it came from (its
-- source: "Gravity Forms", or "web form" for a file no preset recognised) and the entry's id
-- there. An entry imported once is recognised by it when an overlapping export is imported
-- again, even when the person has since changed their email. Ids only: nothing personal.
CREATE TABLE form_entries (
    application_id INTEGER PRIMARY KEY REFERENCES applications (id),
    source TEXT NOT NULL,
    entry_id TEXT NOT NULL,
    UNIQUE (source, entry_id)
);
