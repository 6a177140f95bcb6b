<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="54"/>
        <source>PDF summary…</source>
        <translation>PDF-сводка…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="57"/>
        <source>Undo last edit</source>
        <translation>Отменить последнюю правку</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="62"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="63"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="64"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="65"/>
        <source>Caseworker:</source>
        <translation>Куратор:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="66"/>
        <source>Lawyer:</source>
        <translation>Юрист:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="67"/>
        <source>Summary:</source>
        <translation>Суть дела:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="68"/>
        <source>Outcome:</source>
        <translation>Итог:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="69"/>
        <source>Overview (saved as you type)</source>
        <translation>Обзор (сохраняется по мере ввода)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="71"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="79"/>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="80"/>
        <source>Rules and deadlines</source>
        <translation>Правила и сроки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="81"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="82"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="189"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_editor.py" line="192"/>
        <source>Born: {0}</source>
        <translation>Дата рождения: {0}</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="33"/>
        <source>Search number, name in any spelling, summary…</source>
        <translation>Поиск по номеру, имени в любом написании, сути дела…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="35"/>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="37"/>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="38"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="39"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="41"/>
        <source>Any caseworker</source>
        <translation>Любой куратор</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_list.py" line="43"/>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/case_list.py" line="72"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="21"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="22"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="23"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="24"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="25"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="26"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="27"/>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/case_table.py" line="28"/>
        <source>Alert</source>
        <translation>Сигнал</translation>
    </message>
