"""What the known errors (casetracker.errors) say: what is wrong and what to do, never a name, a note or
anything else from a case. A key with ".app" after it is the app's wording of an error whose command-line
wording names a command: the app says what to do in its windows instead.
"""

_RESTORE_APP = (
    "restore it into a new folder with Data → Restore a backup… in Exile Case Tracker opened on another "
    "store (or a new one)"
)

_QUOTE_ADVICE = (
    'A quotation mark inside a cell must be doubled (""), and a cell that starts with one must end with one. '
    "Correct that row in the spreadsheet and import again; nothing was imported."
)

EN: dict[str, str] = {
    "wrong_passphrase": "The passphrase is wrong. Check the keyboard layout and Caps Lock, then try again.",
    "store_not_found": "There is no case store in {path}. Create one with 'casetracker init', or choose "
    "another folder.",
    "store_not_found.app": "There is no case store in {path}. Choose another folder, or start Exile Case "
    "Tracker without one to create a new store.",
    "store_exists": "A case store already exists in {path}; it was left untouched.",
    "store_damaged.backup": "The case store {path} cannot be opened: {detail}. The file has not been "
    "changed. The newest backup is {backup}: restore it into a new folder with 'casetracker restore {backup} "
    "--store NEW_FOLDER'.",
    "store_damaged.backup.app": "The case store {path} cannot be opened: {detail}. The file has not been "
    "changed. The newest backup is {backup}: " + _RESTORE_APP + ".",
    "store_damaged.no_backup": "The case store {path} cannot be opened: {detail}. The file has not been "
    "changed. No backup was found in {backups}. If you keep backups elsewhere (a USB stick), restore the "
    "newest with 'casetracker restore BACKUP --store NEW_FOLDER'.",
    "store_damaged.no_backup.app": "The case store {path} cannot be opened: {detail}. The file has not been "
    "changed. No backup was found in {backups}. If you keep backups elsewhere (a USB stick), "
    + _RESTORE_APP
    + ".",
    "damage.first_page": "its first page cannot be decrypted (if its passphrase was being changed when the "
    "app or the computer stopped, try the new passphrase first)",
    "damage.integrity": "the integrity check failed ({problem})",
    "damage.pages": "some of its pages cannot be read",
    "damage.unencrypted": "it is an unencrypted SQLite file, not a case store",
    "damage.empty": "the file is empty or cut short",
    "store_too_new": "The case store {path} was written by a newer version of Exile Case Tracker. Install "
    "the newest version to open it; the store has not been changed.",
    "store_busy": "The case store is busy (another window or command is writing). Try again in a moment.",
    "store_in_use": "The {operation} needs the case store to itself, but it is open elsewhere: in the app "
    "(lock it or close it) or in another command (let it finish). Then try again; nothing was changed.",
    "operation.passphrase_change": "passphrase change",
    "operation.upgrade": "upgrade of the store to this version",
    "operation.cleanup": "clean-up after a crash",
    "app_already_open": "This case store is already open in another window of Exile Case Tracker. Switch to "
    "that window (if it is locked, unlock it there); two windows on one store would show each other's "
    "changes late.",
    "store_damaged_in_use": "A part of the case store can no longer be read: the file is damaged (a failing "
    "disk, or a change made to it outside the app). What was being done stopped and nothing more was "
    "written. Copy out only what you need, then restore the newest backup into a new folder with "
    "'casetracker restore BACKUP --store NEW_FOLDER'.",
    "store_damaged_in_use.app": "A part of the case store can no longer be read: the file is damaged (a "
    "failing disk, or a change made to it outside the app). What was being done stopped and nothing more "
    "was written. Copy out only what you need, then restore the newest backup into a new folder (Data → "
    "Restore a backup…).",
    "store_key_changed": "The case store can no longer be read with the passphrase it was unlocked with: it "
    "was changed elsewhere. The last change was not saved. Lock the app (Ctrl+L) and unlock it with the new "
    "passphrase, then make the change again.",
    "store_locked": "The case store is locked. Unlock it to go on; nothing was changed.",
    "disk_full": "The disk is full, so the last change was not saved. Free some space and try again; "
    "everything saved before is intact.",
    "disk_full_on_open": "The disk that holds the case store ({path}) is full, so the store cannot be "
    "opened. Free some space on it (move or delete files you do not need) and try again. The store is not "
    "damaged and nothing was changed: do not restore a backup over it.",
    "store_unreachable": "The case store {path} cannot be opened: the disk or the system reported a problem "
    "({detail}). Check that the disk is connected, has free space and can be written to, then try again. "
    "The store has not been changed; do not restore a backup over it.",
    "invalid_input": "{field}: {reason}",
    # the team server (casetracker.team): never the password, never what psycopg said in full
    "team.unreachable": "The team server {host}:{port} cannot be reached. Check the network connection and "
    "that the server is running, then try again. Nothing was changed.",
    "team.certificate": "The team server {host} did not prove that it is the organisation's server: its "
    "certificate is not signed by the CA in {ca}, or is not made out for {host}. Nothing was sent to it. Ask "
    "the organisation's technician to check the server's certificate and the CA file.",
    "team.ca_missing": "The CA file {ca} named in the server address cannot be read. Check its path; nothing "
    "was sent to the server.",
    "team.login_refused": "The team server refused the login {login}: the password is wrong or the login "
    "does not exist. Check the server address (or ask for a new invitation); nothing was changed.",
    "team.admin_login_refused": "The team server refused the admin login {login}: its password is wrong or "
    "the login does not exist. Check the admin address with the organisation's technician; nothing was "
    "changed.",
    "team.login_disabled": "The login {login} has been disabled on the team server. Ask the team's "
    "supervisor for a new invitation; nothing was changed.",
    "team.not_allowed": "The team server does not allow the login {login} to do this. The admin login must "
    "own the team database and may create roles (CREATEROLE, see docs/team-server.md); a member's login may "
    "do only what its role allows. Nothing was changed.",
    "team.not_initialised": "The team database is not set up yet: run 'casetracker team server-init --dsn "
    "ADMIN_DSN' first. Nothing was changed.",
    "team.not_initialised.app": "The team database is not set up yet: the organisation's technician must set "
    "it up first (docs/team-server.md). Nothing was changed.",
    "team.team_key_lost": "The team database has lost its team key (a table was removed by hand). Restore "
    "the server's newest backup (docs/team-server.md); nothing was changed.",
    "team.connection_lost": "The connection to the team server {host} was lost. Try again: every change is "
    "kept on this laptop until the server has it, and none is stored twice.",
    "team.server_full": "The team server {host} has no disk space left, so the changes made here were not "
    "sent. They are kept on this laptop and go out with the next sync once the organisation's technician has "
    "freed space on the server.",
    "team.server_outdated": "The team server {host} is set up for an older version of Exile Case Tracker. "
    "Ask the organisation's technician to run 'casetracker team server-init' on it again (it keeps every "
    "case); until then the changes made here are kept on this laptop.",
    "team.bad_address": "The server address cannot be used: write it as postgresql://LOGIN:PASSWORD@HOST:PORT/"
    "DATABASE?sslmode=verify-full&sslrootcert=CA.pem. Nothing was sent.",
    "team.not_verified": "The server address must say sslmode=verify-full and name the organisation's CA "
    "file (sslrootcert=CA.pem), so that the password goes only to the organisation's own server. Nothing was "
    "sent.",
    "team.no_member": "There is no member {member} on the team server; nothing was changed.",
    "team.not_joined": "This store is not in a team. Join one with 'casetracker team join INVITATION', "
    "with the invitation file from the team's supervisor.",
    "team.not_joined.app": "This store is not in a team. Join one with Team → Join a team…, with the "
    "invitation file from the team's supervisor.",
    "team.invitation_missing": "There is no invitation file {path}. Check where it was saved; nothing was "
    "changed.",
    "team.invitation_unreadable": "{path} is not a team invitation, or it is damaged. Ask the team's "
    "supervisor for a new one; nothing was changed.",
    "team.invitation_used": "This invitation was used already: a laptop has joined the team with it. Ask the "
    "team's supervisor for a new one (Team → Members → New laptop…); nothing was changed.",
    "team.joined_already": "This store is in a team already; a store can be in one team only. Nothing was "
    "changed.",
    "team.member_not_joined": "{member} has not set up their laptop with their invitation yet, so nothing "
    "can be shared with them. Share it once they have joined; nothing was changed.",
    "team.case_not_synced": "Case {number} has not reached the team server yet. Sync first, then share it; "
    "nothing was changed.",
    "team.no_conflict": "That record holds no conflict in {field} (it may have been settled already); "
    "nothing was changed.",
    "team.no_such_choice": "There is no value {choice}: this conflict has {count:value|values} to choose "
    "from. Nothing was changed.",
    "team.read_only": "A lawyer's copy of the team's cases is read-only: what is changed here is kept on "
    "this laptop and never sent.",
    "team.member_ambiguous": "Several members are named {member}; give the member's id instead (see "
    "'casetracker team members --json'). Nothing was changed.",
    "team.unshare_supervisor": "{member} is a supervisor: supervisors read every case, so a case cannot be "
    "unshared with them. Nothing was changed.",
    "team.unshare_owner": "{member} made case {number}: a case cannot be unshared with the member who made "
    "it. Nothing was changed.",
    "team.not_shared": "Case {number} is not shared with {member}; nothing was changed.",
    "team.unshare_not_allowed": "Only the member who made case {number}, or a supervisor, can unshare it. "
    "Nothing was changed.",
    "team.supervisors_only": "Only a supervisor's laptop holds every case's key, so only there can keys be "
    "replaced. Nothing was changed.",
    "team.recovery_key_wrong": "This recovery key is not the one of this team's server; nothing was read. "
    "Check that the file and the server address belong to the same organisation.",
    "team.recovery_key_unreadable": "{path} is not a recovery key file, or it is damaged. Nothing was read.",
    "not_found": "No {what} '{id}' was found (it may be in the trash).",
    # the field a refused value was typed in (InvalidInput); a field not named here is said as written
    "field.name": "name",
    "field.date_of_birth": "date of birth",
    "field.place_of_birth": "place of birth",
    "field.secure_contact": "secure contact",
    "field.current_location": "current location",
    "field.military_status": "military status",
    "field.other_spelling": "other spelling",
    "field.script": "script",
    "field.source": "source",
    "field.risk_marker": "risk marker",
    "field.marker_detail": "marker detail",
    "field.marker_since": "marker since",
    "field.relation": "relation",
    "field.relative's_name": "relative's name",
    "field.document_kind": "document kind",
    "field.country": "country",
    "field.document_number": "document number",
    "field.valid_from": "valid from",
    "field.valid_until": "valid until",
    "field.annulled_on": "annulled on",
    "field.document_note": "document note",
    "field.case_number": "case number",
    "field.case_kind": "case kind",
    "field.status": "status",
    "field.priority": "priority",
    "field.opened_on": "opened on",
    "field.closed_on": "closed on",
    "field.caseworker": "caseworker",
    "field.lawyer": "lawyer",
    "field.summary": "summary",
    "field.outcome": "outcome",
    "field.event_kind": "event kind",
    "field.date": "date",
    "field.date_precision": "date precision",
    "field.place": "place",
    "field.description": "description",
    "field.procedure": "procedure",
    "field.new_passphrase": "new passphrase",
    "field.language": "language",
    "field.languages": "languages",
    "field.citizenships": "citizenships",
    "field.file": "file",
    "field.file_name": "file name",
    "field.text": "text",
    "field.author": "author",
    "field.deadline_status": "deadline status",
    "field.size": "size",
    "field.paper": "paper",
    "field.event": "event",
    "field.added_by": "added by",
    "field.blob_name": "blob name",
    "field.deadline_kind": "deadline kind",
    "field.due": "due",
    "field.field": "field",
    "field.media_type": "media type",
    "field.note": "note",
    "field.origin": "origin",
    "field.reason": "reason",
    "field.rule": "rule",
    "field.to": "end of the period",
    "field.sha256": "sha256",
    # an evidence file that fails its check
    "attachment.missing": "its encrypted file {blob} is missing from the attachments folder",
    "attachment.changed": "its encrypted file {blob} has been changed or damaged since it was added "
    "(it fails its authentication check)",
    "attachment.checksum": "its content no longer matches the SHA-256 taken when it was added",
    "attachment.unreadable": "its encrypted file {blob} cannot be read (check the disk and the folder's "
    "permissions)",
    "attachment_problem": "Attachment {id} on case {number}: {what}. Do not rely on this file as evidence. "
    "Restore the store from a backup into a new folder (casetracker verify BACKUP first) and check the file "
    "there; nothing was changed.",
    "attachment_problem.app": "Attachment {id} on case {number}: {what}. Do not rely on this file as "
    "evidence. Restore the store from a backup into a new folder (check the backup first with Data → Verify "
    "a backup…) and check the file there; nothing was changed.",
    "attachment_file_problem": "Case {number}, file '{file}': {what}. Do not rely on this file as evidence. "
    "Restore the store from a backup into a new folder (casetracker verify BACKUP first) and check the file "
    "there; nothing was changed.",
    "attachment_file_problem.app": "Case {number}, file '{file}': {what}. Do not rely on this file as "
    "evidence. Restore the store from a backup into a new folder (check the backup first with Data → Verify "
    "a backup…) and check the file there; nothing was changed.",
    # what verifying a backup found wrong with it
    "backup.file_missing": "{file} is missing from the backup, or is not a plain file",
    "backup.file_size": "{file} has changed size since the backup was made",
    "backup.undecryptable": "the database cannot be decrypted: it is damaged",
    "backup.integrity": "the database fails its integrity check: {detail}",
    "backup.unreadable": "the database cannot be read ({detail})",
    "fonts_missing": "The report fonts cannot be loaded ({detail}); reinstall the application to restore "
    "them.",
    # what was not found
    "what.person": "person",
    "what.case": "case",
    "what.event": "event",
    "what.deadline": "deadline",
    "what.attachment": "attachment",
    "what.document": "document",
    "what.spelling": "spelling",
    "what.family_link": "family link",
    "what.merge": "merge",
    "what.event_on_this_case": "event on this case",
    "what.item_in_the_trash": "item in the trash",
    "what.note": "note",
    # why a value is refused (InvalidInput), after the field's name; the checks every way in shares are
    # the import's "value." entries
    "reason.not_text": "is not text",
    "reason.not_a_date": "is not a date",
    "reason.not_a_case_number": "'{value}' is not a case number such as EE-2024-0003",
    "reason.citizenships": "must be a list of at most 10 country codes",
    "reason.languages": "must be a list of at most 20 languages",
    "reason.not_a_sha256": "is not a SHA-256 in hexadecimal",
    "reason.not_a_blob_name": "is not a stored file's name",
    "reason.not_a_size": "is not a size in bytes",
    "reason.no_time_zone": "is a time without a time zone",
    "reason.closed_before_opened": "is before the day the case was opened",
    "reason.valid_before_from": "is before the date it became valid",
    "reason.not_one_of": "'{value}' is not one of {allowed}",
    "reason.not_editable": "cannot be changed this way",
    "reason.not_an_event_detail": "is not a detail of an event",
    "reason.same_person": "are the same person",
    "reason.relative_self": "cannot be the person themselves",
    "reason.range": "is before the start of the range",
    "reason.not_a_file": "{path} is not a file that can be read",
    "reason.permission": "{path} cannot be read (permission denied)",
    "reason.folder": "{path} is a folder, not a file",
    "reason.bundle_file_damaged": "the file {id} is damaged (its SHA-256 differs)",
    "reason.bundle_list_damaged": "the list of its evidence files is damaged",
    "reason.bundle_size": "the size of one of its evidence files is not a number of bytes",
    "reason.bundle_too_large": "its evidence files are larger than a bundle may carry",
    "reason.bundle_record_damaged": "the record of an evidence file is damaged",
    "reason.bundle_no_case": "the file {id} belongs to no case in the bundle",
    "reason.bundle_event": "the file {id} names an event not on its case",
    "reason.bundle_content_damaged": "the content of the file {id} is damaged",
    "file_not_added": "{path} could not be added ({detail}). Nothing was changed.",
    "bundle_passphrase_short": "Choose a bundle passphrase of at least {count} characters.",
    "bundle_no_attachments_folder": "{file} carries evidence files, but no attachments folder was given.",
    "too_many_exports": "{folder} holds too many exports; choose another folder. Nothing was written.",
    "restore_target_not_empty": "{folder} is not an empty folder; restore into a new folder. Nothing was "
    "changed.",
    "attachments_key_missing": "The key of the evidence files is missing from the store, so no attached file "
    "can be opened. Restore the store from a backup into a new folder; nothing was changed.",
    "bundle_too_large": "The evidence files of case {number} add up to {total} MB, more than a bundle "
    "carries ({limit} MB). Give your colleague an encrypted backup instead, or move the largest files to the "
    "trash for the bundle and restore them afterwards. Nothing was written.",
    "attachment_too_large": "Attachment {id} is too large to open in memory ({size:byte|bytes}); export a "
    "copy instead.",
    "target_exists": "{path} already exists; choose another name. Nothing was written.",
    "no_such_folder": "The folder {folder} does not exist. Nothing was written.",
    "wrong_bundle_passphrase": "The bundle cannot be opened with this passphrase (or the file was altered). "
    "Ask the colleague who made it for the passphrase; nothing was imported.",
    "backup_disk_full": "The disk of {folder} is full, so no backup was made and nothing was left behind. "
    "Free some space or choose another folder; the store itself is unchanged.",
    "report_not_written": "The report cannot be written to {path}: {reason}. Choose another file or folder.",
    "unwritable.permission": "permission denied",
    "unwritable.read_only": "the disk is read-only",
    "unwritable.no_folder": "the folder does not exist",
    "unwritable.folder": "it is a folder",
    "unwritable.refused": "the file system refused it",
    "backup_no_folder": "The folder {folder} does not exist (is the USB stick plugged in?). No backup was "
    "made.",
    "backup_unrestorable": "The backup {path} cannot be restored: {problem}. Try an older backup; nothing "
    "was changed.",
    "backup_disk_full_partly": "The disk of {folder} is full, so the {what} was not made. {kept}",
    "backup_failed": "The {what} into {folder} failed: {reason}. {kept} The store itself is unchanged.",
    "backup_what.backup": "backup",
    "backup_what.restore": "restore",
    "backup_kept": "Part of it may remain in {partial}; delete that folder.",
    "backup_nothing_kept": "Nothing half-written was left behind.",
    "backup_folder_gone": "the folder disappeared (was the USB stick removed?)",
    "backup_disk_error": "the disk reported an error ({detail})",
    "not_a_backup": "{path} is not a usable backup of Exile Case Tracker: {detail}.",
    "not_a_backup.stray_file": "its {index} lists a file no backup holds",
    "not_a_backup.link": "its database or manifest is a link to another file",
    "not_a_backup.no_folder": "there is no such folder",
    "not_a_backup.no_index": "it has no {index}",
    "not_a_backup.unreadable_index": "its {index} cannot be read ({error})",
    "not_a_backup.foreign_index": "its {index} is not one this program wrote",
    "not_a_backup.too_new": "it was made by a newer version; install the newest version to read it",
    # a file to import that cannot be read
    "file.missing": "The file {path} does not exist.",
    "file.permission": "The file {path} cannot be read (permission denied).",
    "file.unreadable": "The file {path} cannot be read ({detail}).",
    "file.folder": "{path} is a folder, not {what}.",
    "file.special": "{path} is not an ordinary file (it is a device or a pipe), so not {what}.",
    "file.too_large": "{file} is {size} MB; files over {limit} MB are not imported as {what}.",
    "file.too_large.advice": "{file} is {size} MB; files over {limit} MB are not imported as {what}. "
    "{advice}",
    "file.grew": "{file} is larger than {what} may be; it was not imported.",
    "file_kind.spreadsheet": "a spreadsheet",
    "file_kind.json_export": "a JSON export",
    "file_kind.case_bundle": "a case bundle",
    "file_advice.split": "Split the spreadsheet into smaller files.",
    # a spreadsheet that cannot be read
    "sheet.xls": "{file} is an old Excel (.xls) workbook. Save it as .xlsx or CSV and import that.",
    "sheet.binary": "{file} is not a text spreadsheet (CSV) in UTF-8 or Windows-1251: it looks like binary "
    "data. If it is a workbook, save it as .xlsx or as CSV and import that.",
    "sheet.quote": "{file} cannot be read as CSV: row {row} (from line {line} of the file) has a quotation "
    "mark that is not closed where it should be ({detail}). " + _QUOTE_ADVICE,
    "sheet.stray_quote": "{file} cannot be read as CSV: in row {row} (from line {line} of the file), a "
    "quotation mark opens a cell that runs over {lines} lines and takes in what look like whole rows; the "
    "quotation mark is probably a stray one. " + _QUOTE_ADVICE,
    "sheet.zip": "{file} is a damaged or unknown ZIP file, not an .xlsx workbook.",
    "sheet.unpacked": "{file} unpacks to {size} MB, more than a workbook of cases needs ({limit} MB); it was "
    "not imported. Save the sheet with the cases as CSV, or split the workbook.",
    "sheet.cells": "{file} holds more than {limit:cell|cells}; it was not imported. Save the sheet with the "
    "cases as CSV, or split the workbook.",
    "sheet.xlsx": "{file} cannot be read as an .xlsx workbook ({error}).",
    # a case bundle that cannot be read
    "bundle.not_a_bundle": "{file} is not a case bundle of Exile Case Tracker.",
    "bundle.header": "{file} is damaged: its header cannot be read.",
    "bundle.cipher": "{file} uses an encryption this version does not know; update the app.",
    "bundle.kdf": "{file} is damaged: its key-derivation settings are out of range.",
    "bundle.too_large": "{file} holds more than a case bundle may; it was not imported.",
    "bundle.damaged": "{file} is damaged inside.",
    "bundle.no_case": "{file} is damaged inside: it holds no case.",
    # a change that would break a rule of the data (Conflict)
    "conflict.merge_undone": "This merge has already been undone.",
    "conflict.file_exists": "The file {id} is already in this store; nothing was imported.",
    "conflict.computed_deadline": "This deadline was worked out by the rules, so it is not restored: it "
    "comes back by itself when what it follows from (its event) is restored.",
    "conflict.case_in_trash": "Its case {number} is in the trash: restore the case first.",
    "conflict.case_person_in_trash": "The person of case {number} is in the trash: restore the person first.",
    "conflict.person_in_trash": "Its person is in the trash: restore the person first.",
    "conflict.person_has_cases": "This person still has {count:case|cases} ({numbers}); delete or move those "
    "cases first.",
    "conflict.person_id_taken": "A person in this file has the record id of another person already in this "
    "store (a different name or date of birth); nothing was imported. Ask whoever made the file.",
    "conflict.records_exist": "Part of what this file holds is already in the store (record {id}): it was "
    "probably imported here before. Nothing was imported. A full export can be restored only into an empty "
    "store.",
    "conflict.case_number_taken": "Case number {number} is already taken in this store; nothing was "
    "imported.",
}
