<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../casetracker/ui/about.py" line="12"/>
        <source>About Exile Case Tracker</source>
        <translation>О программе Exile Case Tracker</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/about.py" line="13"/>
        <source>Exile Case Tracker {0}</source>
        <translation>Exile Case Tracker {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/about.py" line="17"/>
        <source>Free software under the GNU General Public License, version 3 or later. It never connects to the network: the cases stay on this computer, encrypted.</source>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней. Она никогда не выходит в сеть: дела остаются на этом компьютере, в зашифрованном виде.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/about.py" line="23"/>
        <source>Case store: {0}
Daily backups: {1}
Crash notices (for a bug report): {2}</source>
        <translation>Хранилище дел: {0}
Ежедневные резервные копии: {1}
Отчёты о сбоях (для сообщения об ошибке): {2}</translation>
    </message>
</context>
<context>
    <name>AdminDialog</name>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="51"/>
        <source>Invite a member</source>
        <translation>Пригласить участника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="52"/>
        <source>New laptop for a member</source>
        <translation>Новый ноутбук участника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="53"/>
        <source>Revoke a member&apos;s access</source>
        <translation>Отозвать доступ участника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="63"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="66"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="72"/>
        <source>The admin login&apos;s address, from the organisation&apos;s technician. It is used for this task only and kept nowhere.</source>
        <translation>Адрес входа администратора — его даёт технический специалист организации. Он нужен только для этого действия и нигде не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="76"/>
        <source>&amp;Admin address:</source>
        <translation>&amp;Адрес администратора:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="79"/>
        <source>not chosen yet</source>
        <translation>ещё не выбрано</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="80"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="86"/>
        <source>Save the invitation to:</source>
        <translation>Сохранить приглашение в:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="94"/>
        <source>Invite</source>
        <translation>Пригласить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="95"/>
        <source>Write the new invitation</source>
        <translation>Записать новое приглашение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="96"/>
        <source>Revoke</source>
        <translation>Отозвать доступ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="114"/>
        <source>The invitation file lets the new member&apos;s laptop join the team (Team → Join a team…). It holds their password: hand it over in person, never by e-mail.</source>
        <translation>С файлом приглашения ноутбук нового участника присоединится к команде (Команда → Присоединиться к команде…). В файле записан пароль участника: передайте его из рук в руки, никогда не по электронной почте.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="120"/>
        <source>{0} gets a new login in a new invitation file, for their new laptop. Their old login stops connecting at once; after a supervisor&apos;s next sync the new laptop gets their cases back. If the old laptop is still at hand, sync it first: what it has not sent by then stays on it.</source>
        <translation>{0} получит новый вход в новом файле приглашения — для нового ноутбука. Старый вход сразу перестаёт подключаться; после следующей синхронизации у руководителя дела вернутся на новый ноутбук. Если старый ноутбук ещё под рукой, сначала синхронизируйте его: то, что он к этому моменту не отправил, на нём и останется.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="132"/>
        <source>team invitation ({0}).json</source>
        <translation>приглашение в команду ({0}).json</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="125"/>
        <source>{0} can no longer connect; their cases get new keys at your next sync, so what is written afterwards stays unreadable to their laptop. What their laptop received before stays there.</source>
        <translation>{0} больше не сможет подключиться; при вашей следующей синхронизации дела этого участника получат новые ключи, и всё, что будет записано после этого, его ноутбук прочитать не сможет. То, что ноутбук получил раньше, на нём остаётся.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="134"/>
        <source>Save the invitation</source>
        <translation>Сохранить приглашение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="134"/>
        <source>Team invitations (*.json)</source>
        <translation>Приглашения в команду (*.json)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="147"/>
        <source>Asking the team server…</source>
        <translation>Запрос к серверу команды…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="153"/>
        <source>Write the new member&apos;s name, as the team will see it.</source>
        <translation>Впишите имя нового участника — так его будет видеть команда.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="156"/>
        <source>Paste the admin address the organisation&apos;s technician gave you.</source>
        <translation>Вставьте адрес администратора, который дал технический специалист организации.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team_admin.py" line="159"/>
        <source>Choose where to save the invitation.</source>
        <translation>Выберите, куда сохранить приглашение.</translation>
    </message>
</context>
<context>
    <name>AlreadyOpenDialog</name>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="93"/>
        <source>The case store is already open</source>
        <translation>Хранилище дел уже открыто</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="96"/>
        <source>This case store is already open in another window of Exile Case Tracker. Two windows on one store would each show the other&apos;s changes late, so this one will not open it.</source>
        <translation>Это хранилище дел уже открыто в другом окне Exile Case Tracker. Два окна с одним хранилищем показывали бы изменения друг друга с опозданием, поэтому второе окно его не откроет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="104"/>
        <source>That window did not answer. Find it in the task bar (if it is locked, unlock it there).</source>
        <translation>То окно не ответило. Найдите его на панели задач (если оно заблокировано, разблокируйте его там).</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="111"/>
        <source>Show that window</source>
        <translation>Показать то окно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="113"/>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/instances.py" line="119"/>
        <source>Store:</source>
        <translation>Хранилище:</translation>
    </message>
</context>
<context>
    <name>CalendarOptions</name>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="126"/>
        <source>Export deadlines to a calendar</source>
        <translation>Экспорт сроков в календарь</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="128"/>
        <source>Include names in event titles</source>
        <translation>Указывать имена в названиях событий</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="131"/>
        <source>A calendar file is not encrypted, and calendars are often copied to phones and cloud services. Without names, anyone who sees it learns only case numbers and kinds of deadline. Include names only in a calendar you trust as much as this store.</source>
        <translation>Файл календаря не зашифрован, а календари часто копируют на телефоны и в облачные сервисы. Без имён тот, кто его увидит, узнает только номера дел и виды сроков. Указывайте имена, только если доверяете календарю так же, как этому хранилищу.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="138"/>
        <source>Every open deadline becomes an all-day event with reminders 7 days and 1 day before.</source>
        <translation>Каждый открытый срок станет событием на весь день с напоминаниями за 7 дней и за 1 день.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="141"/>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="62"/>
        <source>PDF summary…</source>
        <translation>PDF-сводка…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="65"/>
        <source>Undo last edit</source>
        <translation>Отменить последнюю правку</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="73"/>
        <source>The rules&apos; alarm level, from the case&apos;s events and the person&apos;s risk markers.</source>
        <translation>Уровень тревоги по правилам: из событий дела и факторов риска человека.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="75"/>
        <source>The priority is yours to set: the rules never change it.</source>
        <translation>Приоритет задаёте вы: правила его никогда не меняют.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="85"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="86"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="87"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="91"/>
        <source>Caseworker:</source>
        <translation>Куратор:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="92"/>
        <source>Lawyer:</source>
        <translation>Юрист:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="93"/>
        <source>Summary:</source>
        <translation>Суть дела:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="94"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="95"/>
        <source>Overview (saved as you type)</source>
        <translation>Обзор (сохраняется по мере ввода)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="97"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="100"/>
        <source>Open person</source>
        <translation>Открыть человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="101"/>
        <source>Show this person on the People page</source>
        <translation>Показать этого человека на странице «Люди»</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="111"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="112"/>
        <source>Rules and deadlines</source>
        <translation>Правила и сроки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="113"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="114"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="115"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="270"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="273"/>
        <source>Born: {0}</source>
        <translation>Дата рождения: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="304"/>
        <source>Rules: {0}</source>
        <translation>По правилам: {0}</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="34"/>
        <source>Search number, name in any spelling, summary…</source>
        <translation>Поиск по номеру, имени в любом написании, сути дела…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="36"/>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="39"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="40"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="41"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="42"/>
        <location filename="../../casetracker/ui/views/case_list.py" line="150"/>
        <source>Any caseworker</source>
        <translation>Любой куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="45"/>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_list.py" line="75"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="91"/>
        <source>Building the case summary…</source>
        <translation>Строится сводка по делу…</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="24"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="25"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="26"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="27"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="29"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="30"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="31"/>
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="32"/>
        <source>Caseworker</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="140"/>
        <source>{0} · overdue</source>
        <translation>{0} · просрочен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="147"/>
        <source>Two laptops changed this case at once: what is shown is one of their values. Open the case to choose in its Conflicts tab.</source>
        <translation>Два ноутбука изменили это дело одновременно: показано одно из их значений. Откройте дело и выберите значение на вкладке «Конфликты».</translation>
    </message>
</context>
<context>
    <name>CaseTeam</name>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="51"/>
        <location filename="../../casetracker/ui/views/case_team.py" line="83"/>
        <source>Share…</source>
        <translation>Поделиться…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="52"/>
        <location filename="../../casetracker/ui/views/case_team.py" line="84"/>
        <source>Let another member of the team read and work on this case</source>
        <translation>Дать другому участнику команды доступ к этому делу</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="58"/>
        <source>Two laptops changed this case at once: what is shown is one of their values. Choose the value to keep in the Conflicts tab.</source>
        <translation>Два ноутбука изменили это дело одновременно: показано одно из их значений. Выберите, какое оставить, на вкладке «Конфликты».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="78"/>
        <source>Who reads it…</source>
        <translation>Кто читает дело…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="80"/>
        <source>Who reads this case: the member who made it and those it is shared with</source>
        <translation>Кто читает это дело: участник, который его завёл, и те, с кем им поделились</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_team.py" line="98"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
            <numerusform>Конфликты (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_team.py" line="99"/>
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n конфликт ждёт решения</numerusform>
            <numerusform>%n конфликта ждут решения</numerusform>
            <numerusform>%n конфликтов ждут решения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="374"/>
        <source>These values were changed on two laptops before either had seen the other&apos;s change. Both are kept; the case shows the one marked “shown now” until you choose.</source>
        <translation>Эти значения изменили на двух ноутбуках, прежде чем каждый увидел изменение другого. Сохранены оба; пока вы не выберете, в деле показано значение с пометкой «показано сейчас».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="398"/>
        <source>by {0}, {1}</source>
        <translation>автор: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="400"/>
        <source>shown now</source>
        <translation>показано сейчас</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="404"/>
        <source>Keep this value</source>
        <translation>Оставить это значение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="439"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="440"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <location filename="../../casetracker/ui/views/countries.py" line="64"/>
        <source>Not loaded (fix these files): {0}</source>
        <translation>Не загружены (исправьте эти файлы): {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/countries.py" line="79"/>
        <source>Not verified for more than 180 days</source>
        <translation>Не проверялось более 180 дней</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="90"/>
        <source>Overdue deadlines (%n)</source>
        <translation>
            <numerusform>Просрочен %n срок</numerusform>
            <numerusform>Просрочено %n срока</numerusform>
            <numerusform>Просрочено %n сроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="91"/>
        <source>Critical cases (%n)</source>
        <translation>
            <numerusform>%n дело под критической угрозой</numerusform>
            <numerusform>%n дела под критической угрозой</numerusform>
            <numerusform>%n дел под критической угрозой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="92"/>
        <source>Deadlines in the next 31 days (%n)</source>
        <translation>
            <numerusform>%n срок в ближайшие 31 день</numerusform>
            <numerusform>%n срока в ближайшие 31 день</numerusform>
            <numerusform>%n сроков в ближайшие 31 день</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/dashboard.py" line="93"/>
        <source>Recently changed cases (%n)</source>
        <translation>
            <numerusform>Недавно изменено %n дело</numerusform>
            <numerusform>Недавно изменено %n дела</numerusform>
            <numerusform>Недавно изменено %n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="97"/>
        <source>Overdue deadlines (over {0})</source>
        <translation>Просрочено более {0} сроков</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="98"/>
        <source>Critical cases (over {0})</source>
        <translation>Более {0} дел под критической угрозой</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="99"/>
        <source>Deadlines in the next 31 days (over {0})</source>
        <translation>Более {0} сроков в ближайшие 31 день</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="110"/>
        <source>No cases yet — add the first one ({0}).</source>
        <translation>Дел пока нет — добавьте первое ({0}).</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="112"/>
        <source>Nothing overdue.</source>
        <translation>Просроченных сроков нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="116"/>
        <source>No case at critical risk: no one held, missing or out of time.</source>
        <translation>Нет дел под критической угрозой: никто не задержан, не пропал и не пропустил срок.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="124"/>
        <source>No deadlines in the next 31 days. A decision recorded on a timeline adds its deadline.</source>
        <translation>В ближайшие 31 день сроков нет. Решение, записанное в хронологию, добавит свой срок.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="140"/>
        <source>Edited {0}.</source>
        <translation>Изменено {0}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="161"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="49"/>
        <source>&amp;Data</source>
        <translation>Данные (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="90"/>
        <source>This export is NOT encrypted. It holds personal data: names, contacts, places and notes, readable by anyone who gets the file. Keep it only where the people in it are safe (not in a cloud folder, not on a shared computer) and delete it when done.

Export anyway?</source>
        <translation>Этот экспорт НЕ зашифрован. В нём есть персональные данные: имена, контакты, места и заметки — их прочтёт любой, к кому попадёт файл. Храните его только там, где люди из него в безопасности (не в облачной папке и не на общем компьютере), и удалите его, когда он станет не нужен.

Всё равно экспортировать?</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="101"/>
        <source>Export everything as JSON</source>
        <translation>Экспорт всех данных в JSON</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="102"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="113"/>
        <source>Exporting everything…</source>
        <translation>Экспортируются все данные…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="122"/>
        <source>Export tables as CSV files into a folder</source>
        <translation>Экспорт таблиц в папку (файлы CSV)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="128"/>
        <source>Exporting the tables…</source>
        <translation>Экспортируются таблицы…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="137"/>
        <source>Choose the folder for the backup (for example a USB stick)</source>
        <translation>Выберите папку для резервной копии (например, на USB-флешке)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="142"/>
        <source>Backing up the store…</source>
        <translation>Создаётся резервная копия хранилища…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="152"/>
        <source>Backup made</source>
        <translation>Резервная копия создана</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="154"/>
        <source>The backup is in {0}.
Size: {1}. Cases: {2}. Evidence files: {3}.

It is encrypted and opens only with the store&apos;s current passphrase. Use &apos;Verify a backup…&apos; to check it, for example before you rely on a USB stick.</source>
        <translation>Резервная копия находится в {0}.
Размер: {1}. Дел: {2}. Файлов доказательств: {3}.

Она зашифрована и открывается только текущей парольной фразой хранилища. Проверить её можно командой «Проверить резервную копию…», например прежде чем полагаться на USB-флешку.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="161"/>
        <source>Choose the backup to check</source>
        <translation>Выберите резервную копию для проверки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="165"/>
        <source>Verify a backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="167"/>
        <source>Backup: {0}

Type the passphrase the store had when this backup was made; it may differ from the one you use today. The backup is only read, never changed.</source>
        <translation>Резервная копия: {0}

Введите парольную фразу, которая была у хранилища, когда создавалась эта копия; она может отличаться от нынешней. Копия только читается и никогда не изменяется.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="170"/>
        <source>Check the backup</source>
        <translation>Проверить копию</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="178"/>
        <source>Checking every page and every evidence file…</source>
        <translation>Проверяются все страницы и все файлы доказательств…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="187"/>
        <source>The backup is sound.</source>
        <translation>Резервная копия в порядке.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="187"/>
        <source>The backup has problems.</source>
        <translation>В резервной копии обнаружены проблемы.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="189"/>
        <source>every page authenticated</source>
        <translation>подлинность всех страниц подтверждена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="194"/>
        <source>Backup: {0}
Made: {1}
Cases: {2}
Database: {3}
Evidence files: {4} ok, {5} changed, {6} missing</source>
        <translation>Резервная копия: {0}
Создана: {1}
Дел: {2}
База данных: {3}
Файлы доказательств: в порядке — {4}, изменено — {5}, отсутствует — {6}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="201"/>
        <source>Backup check</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="204"/>
        <source>Choose the backup to restore</source>
        <translation>Выберите резервную копию для восстановления</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="207"/>
        <source>Choose a NEW, empty folder for it</source>
        <translation>Выберите для неё НОВУЮ пустую папку</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="210"/>
        <source>Restore a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="211"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="217"/>
        <source>The backup {0} will be restored into a new store in {1}.

Your current store ({2}) is not touched, and the app keeps working in it. To work in the restored store afterwards, quit and start the app with:
casetracker --store &quot;{1}&quot;

Type the passphrase the store had when this backup was made; the restored store keeps it.</source>
        <translation>Резервная копия {0} будет восстановлена в новое хранилище в {1}.

Текущее хранилище ({2}) не затрагивается, и приложение продолжает работать с ним. Чтобы потом работать с восстановленным хранилищем, закройте приложение и запустите его командой:
casetracker --store &quot;{1}&quot;

Введите парольную фразу, которая была у хранилища, когда создавалась эта копия; у восстановленного хранилища останется она же.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="230"/>
        <source>{0} is not empty. A backup is restored only into a new, empty folder, so that nothing is ever written over. Create an empty folder and choose it.</source>
        <translation>{0}: папка не пуста. Резервная копия восстанавливается только в новую пустую папку, чтобы ничего не было перезаписано. Создайте пустую папку и выберите её.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="244"/>
        <source>Restoring the backup…</source>
        <translation>Восстанавливается резервная копия…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="247"/>
        <source>Backup restored</source>
        <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="262"/>
        <location filename="../../casetracker/ui/data_menu.py" line="271"/>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="264"/>
        <source>The store will be encrypted again under the new passphrase; the current one will no longer open it. The backups in the store&apos;s folder are replaced by one made under the new passphrase. Backups elsewhere (a USB stick) still open with the current one: delete them, or keep them as safe as the old passphrase.

Use at least {0} characters; four or more unrelated words are best. If the new passphrase is forgotten, nobody can recover the cases.</source>
        <translation>Хранилище будет заново зашифровано новой парольной фразой; нынешняя перестанет его открывать. Резервные копии в папке хранилища заменяются одной, сделанной под новой фразой. Копии в других местах (на флешке) по-прежнему открываются нынешней фразой: удалите их или храните так же надёжно, как старую фразу.

Используйте не меньше {0} символов; лучше всего четыре или больше не связанных между собой слов. Если новая фраза забудется, восстановить дела не сможет никто.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="296"/>
        <source>Encrypting the store under the new passphrase…</source>
        <translation>Хранилище шифруется новой парольной фразой…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="298"/>
        <source>Passphrase changed</source>
        <translation>Парольная фраза сменена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="325"/>
        <source>Open the case to send first: the bundle holds the case shown.</source>
        <translation>Сначала откройте дело, которое нужно передать: в пакет попадает открытое дело.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="328"/>
        <source>Save the case bundle</source>
        <translation>Сохранить пакет дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="330"/>
        <source>Case bundles (*.bundle)</source>
        <translation>Пакеты дел (*.bundle)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="335"/>
        <source>Send a case to a colleague</source>
        <translation>Передача дела коллеге</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="337"/>
        <source>Case {0}, its person and its evidence files will be written to {1}, encrypted with a passphrase you choose now. Each file is checked first: a changed file stops the bundle.

Tell your colleague the passphrase by another way than the file: say it on a call, never in the same e-mail or chat.</source>
        <translation>Дело {0}, человек и файлы-доказательства будут записаны в {1} в зашифрованном виде с парольной фразой, которую вы сейчас выберете. Каждый файл сначала проверяется: изменённый файл останавливает передачу.

Сообщите коллеге парольную фразу иначе, чем сам файл: скажите её по телефону, но никогда не в том же письме или чате.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="390"/>
        <source>Imported case {0} with %n evidence file(s).</source>
        <translation>
            <numerusform>Дело {0} импортировано, файлов-доказательств: %n.</numerusform>
            <numerusform>Дело {0} импортировано, файлов-доказательств: %n.</numerusform>
            <numerusform>Дело {0} импортировано, файлов-доказательств: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="343"/>
        <source>Write the bundle</source>
        <translation>Записать пакет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="52"/>
        <source>&amp;Import spreadsheet…</source>
        <translation>Импортировать таблицу (&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="54"/>
        <source>Export everything (&amp;JSON)…</source>
        <translation>Экспортировать всё в JSON (&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="55"/>
        <source>Export tables (&amp;CSV)…</source>
        <translation>Экспортировать таблицы в CSV (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="58"/>
        <source>&amp;Back up now…</source>
        <translation>Создать резервную копию (&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="59"/>
        <source>&amp;Verify a backup…</source>
        <translation>Проверить резервную копию (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="60"/>
        <source>Rest&amp;ore a backup…</source>
        <translation>Восстановить резервную копию (&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="61"/>
        <source>Change the &amp;passphrase…</source>
        <translation>Сменить парольную фразу (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="64"/>
        <source>&amp;Send a case to a colleague…</source>
        <translation>Передать дело коллеге (&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="65"/>
        <source>R&amp;eceive a case…</source>
        <translation>Принять дело (&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="67"/>
        <source>Export deadlines to ca&amp;lendar…</source>
        <translation>Экспортировать сроки в календарь (&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="108"/>
        <source>Wrote {0} and {1} to {2}. The file is not encrypted.</source>
        <translation>Записано в {2}: {0} и {1}. Файл не зашифрован.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="109"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="109"/>
        <location filename="../../casetracker/ui/data_menu.py" line="249"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="126"/>
        <source>Wrote {0} CSV files (one per table) to the folder {1}. They are not encrypted.</source>
        <translation>Записано CSV-файлов (по одному на таблицу): {0}, в папку {1}. Они не зашифрованы.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="191"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n проблема</numerusform>
            <numerusform>%n проблемы</numerusform>
            <numerusform>%n проблем</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="239"/>
        <source>Restored {0} and {1} into a new store in {2}. Your current store is unchanged.

To work in the restored store, quit and start the app with:
casetracker --store &quot;{2}&quot;</source>
        <translation>Восстановлено в новое хранилище в {2}: {0} и {1}. Текущее хранилище не изменилось.

Чтобы работать в восстановленном хранилище, закройте приложение и запустите его так:
casetracker --store &quot;{2}&quot;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="250"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n файл доказательств</numerusform>
            <numerusform>%n файла доказательств</numerusform>
            <numerusform>%n файлов доказательств</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="289"/>
        <source>The passphrase was changed: the store now opens only with the new one. %n backup(s) made under the old passphrase were deleted from the store&apos;s folder, and a new one was made.</source>
        <translation>
            <numerusform>Парольная фраза сменена: теперь хранилище открывается только новой. Из папки хранилища удалена %n резервная копия под старой фразой; сделана новая копия.</numerusform>
            <numerusform>Парольная фраза сменена: теперь хранилище открывается только новой. Из папки хранилища удалены %n резервные копии под старой фразой; сделана новая копия.</numerusform>
            <numerusform>Парольная фраза сменена: теперь хранилище открывается только новой. Из папки хранилища удалено %n резервных копий под старой фразой; сделана новая копия.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="353"/>
        <source>Wrote the encrypted bundle of case {0} to {1}. It opens only with its passphrase: give the passphrase to your colleague by another way than the file.</source>
        <translation>Зашифрованный пакет дела {0} записан в {1}. Он открывается только своей парольной фразой: сообщите её коллеге не тем же путём, что и файл.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="357"/>
        <source>Writing the encrypted bundle…</source>
        <translation>Записывается зашифрованный пакет…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="359"/>
        <source>Case bundle written</source>
        <translation>Пакет дела записан</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="364"/>
        <source>Case bundles (*.bundle);;All files (*)</source>
        <translation>Пакеты дел (*.bundle);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="365"/>
        <source>Choose the case bundle</source>
        <translation>Выберите пакет дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="369"/>
        <source>Receive a case</source>
        <translation>Приём дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="371"/>
        <source>Type the passphrase your colleague gave you for {0}. With a wrong one nothing is imported.</source>
        <translation>Введите парольную фразу для {0}, которую вам сообщил коллега. При неверной фразе ничего не импортируется.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="373"/>
        <source>Import the case</source>
        <translation>Импортировать дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="381"/>
        <source>Opening the bundle…</source>
        <translation>Открывается пакет…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="396"/>
        <source>Case number {0} was already taken here; the case is now {1}.</source>
        <translation>Номер дела {0} здесь уже занят; теперь у дела номер {1}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="399"/>
        <source>The person was already in this store and was left as they were.</source>
        <translation>Этот человек уже был в хранилище; его данные оставлены без изменений.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="400"/>
        <source>Case received</source>
        <translation>Дело принято</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="410"/>
        <source>Save the deadlines calendar</source>
        <translation>Сохранить календарь сроков</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="412"/>
        <source>Calendars (*.ics)</source>
        <translation>Календари (*.ics)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="417"/>
        <source>The file is not encrypted and contains names: keep it only where the people are safe.</source>
        <translation>Файл не зашифрован и содержит имена: храните его только там, где люди в безопасности.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="419"/>
        <source>The file is not encrypted; it shows case numbers and kinds of deadline, no names.</source>
        <translation>Файл не зашифрован; в нём видны номера дел и виды сроков, но не имена.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="422"/>
        <source>Writing the calendar…</source>
        <translation>Записывается календарь…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="425"/>
        <source>Calendar written</source>
        <translation>Календарь записан</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/data_menu.py" line="427"/>
        <source>Wrote %n open deadline(s) to {0}, with reminders 7 days and 1 day before.</source>
        <translation>
            <numerusform>В {0} записан %n открытый срок, с напоминаниями за 7 дней и за 1 день.</numerusform>
            <numerusform>В {0} записаны %n открытых срока, с напоминаниями за 7 дней и за 1 день.</numerusform>
            <numerusform>В {0} записано %n открытых сроков, с напоминаниями за 7 дней и за 1 день.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/data_menu.py" line="444"/>
        <source>{0} could not be used: {1}. Nothing was changed in the store.</source>
        <translation>Не удалось использовать {0}: {1}. В хранилище ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="45"/>
        <source>This may be someone already in the store:</source>
        <translation>Возможно, этот человек уже есть в хранилище:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="53"/>
        <source>Choose that person instead, or click again to add a new person anyway.</source>
        <translation>Выберите этого человека или нажмите ещё раз, чтобы всё равно добавить нового.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="116"/>
        <source>the same name {0}</source>
        <translation>одинаковое имя {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="118"/>
        <source>similar names {0} and {1}</source>
        <translation>похожие имена {0} и {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="120"/>
        <source>the same date of birth</source>
        <translation>одинаковая дата рождения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="122"/>
        <source>dates of birth {0} days apart</source>
        <translation>даты рождения различаются на {0} дн.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="126"/>
        <source>the same document number {0}</source>
        <translation>одинаковый номер документа {0}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="110"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="114"/>
        <source>These people may be recorded twice, the likeliest first. Nothing is joined by itself: select a pair, compare the two records, choose the one to keep and press Merge.</source>
        <translation>Эти люди, возможно, записаны дважды; самые вероятные — первыми. Само ничего не объединяется: выберите пару, сравните две записи, выберите, какую оставить, и нажмите «Объединить».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="122"/>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="123"/>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="142"/>
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="160"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="160"/>
        <source>May be the same as</source>
        <translation>Возможно, это тот же человек, что</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="160"/>
        <source>How likely</source>
        <translation>Насколько вероятно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="160"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="181"/>
        <source>Looking for people recorded twice…</source>
        <translation>Ищем людей, записанных дважды…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="218"/>
        <source>No people seem to be recorded twice.</source>
        <translation>Похоже, никто не записан дважды.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="221"/>
        <source>The {0} likeliest of {1} pairs are listed.</source>
        <translation>Показаны {0} самых вероятных пар из {1}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="225"/>
        <source>Pairs found: {0}. Select one to compare the two records.</source>
        <translation>Найдено пар: {0}. Выберите пару, чтобы сравнить две записи.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="235"/>
        <source>Could not look for people recorded twice: {0}</source>
        <translation>Не удалось найти людей, записанных дважды: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="240"/>
        <source>{0} (born {1})</source>
        <translation>{0} (род. {1})</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="244"/>
        <source>Very likely</source>
        <translation>Очень вероятно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="246"/>
        <source>Likely</source>
        <translation>Вероятно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="247"/>
        <source>Possibly</source>
        <translation>Возможно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="293"/>
        <source>Why they may be one person: {0}.</source>
        <translation>Почему это может быть один человек: {0}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="321"/>
        <source>This record stays</source>
        <translation>Эта запись остаётся</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="323"/>
        <source>This record is merged into the other and goes to the trash</source>
        <translation>Эта запись объединяется с другой и уходит в корзину</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="326"/>
        <source>Select a pair above to compare the two records.</source>
        <translation>Выберите пару выше, чтобы сравнить две записи.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="332"/>
        <source>Merge will keep “{0}”: the cases, documents, notes and spellings of “{1}” move to it, and “{1}” goes to the trash.</source>
        <translation>При объединении останется «{0}»: дела, документы, заметки и написания имени «{1}» перейдут к этой записи, а «{1}» уйдёт в корзину.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="347"/>
        <source>Merge “{1}” into “{0}”?

The cases, documents, notes, spellings and risk markers of “{1}” will move to “{0}”, and “{1}” will go to the trash.

This can be undone: restore “{1}” from Case → Trash.</source>
        <translation>Объединить «{1}» с «{0}»?

Дела, документы, заметки, написания имени и отметки о рисках «{1}» перейдут к «{0}», а «{1}» уйдёт в корзину.

Это можно отменить: восстановите «{1}» через меню Дело → Корзина.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="354"/>
        <source>“{1}” was merged into “{0}”. To undo, restore “{1}” from Case → Trash.</source>
        <translation>Запись «{1}» объединена с «{0}». Чтобы отменить, восстановите «{1}» через меню Дело → Корзина.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="104"/>
        <source>Choose a spreadsheet (CSV or Excel .xlsx) with one row per event, case or person. The file is only read; it is never changed. Nothing is stored until you click Import on the last page.</source>
        <translation>Выберите таблицу (CSV или Excel .xlsx), в которой каждая строка — событие, дело или человек. Файл только читается и никогда не изменяется. Ничего не сохраняется, пока вы не нажмёте «Импортировать» на последней странице.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="109"/>
        <source>the spreadsheet file</source>
        <translation>файл таблицы</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="110"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="112"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="62"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="68"/>
        <source>or drop files here. Each file is stored encrypted; the original is not changed.</source>
        <translation>или перетащите файлы сюда. Они хранятся зашифрованными, оригиналы не меняются.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="75"/>
        <source>Belongs to:</source>
        <translation>Относится к:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="92"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="94"/>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="96"/>
        <source>Move to trash…</source>
        <translation>В корзину…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="98"/>
        <source>Check all again</source>
        <translation>Проверить все заново</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="115"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="115"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="115"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="115"/>
        <source>By</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="115"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="116"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="116"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="144"/>
        <source>the whole case</source>
        <translation>делу в целом</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="153"/>
        <source>(deleted event)</source>
        <translation>(удалённое событие)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="159"/>
        <source>whole case</source>
        <translation>всё дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="182"/>
        <source>checked</source>
        <translation>проверен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="183"/>
        <source>checking…</source>
        <translation>проверяется…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="184"/>
        <source>missing!</source>
        <translation>отсутствует!</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="185"/>
        <location filename="../../casetracker/ui/views/attachments.py" line="186"/>
        <source>changed!</source>
        <translation>изменён!</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="187"/>
        <source>unreadable!</source>
        <translation>не читается!</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="206"/>
        <source>The file is exactly as it was when it was added (its SHA-256 matches).</source>
        <translation>Файл в точности такой же, каким был при добавлении (его SHA-256 совпадает).</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="208"/>
        <source>The file is being checked against the SHA-256 taken when it was added.</source>
        <translation>Файл сверяется с SHA-256, вычисленным при добавлении.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="210"/>
        <source>The encrypted file is missing from the store&apos;s attachments folder.</source>
        <translation>Зашифрованный файл отсутствует в папке вложений хранилища.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="211"/>
        <source>The encrypted file cannot be read (check the disk and the folder).</source>
        <translation>Зашифрованный файл не удаётся прочитать (проверьте диск и папку).</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="212"/>
        <source>The file has been changed or damaged since it was added.</source>
        <translation>Файл изменён или повреждён после добавления.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="217"/>
        <source>The evidence may have been tampered with: do not rely on it or pass it on. Restore the newest backup into a new folder and check the file there. Nothing was changed.</source>
        <translation>Возможно, доказательство подделано: не полагайтесь на него и не передавайте его дальше. Восстановите последнюю резервную копию в новую папку и проверьте файл там. Ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="225"/>
        <source>%n file(s) failed the integrity check (marked in red).</source>
        <translation>
            <numerusform>%n файл не прошёл проверку целостности (выделен красным).</numerusform>
            <numerusform>%n файла не прошли проверку целостности (выделены красным).</numerusform>
            <numerusform>%n файлов не прошли проверку целостности (выделены красным).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="236"/>
        <source>No files yet.</source>
        <translation>Файлов пока нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="236"/>
        <source>Select a file to see its details.</source>
        <translation>Выберите файл, чтобы увидеть подробности.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="242"/>
        <source>SHA-256: {0}  ·  {1}</source>
        <translation>SHA-256: {0}  ·  {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="278"/>
        <source>The files could not be checked: {0}</source>
        <translation>Не удалось проверить файлы: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="291"/>
        <source>Add evidence files to the case</source>
        <translation>Добавить файлы доказательств в дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="302"/>
        <source>Only files can be added, and {0} is not one. Nothing was added.</source>
        <translation>Добавлять можно только файлы, а {0} — не файл. Ничего не добавлено.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="314"/>
        <source>Encrypting %n file(s) into the store…</source>
        <translation>
            <numerusform>%n файл шифруется и добавляется в хранилище…</numerusform>
            <numerusform>%n файла шифруются и добавляются в хранилище…</numerusform>
            <numerusform>%n файлов шифруются и добавляются в хранилище…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/attachments.py" line="325"/>
        <source>Added %n file(s) ({0}), stored encrypted with their SHA-256. The originals were not changed.</source>
        <translation>
            <numerusform>Добавлен %n файл ({0}): хранится в зашифрованном виде вместе с SHA-256. Исходные файлы не изменены.</numerusform>
            <numerusform>Добавлено %n файла ({0}): хранятся в зашифрованном виде вместе с SHA-256. Исходные файлы не изменены.</numerusform>
            <numerusform>Добавлено %n файлов ({0}): хранятся в зашифрованном виде вместе с SHA-256. Исходные файлы не изменены.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="332"/>
        <source>Stopped: the files after these were not added.</source>
        <translation>Остановлено: следующие за ними файлы не добавлены.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="334"/>
        <source>Not added: {0}: {1}</source>
        <translation>Не добавлен: {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="375"/>
        <source>This file was not opened.</source>
        <translation>Файл не открыт.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="385"/>
        <source>No program on this computer opens this kind of file. Save a copy instead.</source>
        <translation>На этом компьютере нет программы, которая открывает такие файлы. Сохраните копию.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="388"/>
        <source>Decrypting and checking the file…</source>
        <translation>Файл расшифровывается и проверяется…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="395"/>
        <source>No copy was saved.</source>
        <translation>Копия не сохранена.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="399"/>
        <source>Save a copy of the file</source>
        <translation>Сохранить копию файла</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="410"/>
        <source>Saved a checked copy to {0}. The copy is not encrypted: keep it safe and delete it when it is no longer needed.</source>
        <translation>Проверенная копия сохранена в {0}. Копия не зашифрована: храните её в надёжном месте и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="415"/>
        <source>Checking the file and saving a copy…</source>
        <translation>Файл проверяется, сохраняется копия…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="426"/>
        <source>Move {0} to the trash? It can be restored from Case → Trash.</source>
        <translation>Переместить файл «{0}» в корзину? Его можно восстановить через меню Дело → Корзина.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="429"/>
        <source>Moved {0} to the trash. It can be restored from Case → Trash.</source>
        <translation>Файл «{0}» перемещён в корзину. Его можно восстановить через меню Дело → Корзина.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/attachments.py" line="452"/>
        <source>This file failed its check: it is missing, changed or damaged since it was added, so nothing was opened or saved.</source>
        <translation>Файл не прошёл проверку: после добавления он пропал, изменился или был повреждён, поэтому ничего не открыто и не сохранено.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="94"/>
        <source>Create your case store</source>
        <translation>Создание хранилища дел</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="107"/>
        <source>Everything you store is encrypted with this passphrase. If it is forgotten, nobody can recover the cases: not your organisation, not the developers. Write it down and keep it somewhere safe.</source>
        <translation>Всё, что вы сохраняете, шифруется этой парольной фразой. Если её забыть, восстановить дела не сможет никто: ни ваша организация, ни разработчики. Запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="116"/>
        <source>Backups of the store open with the passphrase the store had when each was made. A case you send to a colleague is locked with a passphrase of its own, chosen when you send it: never give away this one.</source>
        <translation>Резервные копии хранилища открываются той парольной фразой, которая была у хранилища, когда копию сделали. Дело, которое вы отправляете коллеге, запирается отдельной парольной фразой, которую вы выберете при отправке: эту не сообщайте никому.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="123"/>
        <source>New store in:</source>
        <translation>Новое хранилище в папке:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="124"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="126"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="127"/>
        <source>Your name (for the history of changes):</source>
        <translation>Ваше имя (для истории изменений):</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="128"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="131"/>
        <source>Create store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="148"/>
        <source>Too short: use at least {0} characters, ideally four or more words.</source>
        <translation>Слишком короткая: нужно не менее {0} символов, а лучше четыре слова или больше.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="151"/>
        <source>Weak: longer is stronger; a few unrelated words work well.</source>
        <translation>Слабая: чем длиннее, тем надёжнее; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="152"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Средняя: ещё несколько слов — и она станет надёжной.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="153"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="157"/>
        <source>At least {0} characters; four or more words are best.</source>
        <translation>Не менее {0} символов; лучше всего четыре слова или больше.</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="172"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="172"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="172"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="172"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="172"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="174"/>
        <source>No changes recorded yet.</source>
        <translation>Изменений пока нет.</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="42"/>
        <source>Person: full name</source>
        <translation>Человек: полное имя</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="43"/>
        <source>Person: Latin spellings</source>
        <translation>Человек: написания латиницей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="44"/>
        <source>Person: date of birth</source>
        <translation>Человек: дата рождения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="45"/>
        <source>Person: place of birth</source>
        <translation>Человек: место рождения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="46"/>
        <source>Person: citizenship</source>
        <translation>Человек: гражданство</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="47"/>
        <source>Person: languages</source>
        <translation>Человек: языки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="48"/>
        <source>Person: secure contact</source>
        <translation>Человек: защищённая связь</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="49"/>
        <source>Person: current location</source>
        <translation>Человек: местонахождение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="50"/>
        <source>Person: military status</source>
        <translation>Человек: воинский статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="51"/>
        <source>Case: number in the spreadsheet</source>
        <translation>Дело: номер в таблице</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="52"/>
        <source>Case: country</source>
        <translation>Дело: страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="53"/>
        <source>Case: type</source>
        <translation>Дело: тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="54"/>
        <source>Case: opened on</source>
        <translation>Дело: дата открытия</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="55"/>
        <source>Case: status</source>
        <translation>Дело: статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="56"/>
        <source>Case: priority</source>
        <translation>Дело: приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="57"/>
        <source>Case: caseworker</source>
        <translation>Дело: куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="58"/>
        <source>Case: lawyer</source>
        <translation>Дело: юрист</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="59"/>
        <source>Case: summary</source>
        <translation>Дело: суть дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="60"/>
        <source>Event: date</source>
        <translation>Событие: дата</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="61"/>
        <source>Event: what happened</source>
        <translation>Событие: что произошло</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="62"/>
        <source>Event: place</source>
        <translation>Событие: место</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="63"/>
        <source>Event: description</source>
        <translation>Событие: описание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="64"/>
        <source>Event: source</source>
        <translation>Событие: источник</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="65"/>
        <source>Event: country where it happened</source>
        <translation>Событие: страна, где произошло</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="66"/>
        <source>Event: procedure of the decision</source>
        <translation>Событие: процедура решения</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="52"/>
        <source>Import a spreadsheet</source>
        <translation>Импорт таблицы</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="62"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="63"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="64"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="65"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="98"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="92"/>
        <source>Step 1 of 3: choose the spreadsheet</source>
        <translation>Шаг 1 из 3: выберите таблицу</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="93"/>
        <source>Step 2 of 3: say what each column holds</source>
        <translation>Шаг 2 из 3: укажите, что содержит каждый столбец</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="94"/>
        <source>Step 3 of 3: check, then import</source>
        <translation>Шаг 3 из 3: проверьте и импортируйте</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="95"/>
        <source>Imported</source>
        <translation>Импорт завершён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="98"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="128"/>
        <source>The spreadsheet has headings but no rows to import.</source>
        <translation>В таблице есть заголовки, но нет строк для импорта.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="131"/>
        <source>%n row(s) cannot be imported, so nothing will be imported. Correct them in the spreadsheet and open it again, or choose to skip them.</source>
        <translation>
            <numerusform>%n строку нельзя импортировать, поэтому ничего не будет импортировано. Исправьте таблицу и откройте её снова или включите пропуск строк с проблемами.</numerusform>
            <numerusform>%n строки нельзя импортировать, поэтому ничего не будет импортировано. Исправьте таблицу и откройте её снова или включите пропуск строк с проблемами.</numerusform>
            <numerusform>%n строк нельзя импортировать, поэтому ничего не будет импортировано. Исправьте таблицу и откройте её снова или включите пропуск строк с проблемами.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="135"/>
        <source>No row can be imported.</source>
        <translation>Ни одну строку нельзя импортировать.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="138"/>
        <source>Some people may already be in the store. Choose under “Possible duplicates” whether to add the cases to them or to create new persons.</source>
        <translation>Возможно, некоторые люди уже есть в хранилище. На вкладке «Возможные дубликаты» выберите, добавить ли дела к ним или создать новых людей.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="142"/>
        <source>Import stores {0}, {1} and {2} at once: all of it, or nothing.</source>
        <translation>Импорт сохранит всё сразу или ничего: {0}, {1} и {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="143"/>
        <source>%n new person(s)</source>
        <translation>
            <numerusform>%n новый человек</numerusform>
            <numerusform>%n новых человека</numerusform>
            <numerusform>%n новых человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="144"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="219"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="291"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="145"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="220"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="292"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="216"/>
        <source>Checked {0}: {1}, {2}, {3}; {4}.</source>
        <translation>Проверено: {0}. Найдено: {1}, {2}, {3}; {4}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="217"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="218"/>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="290"/>
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n человек</numerusform>
            <numerusform>%n человека</numerusform>
            <numerusform>%n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="221"/>
        <source>%n row(s) with problems</source>
        <translation>
            <numerusform>%n строка с проблемами</numerusform>
            <numerusform>%n строки с проблемами</numerusform>
            <numerusform>%n строк с проблемами</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="289"/>
        <source>Imported {0}, {1} and {2} from {3}.</source>
        <translation>Импортировано из {3}: {0}, {1} и {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="297"/>
        <source>%n person(s) were already in the store; their new cases were added to them.</source>
        <translation>
            <numerusform>%n человек уже был в хранилище; новые дела добавлены к нему.</numerusform>
            <numerusform>%n человека уже были в хранилище; их новые дела добавлены к ним.</numerusform>
            <numerusform>%n человек уже были в хранилище; их новые дела добавлены к ним.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_wizard.py" line="302"/>
        <source>%n row(s) with problems were skipped.</source>
        <translation>
            <numerusform>Пропущена %n строка с проблемами.</numerusform>
            <numerusform>Пропущены %n строки с проблемами.</numerusform>
            <numerusform>Пропущено %n строк с проблемами.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="153"/>
        <source>Choose the spreadsheet to import</source>
        <translation>Выберите таблицу для импорта</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="154"/>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Таблицы (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="164"/>
        <source>Choose a file first.</source>
        <translation>Сначала выберите файл.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="177"/>
        <source>The file is empty: it has no rows to import.</source>
        <translation>Файл пуст: в нём нет строк для импорта.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="192"/>
        <source>Checking every row…</source>
        <translation>Проверяются все строки…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="242"/>
        <source>Save the rows that cannot be imported</source>
        <translation>Сохранить строки, которые нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="244"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="249"/>
        <source>That is the spreadsheet being imported; choose another file name.</source>
        <translation>Это импортируемая таблица; выберите другое имя файла.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="251"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="251"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="251"/>
        <source>Why it cannot be imported</source>
        <translation>Почему нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="261"/>
        <source>Saved to {0}</source>
        <translation>Сохранено в {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="278"/>
        <source>Importing the spreadsheet…</source>
        <translation>Импортируется таблица…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="306"/>
        <source>New cases: {0}</source>
        <translation>Новые дела: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_wizard.py" line="308"/>
        <source>The column choices are remembered for spreadsheets with these headings.</source>
        <translation>Выбор столбцов запомнен для таблиц с такими заголовками.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="52"/>
        <source>Exile Case Tracker</source>
        <translation>Exile Case Tracker</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="56"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="57"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="58"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="59"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="60"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="75"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="100"/>
        <source> (demo)</source>
        <translation> (демо)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="102"/>
        <source>Store: {0}{1} — unlocked</source>
        <translation>Хранилище: {0}{1} — разблокировано</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="118"/>
        <source>These rule profiles could not be loaded and are not used: {0}</source>
        <translation>Эти профили правил не удалось загрузить, они не используются: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="128"/>
        <source>&amp;Case</source>
        <translation>Дело (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="131"/>
        <source>&amp;New case…</source>
        <translation>Новое дело (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="135"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="138"/>
        <source>New &amp;person…</source>
        <translation>Новый человек (&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="139"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="142"/>
        <source>New &amp;event</source>
        <translation>Новое событие (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="145"/>
        <source>PDF s&amp;ummary…</source>
        <translation>Сводка в PDF (&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="145"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="149"/>
        <source>&amp;Search cases</source>
        <translation>Поиск дел (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="152"/>
        <source>Search e&amp;verything…</source>
        <translation>Искать везде (&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="153"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="157"/>
        <source>&amp;Move case to trash…</source>
        <translation>Переместить дело в корзину (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="159"/>
        <source>T&amp;rash…</source>
        <translation>Корзина (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="160"/>
        <source>S&amp;hare case…</source>
        <translation>Поделиться делом (&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="164"/>
        <source>&amp;Lock</source>
        <translation>Заблокировать (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="164"/>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="167"/>
        <source>Se&amp;ttings…</source>
        <translation>Настройки (&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>Выйти (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="177"/>
        <source>&amp;Help</source>
        <translation>Справка (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="179"/>
        <source>&amp;About Exile Case Tracker</source>
        <translation>О программе (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="201"/>
        <source>Main toolbar</source>
        <translation>Главная панель инструментов</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="206"/>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="302"/>
        <source>Open a case first: a new event goes on its timeline.</source>
        <translation>Сначала откройте дело: новое событие добавляется в его хронологию.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="311"/>
        <source>Open a case first: the PDF summary is of the case shown.</source>
        <translation>Сначала откройте дело: сводка в PDF составляется по открытому делу.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="321"/>
        <source>Open a case first: it is the case shown that is shared.</source>
        <translation>Сначала откройте дело: поделиться можно открытым делом.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="335"/>
        <source>Open a case first.</source>
        <translation>Сначала откройте дело.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="338"/>
        <source>Move case {0} to the trash? It can be restored from Case → Trash.</source>
        <translation>Переместить дело {0} в корзину? Его можно восстановить через меню Дело → Корзина.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="136"/>
        <source>No row of this file has headings the app knows, so the first row is taken as the headings. Choose below what each column holds.</source>
        <translation>Ни в одной строке файла нет заголовков, известных приложению, поэтому заголовками считается первая строка. Ниже выберите, что содержит каждый столбец.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="164"/>
        <source>Not in the spreadsheet: the same value for every row</source>
        <translation>Нет в таблице: одно значение для всех строк</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="198"/>
        <source>from the column “{0}”</source>
        <translation>из столбца «{0}»</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="200"/>
        <source>inferred from the case type</source>
        <translation>по типу дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="202"/>
        <source>— not given —</source>
        <translation>— не задано —</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="221"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="221"/>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="221"/>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="225"/>
        <source>(no heading)</source>
        <translation>(без заголовка)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="247"/>
        <source>Excel workbook, sheet “{0}”</source>
        <translation>книга Excel, лист «{0}»</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="250"/>
        <source>semicolons</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="250"/>
        <source>commas</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="250"/>
        <source>tabs</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="251"/>
        <source>CSV text in {0}, separated by {1}</source>
        <translation>текст CSV в кодировке {0}, разделитель — {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="255"/>
        <source>{0}: {1}; headings in row {2}.</source>
        <translation>{0}: {1}; заголовки в строке {2}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="259"/>
        <source>— ignore this column —</source>
        <translation>— пропустить этот столбец —</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="289"/>
        <source>Choose a column, or a value for every row, for: {0}. A case needs its country and type, an event its date and what happened.</source>
        <translation>Выберите столбец или одно значение для всех строк для: {0}. Делу нужны страна и тип, событию — дата и что произошло.</translation>
    </message>
</context>
<context>
    <name>MembersDialog</name>
    <message>
        <location filename="../../casetracker/ui/team.py" line="445"/>
        <source>Team members</source>
        <translation>Участники команды</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="448"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="448"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="448"/>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="448"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="455"/>
        <source>Reading the team&apos;s members from the server…</source>
        <translation>Список участников загружается с сервера…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="459"/>
        <source>&amp;Invite…</source>
        <translation>&amp;Пригласить…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="460"/>
        <source>Write an invitation file for a new member of the team</source>
        <translation>Записать файл приглашения для нового участника команды</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="461"/>
        <source>&amp;New laptop…</source>
        <translation>&amp;Новый ноутбук…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="462"/>
        <source>&amp;Revoke access…</source>
        <translation>&amp;Отозвать доступ…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="492"/>
        <source>{0} (you)</source>
        <translation>{0} (вы)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="494"/>
        <source>set up</source>
        <translation>настроен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="494"/>
        <source>not set up yet</source>
        <translation>ещё не настроен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="495"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="495"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="505"/>
        <source>Supervisors see every case; caseworkers see their own cases and those shared with them; lawyers see the cases shared with them.</source>
        <translation>Руководители видят все дела; кураторы — свои дела и те, которыми с ними поделились; юристы — дела, которыми с ними поделились.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="525"/>
        <source>Choose a member in the list first</source>
        <translation>Сначала выберите участника в списке</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="530"/>
        <source>This is you: another supervisor does this for your laptop</source>
        <translation>Это вы: для вашего ноутбука это делает другой руководитель</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="535"/>
        <source>A new invitation for {0}&apos;s new laptop; their old login stops connecting</source>
        <translation>Новое приглашение для нового ноутбука участника {0}; старый вход перестаёт подключаться</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="540"/>
        <source>{0}&apos;s access is revoked already</source>
        <translation>Доступ участника {0} уже отозван</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="542"/>
        <source>Lock {0} out at once, for a lost or seized laptop</source>
        <translation>Сразу закрыть доступ участнику {0} — если ноутбук потерян или изъят</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="572"/>
        <source>The invitation of {0} ({1}) is in {2}.

It holds their password: hand it over in person (a USB stick), never by e-mail. They join with Team → Join a team…, which uses it up; then delete any copy of the file.</source>
        <translation>Приглашение для {0} ({1}) сохранено в {2}.

В нём записан пароль участника: передайте его из рук в руки (на флешке), никогда не по электронной почте. Участник присоединится через Команда → Присоединиться к команде…, после чего приглашение больше не действует; затем удалите все копии файла.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="584"/>
        <source>{0} can no longer connect; their open connections were ended. Their cases get new keys with the sync that has just started, so what is written afterwards stays unreadable to their laptop.</source>
        <translation>{0} больше не может подключиться; открытые подключения разорваны. Дела этого участника получают новые ключи в только что начатой синхронизации, и всё, что будет записано после этого, его ноутбук прочитать не сможет.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="40"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="41"/>
        <source>Type a name in any spelling…</source>
        <translation>Введите имя в любом написании…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="43"/>
        <source>…or the name of a new person</source>
        <translation>…или имя нового человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="50"/>
        <source>Choose a country…</source>
        <translation>Выберите страну…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="59"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="61"/>
        <source>New person:</source>
        <translation>Новый человек:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="62"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="63"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="64"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="70"/>
        <source>Use that person for this case</source>
        <translation>Открыть дело на этого человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="137"/>
        <source>Opening date: {0}</source>
        <translation>Дата открытия: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="142"/>
        <source>Choose a person from the list, or type the name of a new person.</source>
        <translation>Выберите человека из списка или введите имя нового человека.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="147"/>
        <source>Choose the country of the case.</source>
        <translation>Выберите страну дела.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="235"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="237"/>
        <source>As the person writes it, e.g. in Cyrillic</source>
        <translation>Как пишет сам человек, например кириллицей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="239"/>
        <source>As in the foreign passport (optional)</source>
        <translation>Как в загранпаспорте (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="241"/>
        <source>YYYY-MM-DD or DD.MM.YYYY (optional)</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="243"/>
        <source>Open that person</source>
        <translation>Открыть этого человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="249"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="252"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="253"/>
        <source>Latin spelling:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="254"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="255"/>
        <source>Only the name is needed now; everything else can be added later.</source>
        <translation>Сейчас нужно только имя; остальное можно добавить позже.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="275"/>
        <source>Date of birth: {0}</source>
        <translation>Дата рождения: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="278"/>
        <source>The date of birth is in the future.</source>
        <translation>Дата рождения указана в будущем.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="121"/>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="123"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="139"/>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="59"/>
        <source>Current passphrase:</source>
        <translation>Нынешняя парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="60"/>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="63"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="65"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="89"/>
        <source>Use at least {0} characters.</source>
        <translation>Используйте не менее {0} символов.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/data_dialogs.py" line="91"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="19"/>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="32"/>
        <source>A saved or printed PDF is not encrypted: keep it as carefully as the people in it need.</source>
        <translation>Сохранённый или напечатанный PDF не зашифрован: храните его так бережно, как того требует безопасность людей в нём.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="36"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="38"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="40"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="58"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="59"/>
        <source>Search by name…</source>
        <translation>Поиск по имени…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="61"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="70"/>
        <source>Possible duplicates…</source>
        <translation>Возможные дубликаты…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="71"/>
        <source>People who may be recorded twice, to compare and merge</source>
        <translation>Люди, которые, возможно, записаны дважды: сравнить и объединить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="80"/>
        <source>Choose a person on the left, or add a new person.</source>
        <translation>Выберите человека слева или добавьте нового.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="149"/>
        <source>The first {0} people; type to narrow the list.</source>
        <translation>Показаны первые {0}; уточните запрос, чтобы сузить список.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="151"/>
        <source>Found: {0}</source>
        <translation>Найдено: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="153"/>
        <source>People: {0}</source>
        <translation>Всего человек: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="158"/>
        <source>born {0}</source>
        <translation>род. {0}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="155"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="158"/>
        <source>As the person writes it, e.g. in Cyrillic</source>
        <translation>Как пишет сам человек, например кириллицей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="160"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="162"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="164"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="166"/>
        <source>Birth place:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="169"/>
        <source>Current location:</source>
        <translation>Местонахождение:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="172"/>
        <source>Secure contact:</source>
        <translation>Защищённая связь:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="193"/>
        <source>Risk markers</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="201"/>
        <source>Article of the Criminal Code, case number…</source>
        <translation>Статья УК, номер дела…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="203"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="216"/>
        <source>Other spellings of the name</source>
        <translation>Другие написания имени</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="220"/>
        <source>Passport transliterations, press and court renderings</source>
        <translation>Транслитерации в паспортах, написания в СМИ и судебных документах</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="224"/>
        <source>Add spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="225"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="323"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="237"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="243"/>
        <source>Double-click a case, or press Enter, to open it</source>
        <translation>Чтобы открыть дело, дважды щёлкните по нему или нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="244"/>
        <source>No cases for this person yet.</source>
        <translation>У этого человека пока нет дел.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="246"/>
        <source>Double-click a case to open it.</source>
        <translation>Дважды щёлкните по делу, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="248"/>
        <source>New case for this person…</source>
        <translation>Новое дело для этого человека…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="258"/>
        <source>Documents and permits</source>
        <translation>Документы и разрешения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="260"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="290"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="260"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="290"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="260"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="290"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="260"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="290"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="261"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="291"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="278"/>
        <source>Issuing country: two-letter code such as RU, GE or DE</source>
        <translation>Страна выдачи: двухбуквенный код, например RU, GE или DE</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="284"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="286"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="619"/>
        <source>Valid from: {0}</source>
        <translation>Действует с: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="624"/>
        <source>Valid until: {0}</source>
        <translation>Действует до: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="168"/>
        <source>Where the person is now</source>
        <translation>Где человек сейчас</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="109"/>
        <source>Move person to trash…</source>
        <translation>Переместить человека в корзину…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="111"/>
        <source>Only a person without cases can be moved to the trash.</source>
        <translation>В корзину можно переместить только человека без дел.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="171"/>
        <source>As agreed with the person</source>
        <translation>Как договорились с человеком</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="222"/>
        <source>New spelling</source>
        <translation>Новое написание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="272"/>
        <source>Remove selected document</source>
        <translation>Удалить выбранный документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="302"/>
        <source>Add a document:</source>
        <translation>Добавить документ:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="312"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="318"/>
        <source>Spouse or partner</source>
        <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="318"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="318"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="318"/>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="319"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="321"/>
        <source>Relative&apos;s name</source>
        <translation>Имя родственника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="322"/>
        <source>Add relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="326"/>
        <source>Relation:</source>
        <translation>Родство:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="439"/>
        <source>{0} (expired)</source>
        <translation>{0} (срок истёк)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="465"/>
        <source>deadline passed {0}</source>
        <translation>срок истёк {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="519"/>
        <source>Move {0} to the trash? It can be restored from Case → Trash.</source>
        <translation>Переместить {0} в корзину? Запись можно восстановить через меню Дело → Корзина.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="534"/>
        <source>A name is needed; the previous name is kept.</source>
        <translation>Имя обязательно; оставлено прежнее имя.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="553"/>
        <source>This date is in the future.</source>
        <translation>Эта дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="579"/>
        <source>Remove the marker “{0}” and its details?</source>
        <translation>Удалить фактор риска «{0}» и его подробности?</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="602"/>
        <source>This spelling is already there.</source>
        <translation>Такое написание уже есть.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="627"/>
        <source>“Valid until” is before “Valid from”.</source>
        <translation>Дата «Действует до» раньше даты «Действует с».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="651"/>
        <source>Type the relative&apos;s name.</source>
        <translation>Введите имя родственника.</translation>
    </message>
</context>
<context>
    <name>PersonMarks</name>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="160"/>
        <source>A case of this person is critical.</source>
        <translation>У этого человека есть критическое дело.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="163"/>
        <source>Risk markers: {0}</source>
        <translation>Факторы риска: {0}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="312"/>
        <source>Persons</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="313"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="314"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="315"/>
        <source>Rows with problems</source>
        <translation>Строки с проблемами</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="316"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="329"/>
        <location filename="../../casetracker/ui/views/import_pages.py" line="333"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="329"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="329"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="329"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="329"/>
        <source>Case type</source>
        <translation>Тип дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="330"/>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="330"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="330"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="333"/>
        <location filename="../../casetracker/ui/views/import_pages.py" line="345"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="333"/>
        <source>Why it cannot be imported</source>
        <translation>Почему нельзя импортировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="335"/>
        <source>&amp;Save this list as CSV…</source>
        <translation>&amp;Сохранить список в CSV…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="342"/>
        <source>In the spreadsheet</source>
        <translation>В таблице</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="342"/>
        <source>Already in the store</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="342"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="345"/>
        <source>Where its values go</source>
        <translation>Куда попадут значения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="377"/>
        <source>These people may be someone already in the store: the same name in some spelling, and no birth date that tells them apart. Check each before you import.</source>
        <translation>Возможно, эти люди уже есть в хранилище: то же имя в каком-то написании, и дата рождения их не различает. Проверьте каждого перед импортом.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="384"/>
        <source>Do not import yet: I will check these people first</source>
        <translation>Пока не импортировать: сначала я проверю этих людей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="385"/>
        <source>Add the imported cases to the person already in the store</source>
        <translation>Добавить импортируемые дела к человеку, который уже есть в хранилище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="386"/>
        <source>Create a new person all the same</source>
        <translation>Всё равно создать нового человека</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="420"/>
        <source>… and %n more: save the list to see every one.</source>
        <translation>
            <numerusform>… и ещё %n проблема: сохраните список, чтобы увидеть все.</numerusform>
            <numerusform>… и ещё %n проблемы: сохраните список, чтобы увидеть все.</numerusform>
            <numerusform>… и ещё %n проблем: сохраните список, чтобы увидеть все.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="426"/>
        <source>Skip the %n row(s) with problems and import the rest</source>
        <translation>
            <numerusform>Пропустить %n строку с проблемами и импортировать остальные</numerusform>
            <numerusform>Пропустить %n строки с проблемами и импортировать остальные</numerusform>
            <numerusform>Пропустить %n строк с проблемами и импортировать остальные</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="430"/>
        <source>Rows to import ({0})</source>
        <translation>Строки для импорта ({0})</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="431"/>
        <source>Cannot be imported ({0})</source>
        <translation>Нельзя импортировать ({0})</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="432"/>
        <source>Possible duplicates ({0})</source>
        <translation>Возможные дубликаты ({0})</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="440"/>
        <source>(same for every row)</source>
        <translation>(одно для всех строк)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="440"/>
        <source>(inferred)</source>
        <translation>(определено автоматически)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/import_pages.py" line="453"/>
        <source>%n column(s) will not be imported: {0}. See “Columns” for why.</source>
        <translation>
            <numerusform>%n столбец не будет импортирован: {0}. Почему — см. «Столбцы».</numerusform>
            <numerusform>%n столбца не будут импортированы: {0}. Почему — см. «Столбцы».</numerusform>
            <numerusform>%n столбцов не будут импортированы: {0}. Почему — см. «Столбцы».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="454"/>
        <source>“{0}”</source>
        <translation>«{0}»</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="458"/>
        <source>What happened is {0}. To set it yourself, go back and choose it for every row.</source>
        <translation>Что произошло, определяется {0}. Чтобы задать самим, вернитесь назад и выберите значение для всех строк.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="463"/>
        <source>Columns ({0})</source>
        <translation>Столбцы ({0})</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/import_pages.py" line="484"/>
        <source>date of birth unknown</source>
        <translation>дата рождения неизвестна</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../casetracker/ui/i18n.py" line="16"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/i18n.py" line="17"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/i18n.py" line="18"/>
        <source>%1 File</source>
        <translation>Файл %1</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../casetracker/ui/i18n.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/i18n.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="59"/>
        <source>Other spellings:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="60"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="61"/>
        <source>Place of birth:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="62"/>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="63"/>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="64"/>
        <source>Recorded on:</source>
        <translation>Запись создана:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="69"/>
        <source>Keep this record</source>
        <translation>Оставить эту запись</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="78"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="80"/>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="86"/>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="89"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="86"/>
        <location filename="../../casetracker/ui/views/duplicates_dialog.py" line="89"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="118"/>
        <source>from (YYYY-MM-DD), empty for all</source>
        <translation>с (ГГГГ-ММ-ДД), пусто — все</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="119"/>
        <source>to (YYYY-MM-DD), empty for all</source>
        <translation>по (ГГГГ-ММ-ДД), пусто — все</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="124"/>
        <source>Build statistics…</source>
        <translation>Построить статистику…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="126"/>
        <source>Statistics: cases by country, kind, status and month</source>
        <translation>Статистика: дела по странам, типам, статусам и месяцам</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="128"/>
        <source>Cases opened from:</source>
        <translation>Дела, открытые с:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="129"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="130"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="131"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="135"/>
        <source>Case summaries for a lawyer are made from the case itself: open a case, then &apos;PDF summary…&apos;. The statistics contain no names and no case details.</source>
        <translation>Сводка для юриста делается из самого дела: откройте дело и нажмите «PDF-сводка…». В статистике нет имён и подробностей дел.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="165"/>
        <source>Building the statistics…</source>
        <translation>Строится статистика…</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="44"/>
        <source>in any {0} days</source>
        <translation>за любые {0} дней</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="46"/>
        <source>per entry</source>
        <translation>за один въезд</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="58"/>
        <source>Stay</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="67"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="99"/>
        <source>entered by hand</source>
        <translation>введён вручную</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="101"/>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="106"/>
        <source>period not verified</source>
        <translation>срок не проверен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="79"/>
        <source>No deadlines.</source>
        <translation>Сроков нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="49"/>
        <source>Over the limit since {0}; the last legal day was {1}.</source>
        <translation>Превышение с {0}; последний законный день был {1}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="53"/>
        <source>{0} days left after today. Last legal day: {1}.</source>
        <translation>Осталось дней после сегодняшнего: {0}. Последний законный день: {1}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="60"/>
        <source>{0} of {1} days {2} used.</source>
        <translation>Использовано {0} из {1} дней {2}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="85"/>
        <source>Findings</source>
        <translation>Выводы по правилам</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="39"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="42"/>
        <source>Name in any spelling, case number, place, words of a note…</source>
        <translation>Имя в любом написании, номер дела, место, слова из заметки…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="52"/>
        <source>Double-click a result, or press Enter, to open it</source>
        <translation>Чтобы открыть, дважды щёлкните результат или нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="98"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="99"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="100"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="101"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/search.py" line="112"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="124"/>
        <source>Double-click, or press Enter, to open this case</source>
        <translation>Чтобы открыть это дело, дважды щёлкните или нажмите Enter</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <location filename="../../casetracker/ui/launcher.py" line="162"/>
        <source>The rules were updated: the deadlines of %n case(s) changed.</source>
        <translation>
            <numerusform>Правила обновлены: изменились сроки в %n деле.</numerusform>
            <numerusform>Правила обновлены: изменились сроки в %n делах.</numerusform>
            <numerusform>Правила обновлены: изменились сроки в %n делах.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/launcher.py" line="171"/>
        <source>The case store failed its integrity check ({0}). Keep working only to copy out what you need, and restore the newest backup into a new folder.</source>
        <translation>Хранилище не прошло проверку целостности ({0}). Работайте дальше только чтобы скопировать нужное, и восстановите последнюю резервную копию в новую папку.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/launcher.py" line="188"/>
        <source>The daily backup could not be made: {0}</source>
        <translation>Не удалось сделать ежедневную резервную копию: {0}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../casetracker/ui/settings_dialog.py" line="13"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/settings_dialog.py" line="18"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/settings_dialog.py" line="21"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/settings_dialog.py" line="22"/>
        <source>Lock after being idle for:</source>
        <translation>Блокировать при бездействии более:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="130"/>
        <source>Who reads case {0}</source>
        <translation>Кто читает дело {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="132"/>
        <source>Share case {0}</source>
        <translation>Поделиться делом {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="139"/>
        <source>The member you choose can read this case and its person from their next sync on; a caseworker can work on it too, a lawyer only reads it. Supervisors see every case already.</source>
        <translation>Выбранный участник увидит это дело и его человека после своей следующей синхронизации; куратор сможет и работать с ним, юрист — только читать. Руководители и так видят все дела.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="144"/>
        <source>Who reads this case now</source>
        <translation>Кто сейчас читает это дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="147"/>
        <source>Asking the team server…</source>
        <translation>Запрос к серверу команды…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="149"/>
        <location filename="../../casetracker/ui/views/case_team.py" line="286"/>
        <source>Reading the team&apos;s members from the server…</source>
        <translation>Список участников загружается с сервера…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="154"/>
        <source>Share</source>
        <translation>Поделиться</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="161"/>
        <source>Share with:</source>
        <translation>С кем:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="222"/>
        <source>{0} ({1}), who made it</source>
        <translation>{0} ({1}) — автор дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="228"/>
        <source>Stop sharing</source>
        <translation>Закрыть доступ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="231"/>
        <source>{0} no longer receives this case: it is sealed with a new key from now on</source>
        <translation>{0} больше не будет получать это дело: отныне оно будет зашифровано новым ключом</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="269"/>
        <source>{0} no longer receives this case: it is sealed with a new key from now on, one they never get. What their laptop received before stays there.</source>
        <translation>{0} больше не получает это дело: отныне оно зашифровано новым ключом, которого у этого участника не будет. То, что ноутбук этого участника получил раньше, на нём остаётся.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="235"/>
        <source>Only the member who made this case, or a supervisor, can stop sharing it</source>
        <translation>Закрыть доступ к делу может только участник, который его завёл, или руководитель</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="240"/>
        <source>It is shared with nobody else. </source>
        <translation>Больше ни с кем им не поделились. </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="241"/>
        <source>Supervisors read every case.</source>
        <translation>Руководители читают все дела.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="249"/>
        <source>Stop sharing case {0} with {1}? They will no longer receive it; what their laptop received before stays there.</source>
        <translation>Закрыть доступ к делу {0} для: {1}? Этот участник больше не будет его получать; то, что его ноутбук получил раньше, на нём остаётся.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="256"/>
        <source>Stopping sharing with {0}…</source>
        <translation>Доступ для {0} закрывается…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="285"/>
        <source>There is nobody in the team to share it with yet.</source>
        <translation>В команде пока нет никого, с кем можно поделиться.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="304"/>
        <source>nobody else: everyone who may have it reads it already</source>
        <translation>больше некому: все, кому можно, уже его читают</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="315"/>
        <source>Sharing…</source>
        <translation>Доступ открывается…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_team.py" line="327"/>
        <source>Shared with {0}: they will see the case after their next sync.</source>
        <translation>Доступ открыт для: {0}. Дело появится у этого участника после следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>SummaryOptions</name>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="50"/>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="55"/>
        <source>For the lawyer: everything</source>
        <translation>Для юриста: всё</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="56"/>
        <source>For sharing: no contacts, address, family or notes</source>
        <translation>Для передачи: без контактов, адреса, семьи и заметок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="58"/>
        <source>Initials instead of names</source>
        <translation>Инициалы вместо имён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="63"/>
        <source>Case:</source>
        <translation>Дело:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="64"/>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="66"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="67"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
</context>
<context>
    <name>TeamControl</name>
    <message>
        <location filename="../../casetracker/ui/team.py" line="192"/>
        <source>&amp;Team</source>
        <translation>Команда (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="193"/>
        <source>&amp;Join a team…</source>
        <translation>Присоединиться к команде (&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="194"/>
        <source>&amp;Members…</source>
        <translation>Участники (&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="196"/>
        <source>&amp;Sync now</source>
        <translation>Синхронизировать сейчас (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="249"/>
        <source>This store is in no team: join one first with Team → Join a team…</source>
        <translation>Это хранилище не входит в команду: сначала присоединитесь к ней (Команда → Присоединиться к команде…)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="253"/>
        <source>Who is in the team, their roles and whether their laptop is set up</source>
        <translation>Кто в команде, их роли и настроен ли их ноутбук</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="255"/>
        <source>Send the changes made here and fetch the team&apos;s, now</source>
        <translation>Отправить изменения, сделанные здесь, и получить изменения команды — сейчас</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="260"/>
        <source>This store is in a team already: a store can be in one team only</source>
        <translation>Это хранилище уже входит в команду: хранилище может входить только в одну команду</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="262"/>
        <source>Join your organisation&apos;s team with the invitation file you were given</source>
        <translation>Присоединиться к команде своей организации с полученным файлом приглашения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="267"/>
        <source>Team: not synced yet</source>
        <translation>Команда: ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="278"/>
        <source>Team: changes to send</source>
        <translation>Команда: есть изменения для отправки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="279"/>
        <source>They go out with the next sync, in a few seconds if online.</source>
        <translation>Они уйдут со следующей синхронизацией — через несколько секунд, если есть связь.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="308"/>
        <source>Team: syncing…</source>
        <translation>Команда: синхронизация…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="327"/>
        <source>Team: offline — %n change(s) waiting</source>
        <translation>
            <numerusform>Команда: нет связи — ждёт %n изменение</numerusform>
            <numerusform>Команда: нет связи — ждут %n изменения</numerusform>
            <numerusform>Команда: нет связи — ждут %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="329"/>
        <source>Team: not synced — %n change(s) waiting</source>
        <translation>
            <numerusform>Команда: не синхронизировано — ждёт %n изменение</numerusform>
            <numerusform>Команда: не синхронизировано — ждут %n изменения</numerusform>
            <numerusform>Команда: не синхронизировано — ждут %n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="332"/>
        <source>Team: offline</source>
        <translation>Команда: нет связи</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="332"/>
        <location filename="../../casetracker/ui/team.py" line="350"/>
        <source>Team: not synced</source>
        <translation>Команда: не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="337"/>
        <source>Team: %n conflict(s)</source>
        <translation>
            <numerusform>Команда: %n конфликт</numerusform>
            <numerusform>Команда: %n конфликта</numerusform>
            <numerusform>Команда: %n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="339"/>
        <source>Team: synced {0}</source>
        <translation>Команда: синхронизировано в {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="341"/>
        <source>Last synced at {0}. Team → Sync now (Ctrl+Shift+S) syncs at once.</source>
        <translation>Последняя синхронизация в {0}. Команда → Синхронизировать сейчас (Ctrl+Shift+S) — синхронизировать сразу.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="367"/>
        <source>Choose the team invitation</source>
        <translation>Выберите файл приглашения в команду</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="368"/>
        <source>Team invitations (*.json *.invitation);;All files (*)</source>
        <translation>Приглашения в команду (*.json *.invitation);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="383"/>
        <source>You joined the team as {0} ({1}).</source>
        <translation>Вы вошли в команду: {0} ({1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/team.py" line="385"/>
        <source>%n record(s) of this store will be shared at the first sync.</source>
        <translation>
            <numerusform>При первой синхронизации команде будет передана %n запись этого хранилища.</numerusform>
            <numerusform>При первой синхронизации команде будут переданы %n записи этого хранилища.</numerusform>
            <numerusform>При первой синхронизации команде будут переданы %n записей этого хранилища.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="387"/>
        <source>The invitation file holds your password for the team server. Delete it now? (Recommended.)</source>
        <translation>В файле приглашения записан ваш пароль к серверу команды. Удалить его сейчас? (Рекомендуется.)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/team.py" line="395"/>
        <source>Keep the invitation file safe, or delete it: it holds your password.</source>
        <translation>Храните файл приглашения в надёжном месте или удалите его: в нём ваш пароль.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="79"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="79"/>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="79"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="79"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="85"/>
        <source>2022-09-15, 2022-09 (month only) or ~2022-09-15</source>
        <translation>2022-09-15, 2022-09 (только месяц) или ~2022-09-15</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="93"/>
        <source>In the case&apos;s country</source>
        <translation>В стране дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="97"/>
        <source>Not recorded (every period that may apply is shown)</source>
        <translation>Не записана (показаны все сроки, которые могут применяться)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="102"/>
        <location filename="../../casetracker/ui/views/timeline.py" line="185"/>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="104"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="107"/>
        <source>Delete selected event…</source>
        <translation>Удалить выбранное событие…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="118"/>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="119"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="121"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="122"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="43"/>
        <source>approx. {0}</source>
        <translation>около {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="112"/>
        <source>Procedure, as the decision states it:</source>
        <translation>Процедура, как указано в решении:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="125"/>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="173"/>
        <location filename="../../casetracker/ui/views/timeline.py" line="200"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="212"/>
        <source>Not a date: write 2022-09-15, 15.09.2022, 2022-09 or ~2022-09-15</source>
        <translation>Это не дата: введите 2022-09-15, 15.09.2022, 2022-09 или ~2022-09-15</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="255"/>
        <source>Move the event of {0} to the trash? It can be restored from Case → Trash.</source>
        <translation>Переместить событие от {0} в корзину? Его можно восстановить через меню Дело → Корзина.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="36"/>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="40"/>
        <source>Records moved to the trash stay in the store until they are restored. Select one and press Restore to put it back where it was.</source>
        <translation>Записи в корзине остаются в хранилище, пока их не восстановят. Выберите запись и нажмите «Восстановить», чтобы вернуть её на место.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="46"/>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="52"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="66"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="66"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="66"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="66"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="147"/>
        <source>{0} · merged into {1}</source>
        <translation>{0} · объединён(а) с {1}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="153"/>
        <source>{0} restored: {1}. The merge was undone: their cases, documents and notes are theirs again.</source>
        <translation>Восстановлено ({0}): {1}. Объединение отменено: дела, документы и заметки снова относятся к этой записи.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="156"/>
        <source>{0} restored: {1} (case {2}).</source>
        <translation>Восстановлено ({0}): {1} (дело {2}).</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/trash.py" line="157"/>
        <source>{0} restored: {1}.</source>
        <translation>Восстановлено ({0}): {1}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="213"/>
        <source>Unlock the case store</source>
        <translation>Разблокировка хранилища дел</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="219"/>
        <source>Store:</source>
        <translation>Хранилище:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="220"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="222"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="239"/>
        <source>This is the demo store, with made-up cases. Its passphrase is “{0}”.</source>
        <translation>Это демонстрационное хранилище с вымышленными делами. Его парольная фраза — «{0}».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="254"/>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="266"/>
        <source>Updating the store to this version: a backup is made first, then the search index is rebuilt. On a large store this takes a minute or two; don&apos;t close the app.</source>
        <translation>Хранилище обновляется для этой версии программы: сначала делается резервная копия, затем заново строится поисковый указатель. В большом хранилище это занимает минуту-другую; не закрывайте программу.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="296"/>
        <source>Please wait until the update is finished: the app opens by itself then.</source>
        <translation>Дождитесь окончания обновления: после него программа откроется сама.</translation>
    </message>
</context>
<context>
    <name>failures</name>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="43"/>
        <source>{0} could not be used: {1}. Nothing was changed in the store.</source>
        <translation>Не удалось использовать {0}: {1}. В хранилище ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="46"/>
        <source>The disk or the system refused: {0}. Nothing was changed in the store.</source>
        <translation>Диск или система отказали: {0}. В хранилище ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="55"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="56"/>
        <location filename="../../casetracker/ui/failures.py" line="57"/>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="58"/>
        <source>it does not exist (is the disk connected?)</source>
        <translation>его не существует (подключён ли диск?)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="59"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="60"/>
        <source>the disk could not be read or written</source>
        <translation>диск не удалось прочитать или записать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="61"/>
        <source>a folder on its way is a file, not a folder</source>
        <translation>одна из папок на пути — это файл, а не папка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="62"/>
        <source>it is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="63"/>
        <source>a file of that name is in the way</source>
        <translation>мешает файл с таким же именем</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="92"/>
        <source>Something went wrong inside the app during “{0}”, and it was stopped. The step that failed changed nothing, and everything saved before is safe.</source>
        <translation>В приложении произошла ошибка во время операции «{0}», и она остановлена. Прерванный шаг ничего не изменил, всё сохранённое раньше в сохранности.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="98"/>
        <source>Something went wrong inside the app, and the last change was not saved. Everything saved before is safe. Check what is shown, then make the change again.</source>
        <translation>В приложении произошла ошибка, и последнее изменение не сохранено. Всё сохранённое раньше в сохранности. Проверьте, что отображается, и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="104"/>
        <source>Something went wrong inside the app, and the last action was stopped. The step that failed changed nothing, and everything saved before is safe. Check that what you just did is shown as you expect.</source>
        <translation>В приложении произошла ошибка, и последнее действие остановлено. Прерванный шаг ничего не изменил, всё сохранённое раньше в сохранности. Проверьте, что только что сделанное отображается так, как вы ожидаете.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/failures.py" line="111"/>
        <source>If it happens again, please send this file with your report; it holds no case data: {0}</source>
        <translation>Если это повторится, пожалуйста, приложите к сообщению об ошибке этот файл; в нём нет данных дел: {0}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="51"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="52"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="53"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="54"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="55"/>
        <source>Attachment</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="57"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="62"/>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="63"/>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="64"/>
        <source>Moved to trash</source>
        <translation>Перемещено в корзину</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="65"/>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="66"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="67"/>
        <source>Copy saved</source>
        <translation>Сохранена копия</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="68"/>
        <source>Opened for viewing</source>
        <translation>Открыт для просмотра</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="73"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="75"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="76"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="56"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="69"/>
        <source>Conflict settled</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="70"/>
        <source>Conflicting value kept</source>
        <translation>Сохранено спорное значение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="77"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="78"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="79"/>
        <source>Caseworker</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="80"/>
        <source>Lawyer</source>
        <translation>Юрист</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="81"/>
        <source>Summary</source>
        <translation>Суть дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="82"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="83"/>
        <source>Alert level</source>
        <translation>Уровень сигнала</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="84"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="85"/>
        <source>Date precision</source>
        <translation>Точность даты</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="86"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="87"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="88"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="89"/>
        <source>Procedure</source>
        <translation>Процедура</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="90"/>
        <source>Annulled on</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="91"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="92"/>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="93"/>
        <source>Event it runs from</source>
        <translation>Событие, от которого отсчитывается</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="94"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="95"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="96"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="97"/>
        <source>In trash</source>
        <translation>В корзине</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../casetracker/ui/operations.py" line="187"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="123"/>
        <source>caseworker</source>
        <translation>куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="124"/>
        <source>supervisor</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="125"/>
        <source>lawyer</source>
        <translation>юрист</translation>
    </message>
</context>
</TS>