</context>
<context>
    <name>CountriesView</name>
    <message>
        <location filename="../../casetracker/ui/views/countries.py" line="46"/>
        <source>Not loaded (fix these files): {0}</source>
        <translation>Не загружены (исправьте эти файлы): {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/countries.py" line="54"/>
        <source>Not verified for more than 180 days</source>
        <translation>Не проверялось более 180 дней</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="26"/>
        <source>Overdue deadlines</source>
        <translation>Просроченные сроки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="27"/>
        <source>Deadlines in the next 14 days</source>
        <translation>Сроки в ближайшие 14 дней</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="28"/>
        <source>Critical risk</source>
        <translation>Критический риск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="29"/>
        <source>Recently changed</source>
        <translation>Недавно изменённые</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="68"/>
        <source>Nothing overdue.</source>
        <translation>Просроченных сроков нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="72"/>
        <source>No deadlines in the next two weeks.</source>
        <translation>В ближайшие две недели сроков нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="75"/>
        <source>No case at critical risk.</source>
        <translation>Нет дел с критическим риском.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/dashboard.py" line="77"/>
        <source>No cases yet.</source>
        <translation>Дел пока нет.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="54"/>
        <source>Create your case store</source>
        <translation>Создание хранилища дел</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="66"/>
        <source>Everything you store is encrypted with this passphrase. If it is forgotten, nobody can recover the cases: not your organisation, not the developers. Write it down and keep it somewhere safe.</source>
        <translation>Всё, что вы сохраняете, шифруется этой парольной фразой. Если её забыть, восстановить дела не сможет никто: ни ваша организация, ни разработчики. Запишите её и храните в надёжном месте.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="74"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="76"/>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="77"/>
        <source>Your name (for the history of changes):</source>
        <translation>Ваше имя (для истории изменений):</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="78"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="81"/>
        <source>Create store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="97"/>
        <source>Too short: use at least {0} characters, ideally four or more words.</source>
        <translation>Слишком короткая: нужно не менее {0} символов, а лучше четыре слова или больше.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="100"/>
        <source>Weak: longer is stronger; a few unrelated words work well.</source>
        <translation>Слабая: чем длиннее, тем надёжнее; хорошо подходят несколько не связанных между собой слов.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="101"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>Средняя: ещё несколько слов — и она станет надёжной.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="102"/>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="106"/>
        <source>At least {0} characters; four or more words are best.</source>
        <translation>Не менее {0} символов; лучше всего четыре слова или больше.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="41"/>
        <source>Exile Case Tracker</source>
        <translation>Exile Case Tracker</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="45"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="46"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="47"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="48"/>
        <source>Countries</source>
        <translation>Страны</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="49"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="58"/>
        <source>All cases</source>
        <translation>Все дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="82"/>
        <source> (demo)</source>
        <translation> (демо)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="84"/>
        <source>Store: {0}{1} — unlocked</source>
        <translation>Хранилище: {0}{1} — разблокировано</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="97"/>
        <source>These rule profiles could not be loaded and are not used: {0}</source>
        <translation>Эти профили правил не удалось загрузить, они не используются: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="105"/>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="107"/>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="108"/>
        <source>New &amp;event</source>
        <translation>Новое &amp;событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="109"/>
        <source>&amp;Search cases</source>
        <translation>&amp;Поиск дел</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="110"/>
        <source>Search &amp;everything…</source>
        <translation>Искать &amp;везде…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="111"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="112"/>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="185"/>
        <source>Open a case first: a new event goes on its timeline.</source>
        <translation>Сначала откройте дело: новое событие добавляется в его хронологию.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/main_window.py" line="215"/>
        <source>Something went wrong; nothing was lost.</source>
        <translation>Что-то пошло не так; данные не потеряны.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="33"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="34"/>
        <source>Type a name in any spelling…</source>
        <translation>Введите имя в любом написании…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="36"/>
        <source>…or the name of a new person</source>
        <translation>…или имя нового человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="49"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="51"/>
        <source>New person:</source>
        <translation>Новый человек:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="52"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="53"/>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="54"/>
        <source>Opened on:</source>
        <translation>Дата открытия:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/new_case.py" line="86"/>
        <source>Choose a person from the list, or type the name of a new person.</source>
        <translation>Выберите человека из списка или введите имя нового человека.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="182"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="184"/>
        <source>As the person writes it, e.g. in Cyrillic</source>
        <translation>Как пишет сам человек, например кириллицей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="186"/>
        <source>As in the foreign passport (optional)</source>
        <translation>Как в загранпаспорте (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="188"/>
        <source>YYYY-MM-DD or DD.MM.YYYY (optional)</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ (необязательно)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="194"/>
        <source>Add person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="197"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="198"/>
        <source>Latin spelling:</source>
        <translation>Латиницей:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="199"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="200"/>
        <source>Only the name is needed now; everything else can be added later.</source>
        <translation>Сейчас нужно только имя; остальное можно добавить позже.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="219"/>
        <source>The date of birth is not a real date. Write YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Такой даты рождения не существует. Введите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="222"/>
        <source>The date of birth is in the future.</source>
        <translation>Дата рождения указана в будущем.</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="92"/>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="94"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="110"/>
        <source>No notes yet.</source>
        <translation>Заметок пока нет.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="17"/>
        <source>Report preview</source>
        <translation>Просмотр отчёта</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="31"/>
        <source>A saved or printed PDF is not encrypted: keep it as carefully as the people in it need.</source>
        <translation>Сохранённый или напечатанный PDF не зашифрован: храните его так бережно, как того требует безопасность людей в нём.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="35"/>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="37"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="39"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/pdf_preview.py" line="57"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="49"/>
        <source>Search by name…</source>
        <translation>Поиск по имени…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="51"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="67"/>
        <source>Choose a person on the left, or add a new person.</source>
        <translation>Выберите человека слева или добавьте нового.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="125"/>
        <source>The first {0} people; type to narrow the list.</source>
        <translation>Показаны первые {0}; уточните запрос, чтобы сузить список.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="127"/>
        <source>Found: {0}</source>
        <translation>Найдено: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="129"/>
        <source>People: {0}</source>
        <translation>Всего человек: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/people.py" line="134"/>
        <source>born {0}</source>
        <translation>род. {0}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="139"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="142"/>
        <source>As the person writes it, e.g. in Cyrillic</source>
        <translation>Как пишет сам человек, например кириллицей</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="144"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="146"/>
        <source>YYYY-MM-DD or DD.MM.YYYY</source>
        <translation>ГГГГ-ММ-ДД или ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="148"/>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="150"/>
        <source>Birth place:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="153"/>
        <source>Current location:</source>
        <translation>Местонахождение:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="156"/>
        <source>Secure contact:</source>
        <translation>Защищённая связь:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="177"/>
        <source>Risk markers</source>
        <translation>Факторы риска</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="184"/>
        <source>Article of the Criminal Code, case number…</source>
        <translation>Статья УК, номер дела…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="186"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="198"/>
        <source>Other spellings of the name</source>
        <translation>Другие написания имени</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="202"/>
        <source>Passport transliterations, press and court renderings</source>
        <translation>Транслитерации в паспортах, написания в СМИ и судебных документах</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="205"/>
        <source>Add spelling</source>
        <translation>Добавить написание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="206"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="297"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="218"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="222"/>
        <source>Double-click a case, or press Enter, to open it</source>
        <translation>Чтобы открыть дело, дважды щёлкните по нему или нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="223"/>
        <source>No cases for this person yet.</source>
        <translation>У этого человека пока нет дел.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="227"/>
        <source>Double-click a case to open it.</source>
        <translation>Дважды щёлкните по делу, чтобы открыть его.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="232"/>
        <source>Documents and permits</source>
        <translation>Документы и разрешения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="234"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="264"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="234"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="264"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="234"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="264"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="234"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="264"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="235"/>
        <location filename="../../casetracker/ui/views/person_editor.py" line="265"/>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="252"/>
        <source>Issuing country: two-letter code such as RU, GE or DE</source>
        <translation>Страна выдачи: двухбуквенный код, например RU, GE или DE</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="258"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="260"/>
        <source>Add document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="152"/>
        <source>Where the person is now</source>
        <translation>Где человек сейчас</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="155"/>
        <source>As agreed with the person</source>
        <translation>Как договорились с человеком</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="204"/>
        <source>New spelling</source>
        <translation>Новое написание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="246"/>
        <source>Remove selected document</source>
        <translation>Удалить выбранный документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="276"/>
        <source>Add a document:</source>
        <translation>Добавить документ:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="286"/>
        <source>Family</source>
        <translation>Семья</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="292"/>
        <source>Spouse or partner</source>
        <translation>Супруг(а) или партнёр</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="292"/>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="292"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="292"/>
        <source>Sibling</source>
        <translation>Брат или сестра</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="293"/>
        <source>Other relative</source>
        <translation>Другой родственник</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="295"/>
        <source>Relative&apos;s name</source>
        <translation>Имя родственника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="296"/>
        <source>Add relative</source>
        <translation>Добавить родственника</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="300"/>
        <source>Relation:</source>
        <translation>Родство:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="399"/>
        <source>{0} (expired)</source>
        <translation>{0} (срок истёк)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="456"/>
        <source>A name is needed; the previous name is kept.</source>
        <translation>Имя обязательно; оставлено прежнее имя.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="470"/>
        <source>Not a real date. Write YYYY-MM-DD or DD.MM.YYYY.</source>
        <translation>Такой даты не существует. Введите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="473"/>
        <source>This date is in the future.</source>
        <translation>Эта дата в будущем.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="499"/>
        <source>Remove the marker “{0}” and its details?</source>
        <translation>Удалить фактор риска «{0}» и его подробности?</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="522"/>
        <source>This spelling is already there.</source>
        <translation>Такое написание уже есть.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="536"/>
        <source>“Valid from” is not a real date. Write YYYY-MM-DD.</source>
        <translation>В поле «Действует с» несуществующая дата. Введите ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="541"/>
        <source>“Valid until” is not a real date. Write YYYY-MM-DD.</source>
        <translation>В поле «Действует до» несуществующая дата. Введите ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="544"/>
        <source>“Valid until” is before “Valid from”.</source>
        <translation>Дата «Действует до» раньше даты «Действует с».</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/person_editor.py" line="566"/>
        <source>Type the relative&apos;s name.</source>
        <translation>Введите имя родственника.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="109"/>
        <source>from (YYYY-MM-DD), empty for all</source>
        <translation>с (ГГГГ-ММ-ДД), пусто — все</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="110"/>
        <source>to (YYYY-MM-DD), empty for all</source>
        <translation>по (ГГГГ-ММ-ДД), пусто — все</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="115"/>
        <source>Build statistics…</source>
        <translation>Построить статистику…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="117"/>
        <source>Statistics: cases by country, kind, status and month</source>
        <translation>Статистика: дела по странам, типам, статусам и месяцам</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="119"/>
        <source>Cases opened from:</source>
        <translation>Дела, открытые с:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="120"/>
        <source>to:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="121"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="122"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="126"/>
        <source>Case summaries for a lawyer are made from the case itself: open a case, then &apos;PDF summary…&apos;. The statistics contain no names and no case details.</source>
        <translation>Сводка для юриста делается из самого дела: откройте дело и нажмите «PDF-сводка…». В статистике нет имён и подробностей дел.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="155"/>
        <source>Building the statistics…</source>
        <translation>Строится статистика…</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="40"/>
        <source>in any {0} days</source>
        <translation>за любые {0} дней</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="42"/>
        <source>per entry</source>
        <translation>за один въезд</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="44"/>
        <source>already passed</source>
        <translation>уже прошёл</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="47"/>
        <source>Stay</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="49"/>
        <source>{0} of {1} days {2} used, {3} left. Last legal day: {4}.</source>
        <translation>Использовано дней: {0} из {1} {2}, осталось: {3}. Последний день законного пребывания: {4}.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="56"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="64"/>
        <source>entered by hand</source>
        <translation>введён вручную</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="70"/>
        <source>No deadlines.</source>
        <translation>Сроков нет.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/case_panels.py" line="75"/>
        <source>Findings</source>
        <translation>Выводы по правилам</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="31"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="34"/>
        <source>Name in any spelling, case number, place, words of a note…</source>
        <translation>Имя в любом написании, номер дела, место, слова из заметки…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="61"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="62"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="63"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/search.py" line="64"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casetracker/ui/views/search.py" line="71"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n результат</numerusform>
            <numerusform>%n результата</numerusform>
            <numerusform>%n результатов</numerusform>
        </translation>
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
    <name>SummaryOptions</name>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="44"/>
        <source>Case summary</source>
        <translation>Сводка по делу</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="46"/>
        <source>For the lawyer: everything</source>
        <translation>Для юриста: всё</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="47"/>
        <source>For sharing: no contacts, address, family or notes</source>
        <translation>Для передачи: без контактов, адреса, семьи и заметок</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="49"/>
        <source>Initials instead of names</source>
        <translation>Инициалы вместо имён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="53"/>
        <source>For:</source>
        <translation>Для:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="55"/>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="56"/>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="57"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="57"/>
        <source>What</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="57"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="57"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="67"/>
        <source>2022-09-15, 2022-09 (month only) or ~2022-09-15</source>
        <translation>2022-09-15, 2022-09 (только месяц) или ~2022-09-15</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="73"/>
        <location filename="../../casetracker/ui/views/timeline.py" line="128"/>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="75"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="78"/>
        <source>Delete selected event…</source>
        <translation>Удалить выбранное событие…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="84"/>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="85"/>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="86"/>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="87"/>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="119"/>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="136"/>
        <source>Not a date: write 2022-09-15, 15.09.2022, 2022-09 or ~2022-09-15</source>
        <translation>Это не дата: введите 2022-09-15, 15.09.2022, 2022-09 или ~2022-09-15</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="173"/>
        <source>Move the event of {0} to the trash? It can be restored from the trash.</source>
        <translation>Переместить событие от {0} в корзину? Его можно будет восстановить из корзины.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="138"/>
        <source>Unlock the case store</source>
        <translation>Разблокировка хранилища дел</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="142"/>
        <source>Store: {0}</source>
        <translation>Хранилище: {0}</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="145"/>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/unlock.py" line="147"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="16"/>
        <source>This may be someone already in the store:</source>
        <translation>Возможно, этот человек уже есть в хранилище:</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/duplicate_warning.py" line="20"/>
        <source>Open that person instead, or click again to add a new person anyway.</source>
        <translation>Откройте его карточку или нажмите ещё раз, чтобы всё же добавить нового человека.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../casetracker/ui/background.py" line="52"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="82"/>
        <source>Building the case summary…</source>
        <translation>Строится сводка по делу…</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/reports.py" line="96"/>
        <source>The report could not be built.</source>
        <translation>Не удалось построить отчёт.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/views/timeline.py" line="36"/>
        <source>approx. {0}</source>
        <translation>около {0}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="12"/>
        <source>Entry denial</source>
        <translation>Отказ во въезде</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="13"/>
        <source>Visa cancellation</source>
        <translation>Аннулирование визы</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="14"/>
        <source>Residence permit annulment</source>
        <translation>Аннулирование ВНЖ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="15"/>
        <source>Asylum</source>
        <translation>Убежище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="16"/>
        <source>Detention / extradition</source>
        <translation>Задержание / экстрадиция</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="17"/>
        <source>Abduction / disappearance</source>
        <translation>Похищение / исчезновение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="18"/>
        <source>Deportation</source>
        <translation>Депортация</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="19"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="21"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="22"/>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="23"/>
        <source>Appeal</source>
        <translation>Обжалование</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="24"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="25"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="26"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="27"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="28"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="30"/>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="31"/>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="32"/>
        <source>Entry denied</source>
        <translation>Отказ во въезде</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="33"/>
        <source>Visa issued</source>
        <translation>Виза выдана</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="34"/>
        <source>Visa cancelled</source>
        <translation>Виза аннулирована</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="35"/>
        <source>Permit issued</source>
        <translation>ВНЖ выдан</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="36"/>
        <source>Permit annulled</source>
        <translation>ВНЖ аннулирован</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="37"/>
        <source>Application filed</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="38"/>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="39"/>
        <source>Positive decision</source>
        <translation>Положительное решение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="40"/>
        <source>Negative decision</source>
        <translation>Отрицательное решение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="41"/>
        <source>Decision notified</source>
        <translation>Решение вручено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="42"/>
        <source>Appeal filed</source>
        <translation>Жалоба подана</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="43"/>
        <source>Hearing</source>
        <translation>Слушание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="44"/>
        <source>Detention</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="45"/>
        <source>Release</source>
        <translation>Освобождение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="46"/>
        <source>Extradition request</source>
        <translation>Запрос об экстрадиции</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="47"/>
        <source>Interim measure</source>
        <translation>Обеспечительная мера</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="48"/>
        <source>Disappearance</source>
        <translation>Исчезновение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="49"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="50"/>
        <source>Located</source>
        <translation>Местонахождение установлено</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="51"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="53"/>
        <source>Exact day</source>
        <translation>Точная дата</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="54"/>
        <source>Month only</source>
        <translation>Только месяц</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="55"/>
        <source>Approximate</source>
        <translation>Приблизительно</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="57"/>
        <source>Criminal case in Russia</source>
        <translation>Уголовное дело в России</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="58"/>
        <source>Federal wanted list</source>
        <translation>Федеральный розыск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="59"/>
        <source>Interstate wanted list</source>
        <translation>Межгосударственный розыск</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="60"/>
        <source>Interpol notice</source>
        <translation>Уведомление Интерпола</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="61"/>
        <source>Foreign agent</source>
        <translation>«Иностранный агент»</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="62"/>
        <source>Mobilisation summons</source>
        <translation>Мобилизационная повестка</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="63"/>
        <source>Deserter</source>
        <translation>Дезертирство</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="65"/>
        <source>Appeal (accelerated)</source>
        <translation>Обжалование (ускоренная процедура)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="66"/>
        <source>Appeal (detained)</source>
        <translation>Обжалование (под стражей)</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="67"/>
        <source>Asylum filing limit</source>
        <translation>Срок подачи на убежище</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="68"/>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="69"/>
        <source>Last day of lawful stay</source>
        <translation>Последний день законного пребывания</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="70"/>
        <source>Document expiry</source>
        <translation>Истечение срока документа</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="71"/>
        <source>Done</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="72"/>
        <source>Missed</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="73"/>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="75"/>
        <source>Foreign passport</source>
        <translation>Загранпаспорт</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="76"/>
        <source>Internal passport</source>
        <translation>Внутренний паспорт</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="77"/>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="78"/>
        <source>Residence permit</source>
        <translation>ВНЖ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="79"/>
        <source>Travel document</source>
        <translation>Проездной документ</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="80"/>
        <source>Cyrillic</source>
        <translation>Кириллица</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="81"/>
        <source>Latin</source>
        <translation>Латиница</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="83"/>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="84"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/labels.py" line="85"/>
        <source>Critical</source>
        <translation>Критично</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../casetracker/ui/launcher.py" line="92"/>
        <source>The case store failed its integrity check ({0}). Keep working only to copy out what you need, and restore the newest backup into a new folder.</source>
        <translation>Хранилище не прошло проверку целостности ({0}). Работайте дальше только чтобы скопировать нужное, и восстановите последнюю резервную копию в новую папку.</translation>
    </message>
    <message>
        <location filename="../../casetracker/ui/launcher.py" line="100"/>
        <source>The daily backup could not be made: {0}</source>
        <translation>Не удалось сделать ежедневную резервную копию: {0}</translation>
    </message>
</context>
</TS>
