"""What the spreadsheet import says about a row or a file, and the reasons the services give for a value
they refuse (recognised by casetracker.exchange.problem_messages.service_reason).

For a translator: keep every {placeholder}. Text quoted from the spreadsheet ({value}) stands in «quotes»
and is printed as written; the allowed values ({allowed}) print as the glossary names them. Reasons about a
cell follow the column's heading, so they start in lower case. Only the import wizard says these in
Russian (the command line is English): the Russian may leave out the advice to add a word under 'values'
in a mapping file, which the wizard has no use for.
"""

EN: dict[str, str] = {
    # where a problem is: RowProblem.__str__ and the lines under a rejection
    "where.row": "row {row}",
    "where.row_column": "row {row}, column '{column}'",
    "more": "... and {count} more",
    # plan.py: the cells of a row
    "name.empty": "the name is empty",
    "birth_date.future": "the date of birth is in the future",
    "event.without_case": "an event needs a case: the country and the case type are empty",
    "country.empty": "the country is empty",
    "case_kind.empty": "the case type is empty",
    "event.no_date": "the event has no date",
    "event.no_kind": "the event has no kind",
    "exit_before_entry": "the exit is before the first entry ({first})",
    # values.py: reading a cell
    "date.invalid": "'{value}' is not a valid date; write DD.MM.YYYY, YYYY-MM-DD or MM.YYYY",
    "date.not_exact": "'{value}' is not an exact date; write DD.MM.YYYY",
    "date.out_of_range": "'{value}' is outside the years 1900 to 2099",
    "country.unknown": "'{value}' is not a country this app knows by name; write its two-letter ISO code "
    "(such as GE), or add it under 'values' in a mapping file",
    "unknown.case_kind": "'{value}' is not a known case type; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.case_status": "'{value}' is not a known case status; use one of: {allowed}, or add the word "
    "under 'values' in a mapping file",
    "unknown.procedure": "'{value}' is not a known procedure; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.priority": "'{value}' is not a known priority; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    "unknown.event_kind": "'{value}' is not a known event; use one of: {allowed}, or add the word under "
    "'values' in a mapping file",
    # the services' checks (InvalidInput reasons), recognised by service_reason()
    "value.empty": "must not be empty",
    "value.too_long": "is longer than {limit:character|characters}",
    "value.nul": "contains a NUL character",
    "value.not_country_code": "'{value}' is not a two-letter ISO 3166 code such as EE or GE",
    "value.not_allowed": "'{value}' is not one of: {allowed}",
    "value.future": "is in the future",
    "value.line_break": "contains a line break",
    "value.control": "contains a control character ({code})",
    "value.bidi": "contains a character that changes the direction of text ({code})",
    "value.years": "is outside the years {first} to {last}",
    "value.not_utf8": "contains bytes that are not text (not UTF-8)",
    # importer.py
    "duplicate": "likely the same person as {ids}",
    "cancelled": "The import was cancelled; nothing was imported.",
    "rejected.no_headings": "No row of {file} has column headings this app knows (such as ФИО, Дата "
    "рождения, Страна, Тип дела, Дата, Событие, or Full name, Country, Case type, Date, Event). Rename the "
    "headings, or give a mapping file (--mapping).",
    "rejected.missing_columns": "{file} has no column for: {wanted} (headings found in row {row}). Add the "
    "column, or in a mapping file (--mapping) map an existing heading to it or give it one value for every "
    "row under 'fixed'.",
    "rejected.rows": "{count:row|rows} of {file} cannot be imported, so nothing was imported. Correct the "
    "rows listed, or choose to import only the good rows:",
    "rejected.duplicates": "{count:person|people} in {file}: likely already in the store (the same name in "
    "some spelling, and no date of birth years apart), so nothing was imported. Choose to link their cases "
    "to the persons already there, or to create new persons all the same:",
    "rejected.no_rows": "{file} has headings but no rows to import.",
    "rejected.fixed": "The value given for every row for {field} in {file} cannot be used: {reason}.",
    "rejected.row": "Row {row} cannot be imported ({field}: {reason}); nothing was imported.",
    # destinations.py: where each column's values go, said in the preview
    "to.person.name": "the person's full name",
    "to.person.latin_name": "the person's Latin spellings",
    "to.person.birth_date": "the person's date of birth",
    "to.person.birth_place": "the person's place of birth",
    "to.person.citizenship": "the person's citizenship",
    "to.person.languages": "the person's languages",
    "to.person.contact": "the person's secure contact",
    "to.person.location": "where the person is now",
    "to.person.military_status": "the person's military status",
    "to.case.reference": "the case's summary, as its number in the spreadsheet",
    "to.case.country": "the case's country",
    "to.case.kind": "the case type",
    "to.case.opened_on": "the day the case was opened",
    "to.case.status": "the case's status",
    "to.case.priority": "the case's priority",
    "to.case.caseworker": "the case's caseworker",
    "to.case.lawyer": "the case's lawyer",
    "to.case.summary": "the case's summary",
    "to.event.date": "the event's date",
    "to.event.kind": "what happened (the event's kind)",
    "to.event.place": "the event's place",
    "to.event.description": "the event's description",
    "to.event.source": "the event's source",
    "to.event.country": "the country where the event happened",
    "to.event.procedure": "the procedure of the decision",
    "fixed": "{field}: {value} in every row",
    "fixed.blank_cells": "{field}: {value} where the column's cell is empty",
    "inferred": "{field}: inferred from the case type",
    "inferred.kinds": "{field}: inferred from the case type ({pairs})",
    "inferred.pair": "{case_kind} → {event_kind}",
    "not.ignored": "not imported: no field is chosen for this column",
    "not.no_case": "not imported: no case is made without the case's country and type, so {field} has "
    "nowhere to go",
    "not.no_event": "not imported: no event is made without a column for its date, so {field} has nowhere "
    "to go",
    "event.no_date.details": "the event has no date, so its place, description or source cannot be imported",
}
