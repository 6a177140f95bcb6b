<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CaseListView</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_list.py" line="75"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTeam</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_team.py" line="98"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform>
            <numerusform>Conflicts (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_team.py" line="99"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="90"/>
        <source>Overdue deadlines (%n)</source>
        <translation>
            <numerusform>Overdue deadlines (%n)</numerusform>
            <numerusform>Overdue deadlines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="91"/>
        <source>Critical cases (%n)</source>
        <translation>
            <numerusform>Critical cases (%n)</numerusform>
            <numerusform>Critical cases (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="92"/>
        <source>Deadlines in the next 31 days (%n)</source>
        <translation>
            <numerusform>Deadlines in the next 31 days (%n)</numerusform>
            <numerusform>Deadlines in the next 31 days (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="93"/>
        <source>Recently changed cases (%n)</source>
        <translation>
            <numerusform>Recently changed cases (%n)</numerusform>
            <numerusform>Recently changed cases (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="109"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="109"/>
        <location filename="../../casetracker/ui/data_menu.py" line="249"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="191"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="250"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n evidence file</numerusform>
            <numerusform>%n evidence files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="289"/>
        <source>The passphrase was changed: the store now opens only with the new one. %n backup(s) made under the old passphrase were deleted from the store&apos;s folder, and a new one was made.</source>
        <translation>
            <numerusform>The passphrase was changed: the store now opens only with the new one. %n backup made under the old passphrase was deleted from the store's folder, and a new one was made.</numerusform>
            <numerusform>The passphrase was changed: the store now opens only with the new one. %n backups made under the old passphrase were deleted from the store's folder, and a new one was made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="390"/>
        <source>Imported case {0} with %n evidence file(s).</source>
        <translation>
            <numerusform>Imported case {0} with %n evidence file.</numerusform>
            <numerusform>Imported case {0} with %n evidence files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="427"/>
        <source>Wrote %n open deadline(s) to {0}, with reminders 7 days and 1 day before.</source>
        <translation>
            <numerusform>Wrote %n open deadline to {0}, with reminders 7 days and 1 day before.</numerusform>
            <numerusform>Wrote %n open deadlines to {0}, with reminders 7 days and 1 day before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="225"/>
        <source>%n file(s) failed the integrity check (marked in red).</source>
        <translation>
            <numerusform>%n file failed the integrity check (marked in red).</numerusform>
            <numerusform>%n files failed the integrity check (marked in red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="314"/>
        <source>Encrypting %n file(s) into the store…</source>
        <translation>
            <numerusform>Encrypting %n file into the store…</numerusform>
            <numerusform>Encrypting %n files into the store…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="325"/>
        <source>Added %n file(s) ({0}), stored encrypted with their SHA-256. The originals were not changed.</source>
        <translation>
            <numerusform>Added %n file ({0}), stored encrypted with their SHA-256. The originals was not changed.</numerusform>
            <numerusform>Added %n files ({0}), stored encrypted with their SHA-256. The originals were not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="131"/>
        <source>%n row(s) cannot be imported, so nothing will be imported. Correct them in the spreadsheet and open it again, or choose to skip them.</source>
        <translation>
            <numerusform>%n row cannot be imported, so nothing will be imported. Correct it in the spreadsheet and open it again, or choose to skip it.</numerusform>
            <numerusform>%n rows cannot be imported, so nothing will be imported. Correct them in the spreadsheet and open it again, or choose to skip them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="143"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="144"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="219"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="291"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="145"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="220"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="292"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="217"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="218"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="290"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="221"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n row with problems</numerusform>
            <numerusform>%n rows with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="297"/>
        <source>%n person(s) were already in the store; their new cases were added to them.</source>
        <translation>
            <numerusform>%n person was already in the store; their new cases were added to them.</numerusform>
            <numerusform>%n people were already in the store; their new cases were added to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="302"/>
        <source>%n row(s) with problems were skipped.</source>
        <translation>
            <numerusform>%n row with problems was skipped.</numerusform>
            <numerusform>%n rows with problems were skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="420"/>
        <source>… and %n more: save the list to see every one.</source>
        <translation>
            <numerusform>… and %n more: save the list to see every one.</numerusform>
            <numerusform>… and %n more: save the list to see every one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="426"/>
        <source>Skip the %n row(s) with problems and import the rest</source>
        <translation>
            <numerusform>Skip the %n row with problems and import the rest</numerusform>
            <numerusform>Skip the %n rows with problems and import the rest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="453"/>
        <source>%n column(s) will not be imported: {0}. See “Columns” for why.</source>
        <translation>
            <numerusform>%n column will not be imported: {0}. See “Columns” for why.</numerusform>
            <numerusform>%n columns will not be imported: {0}. See “Columns” for why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/search.py" line="112"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/launcher.py" line="162"/>
        <source>The rules were updated: the deadlines of %n case(s) changed.</source>
        <translation>
            <numerusform>The rules was updated: the deadlines of %n case changed.</numerusform>
            <numerusform>The rules were updated: the deadlines of %n cases changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamControl</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="327"/>
        <source>Team: offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Team: offline — %n change waiting</numerusform>
            <numerusform>Team: offline — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="329"/>
        <source>Team: not synced — %n change(s) waiting</source>
        <translation>
            <numerusform>Team: not synced — %n change waiting</numerusform>
            <numerusform>Team: not synced — %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="337"/>
        <source>Team: %n conflict(s)</source>
        <translation>
            <numerusform>Team: %n conflict</numerusform>
            <numerusform>Team: %n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="385"/>
        <source>%n record(s) of this store will be shared at the first sync.</source>
        <translation>
            <numerusform>%n record of this store will be shared at the first sync.</numerusform>
            <numerusform>%n records of this store will be shared at the first sync.</numerusform>
        </translation>
    </message>
</context>
</TS>
