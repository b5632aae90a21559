<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>supolka::AboutDialog</name>
    <message>
        <source>About Supolka</source>
        <translation>О Суполке</translation>
    </message>
    <message>
        <source>Supolka %1</source>
        <translation>Суполка %1</translation>
    </message>
    <message>
        <source>Members, events with check-in at the door, aid cases and exit polls for chapters of the Belarusian diaspora: offline, private, in one file.</source>
        <translation>Участники, мероприятия с отметкой на входе, дела помощи и экзитполы для общин белорусской диаспоры: без сети, приватно, в одном файле.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1): you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Свободная программа под GNU General Public License, версия 3 или более поздняя (%1): её можно использовать, изучать, распространять и изменять. Гарантии нет.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <source>This computer keeps the database in %1</source>
        <translation>Этот компьютер хранит базу в %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Лицензия…</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
</context>
<context>
    <name>supolka::AddAnswerCommand</name>
    <message>
        <source>Answer “%1” at station %2</source>
        <translation>Ответ «%1» на участке %2</translation>
    </message>
</context>
<context>
    <name>supolka::AidCase</name>
    <message>
        <source>housing</source>
        <translation>жильё</translation>
    </message>
    <message>
        <source>food</source>
        <translation>питание</translation>
    </message>
    <message>
        <source>legal help</source>
        <translation>юридическая помощь</translation>
    </message>
    <message>
        <source>documents, visa, asylum</source>
        <translation>документы, виза, убежище</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>медицинская помощь</translation>
    </message>
    <message>
        <source>psychological</source>
        <translation>психологическая помощь</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>финансовая помощь</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>работа</translation>
    </message>
    <message>
        <source>other</source>
        <comment>need of an aid case</comment>
        <translation>другое</translation>
    </message>
</context>
<context>
    <name>supolka::AtomicFile</name>
    <message>
        <source>Could not save %1: the disk %2 is full (%3 free). Free some space or choose another place; the file was left as it was.</source>
        <translation>Не удалось сохранить %1: диск %2 заполнен (свободно %3). Освободите место или выберите другое место; файл остался как был.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation>Не удалось сохранить %1: %2. Файл остался как был.</translation>
    </message>
</context>
<context>
    <name>supolka::Bundle</name>
    <message>
        <source>“%1” cannot be a file of a bundle.</source>
        <translation>«%1» не может быть файлом пакета.</translation>
    </message>
    <message>
        <source>Could not write the bundle: %1</source>
        <translation>Не удалось записать пакет: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka bundle, or it is damaged or cut short.</source>
        <translation>%1 — не пакет Supolka, или он повреждён либо обрезан.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 повреждён: один из элементов не читается.</translation>
    </message>
    <message>
        <source>%1 holds “%2”, which a bundle never has; it was not made by Supolka or was changed.</source>
        <translation>%1 содержит «%2», чего в пакете никогда не бывает: он создан не в Supolka или был изменён.</translation>
    </message>
    <message>
        <source>%1 is damaged: “%2” does not read back whole.</source>
        <translation>%1 повреждён: «%2» читается не полностью.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a Supolka bundle.</source>
        <translation>В %1 нет manifest.json: это не пакет Supolka.</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать манифест %1: %2</translation>
    </message>
    <message>
        <source>The manifest of %1 has no format version.</source>
        <translation>В манифесте %1 не указана версия формата.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Supolka (bundle format %2; this version reads up to %3). Update Supolka to read it.</source>
        <translation>%1 создан более новой версией Supolka (формат пакета %2; эта версия читает до %3). Обновите Supolka, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>The manifest of %1 does not say which chapter sent it.</source>
        <translation>В манифесте %1 не указано, какое объединение его отправило.</translation>
    </message>
    <message>
        <source>The manifest of %1 lists “%2” wrongly.</source>
        <translation>В манифесте %1 неверно описан файл «%2».</translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: it is incomplete.</source>
        <translation>В %1 нет %2, хотя он указан в манифесте: пакет неполный.</translation>
    </message>
    <message>
        <source>%2 in %1 is not what was sent (its checksum differs): the bundle was damaged or changed.</source>
        <translation>%2 в %1 не совпадает с отправленным (контрольная сумма отличается): пакет повреждён или изменён.</translation>
    </message>
    <message>
        <source>%2 in %1 has %3 rows, but its manifest says %4.</source>
        <translation>В %2 из %1 строк: %3, а по манифесту: %4.</translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: it was changed.</source>
        <translation>%1 содержит %2, которого нет в манифесте: пакет был изменён.</translation>
    </message>
    <message>
        <source>Could not write the bundle: out of memory.</source>
        <translation>Не удалось записать пакет: не хватает памяти.</translation>
    </message>
    <message>
        <source>%1 holds more files than a bundle ever has.</source>
        <translation>%1 содержит больше файлов, чем бывает в пакете.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than any bundle Supolka writes; it was not unpacked.</source>
        <translation>%1 распаковывается в более чем %2 МБ — больше любого пакета, который пишет Supolka; его не распаковывали.</translation>
    </message>
    <message>
        <source>The manifest of %1 gives a format version that is not a whole number of a bundle format.</source>
        <translation>Манифест %1 указывает версию формата, которая не является целым номером формата пакета.</translation>
    </message>
    <message>
        <source>The manifest of %1 gives %2 a number of rows that is not a whole number in range.</source>
        <translation>Манифест %1 указывает для %2 число строк, которое не является целым числом в допустимых пределах.</translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation>%1 больше любого пакета, который пишет Supolka; его не читали.</translation>
    </message>
    <message>
        <source>The manifest of %1 names its seal wrongly.</source>
        <translation>В манифесте %1 неверно описана печать пакета.</translation>
    </message>
    <message>
        <source>The manifest of %1 names a chapter in a way Supolka never writes; it was not read.</source>
        <translation>Манифест %1 называет объединение так, как Supolka никогда не пишет; пакет не прочитан.</translation>
    </message>
</context>
<context>
    <name>supolka::CaseCharts</name>
    <message>
        <source>Cases: %1 · open: %2 · overdue: %3</source>
        <translation>Дел: %1 · открытых: %2 · просроченных: %3</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>выплачено: %1</translation>
    </message>
    <message>
        <source>Open cases by need</source>
        <translation>Открытые дела по потребностям</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Дела по статусам</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Payments per month, by currency</source>
        <translation>Платежи по месяцам, по валютам</translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has aid cases.</source>
        <translation>Графики появятся здесь, когда у объединения будут дела помощи.</translation>
    </message>
</context>
<context>
    <name>supolka::CaseCsv</name>
    <message>
        <source>“%1” is not a case status</source>
        <translation>«%1» — не статус дела</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«%1» — не дата и время</translation>
    </message>
    <message>
        <source>the submission has no _uuid</source>
        <translation>в анкете нет _uuid</translation>
    </message>
    <message>
        <source>there is no case with the id “%1”; import the cases first</source>
        <translation>дела с id «%1» нет; сначала импортируйте дела</translation>
    </message>
    <message>
        <source>“%1” is not a kind of note (note, call, meeting, status, assignment)</source>
        <translation>«%1» — не вид записи (note, call, meeting, status, assignment)</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>заметка пустая</translation>
    </message>
    <message>
        <source>the payment has no date</source>
        <translation>у платежа нет даты</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN)</source>
        <translation>«%1» — не код валюты (ISO 4217, например EUR или PLN)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minor units (cents)</source>
        <translation>«%1» — не целое число минимальных единиц (центов)</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2 of the %3 format (see docs/csv-formats.md).</source>
        <translation>В %1 нет столбцов формата %3: %2 (см. docs/csv-formats.md).</translation>
    </message>
    <message>
        <source>Person %1</source>
        <comment>pseudonym of a sensitive case</comment>
        <translation>Человек %1</translation>
    </message>
    <message>
        <source>a payment needs an amount above zero, not %1</source>
        <translation>платёж должен быть больше нуля, а не %1</translation>
    </message>
    <message>
        <source>Could not read every aid case from the database; nothing was written.</source>
        <translation>Не удалось прочитать из базы все дела помощи; ничего не записано.</translation>
    </message>
    <message>
        <source>“%1” is not a priority (low, normal, high, urgent); the case was taken as normal</source>
        <translation>«%1» — не приоритет (низкий, обычный, высокий, срочный); дело принято как обычное</translation>
    </message>
    <message>
        <source>“%1” is not a need Supolka knows; it was left out</source>
        <translation>Supolka не знает потребности «%1»; она пропущена</translation>
    </message>
    <message>
        <source>the row names no need Supolka knows; the case was filed under “other”</source>
        <translation>в строке нет ни одной известной Supolka потребности; дело внесено как «другое»</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation>Supolka не знает страну «%1»; страна оставлена пустой</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation>Supolka не знает язык «%1»; он пропущен</translation>
    </message>
    <message>
        <source>the case would be opened in the future (%1); it was opened today</source>
        <translation>дело было бы открыто в будущем (%1); оно открыто сегодня</translation>
    </message>
    <message>
        <source>the due date %1 is before the case was opened; it was left empty</source>
        <translation>срок %1 раньше дня открытия дела; он оставлен пустым</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::CaseEditor</name>
    <message>
        <source>Member</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation>Кому помогаем</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запрос</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не участник</translation>
    </message>
    <message>
        <source>Name as the person gives it</source>
        <translation>Имя так, как его называет человек</translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger</source>
        <translation>Телефон, e-mail или мессенджер</translation>
    </message>
    <message>
        <source>Belarusian, Russian</source>
        <translation>Белорусский, русский</translation>
    </message>
    <message>
        <source>What the person asks for, in a few lines</source>
        <translation>О чём просит человек, в нескольких строках</translation>
    </message>
    <message>
        <source>%1 (empty: no due date)</source>
        <translation>%1 (пусто: без срока)</translation>
    </message>
    <message>
        <source>Status and volunteer</source>
        <translation>Статус и волонтёр</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Save the case first; then you can move it on, assign a volunteer, write notes and record payments.</source>
        <translation>Сначала сохраните дело; затем можно менять его статус, назначить волонтёра, писать заметки и записывать платежи.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Nobody is responsible for the case</source>
        <translation>Никто не отвечает за дело</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Подобрать…</translation>
    </message>
    <message>
        <source>Members whose skills, languages and place fit this case</source>
        <translation>Участники, чьи навыки, языки и место подходят для этого дела</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>timeline entry</comment>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>timeline entry</comment>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Что произошло, о чём договорились, что дальше</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add to the timeline (%1)</source>
        <translation>Добавить в хронологию (%1)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Автор:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сумма:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Назначение:</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Записать платёж</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Удалить платёж</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Сохранить (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation>«%1» — не дата; запишите её в виде %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Case %1 is opened. Now move it on, assign a volunteer, write notes or record payments.</source>
        <translation>Дело %1 открыто. Теперь можно менять его статус, назначить волонтёра, писать заметки или записывать платежи.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Дело %1 сохранено.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>Save the new case before closing?</source>
        <translation>Сохранить новое дело перед закрытием?</translation>
    </message>
    <message>
        <source>Save the changes to case %1 before closing?</source>
        <translation>Сохранить изменения в деле %1 перед закрытием?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить редактирование</translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation>Начать работу…</translation>
    </message>
    <message>
        <source>Resume work…</source>
        <translation>Возобновить работу…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Открыть снова…</translation>
    </message>
    <message>
        <source>Wait for others…</source>
        <translation>Перевести в ожидание…</translation>
    </message>
    <message>
        <source>Mark resolved…</source>
        <translation>Отметить как решённое…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрыть дело…</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Дело %1 — %2</translation>
    </message>
    <message>
        <source>New aid case</source>
        <translation>Новое дело помощи</translation>
    </message>
    <message>
        <source>A member of the chapter: %1</source>
        <translation>Участник объединения: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Итог: %1</translation>
    </message>
    <message>
        <source>The case becomes “%1”</source>
        <translation>Дело переходит в статус «%1»</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пока никто</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>status change</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>timeline entry</comment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation>Пока ничего не выплачено.</translation>
    </message>
    <message>
        <source>Paid in total: %1</source>
        <translation>Всего выплачено: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Дело %1</translation>
    </message>
    <message>
        <source>What came of the case? Closing needs the outcome.</source>
        <translation>Чем закончилось дело? Для закрытия нужен итог.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыть дело</translation>
    </message>
    <message>
        <source>Why is the case reopened? (optional)</source>
        <translation>Почему дело открыто снова? (необязательно)</translation>
    </message>
    <message>
        <source>Why does the case become “%1”? (optional)</source>
        <translation>Почему дело переходит в статус «%1»? (необязательно)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Изменить статус</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation>Статус не изменён: %1</translation>
    </message>
    <message>
        <source>Case %1 is now “%2”.</source>
        <translation>Дело %1 теперь в статусе «%2».</translation>
    </message>
    <message>
        <source>No active member has skills, languages or a place that fit. Type a name above to assign anybody.</source>
        <translation>Нет активных участников с подходящими навыками, языками или местом. Введите имя выше, чтобы назначить любого.</translation>
    </message>
    <message>
        <source>Best fit first. Choose one and press Assign.</source>
        <translation>Сначала самые подходящие. Выберите одного и нажмите «Назначить».</translation>
    </message>
    <message>
        <source>The volunteer was not changed: %1</source>
        <translation>Волонтёр не изменён: %1</translation>
    </message>
    <message>
        <source>Nobody is responsible for case %1 now.</source>
        <translation>Теперь за дело %1 никто не отвечает.</translation>
    </message>
    <message>
        <source>%1 takes care of case %2.</source>
        <translation>%1 занимается делом %2.</translation>
    </message>
    <message>
        <source>Not added to the timeline: %1</source>
        <translation>Не добавлено в хронологию: %1</translation>
    </message>
    <message>
        <source>Added to the timeline of case %1.</source>
        <translation>Добавлено в хронологию дела %1.</translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation>Платёж не записан: %1</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; choose one such as EUR or PLN.</source>
        <translation>«%1» — не код валюты; выберите, например, EUR или PLN.</translation>
    </message>
    <message>
        <source>Type the amount paid, such as %1.</source>
        <translation>Введите выплаченную сумму, например %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2; write it like %3.</source>
        <translation>«%1» — не сумма в %2; запишите её в виде %3.</translation>
    </message>
    <message>
        <source>Recorded a payment of %1.</source>
        <translation>Записан платёж: %1.</translation>
    </message>
    <message>
        <source>Removed the payment of %1.</source>
        <translation>Удалён платёж: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Nobody is responsible any more</source>
        <comment>timeline entry</comment>
        <translation>Больше никто не отвечает</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>timeline entry</comment>
        <translation>Поручено: %1</translation>
    </message>
    <message>
        <source>Assigned to a volunteer</source>
        <comment>timeline entry</comment>
        <translation>Поручено волонтёру</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Деликатное</translation>
    </message>
    <message>
        <source>Hidden from the list unless shown on purpose, never exported with the name.</source>
        <translation>Скрыто из списка, пока его не показать намеренно; никогда не экспортируется с именем.</translation>
    </message>
    <message>
        <source>A member&apos;s name, e-mail or phone</source>
        <translation>Имя, e-mail или телефон участника</translation>
    </message>
    <message>
        <source>The member who is helped; leave it empty for someone who is not a member</source>
        <translation>Участник, которому помогают; оставьте пустым для того, кто не участник</translation>
    </message>
    <message>
        <source>Type a member&apos;s name</source>
        <translation>Имя участника</translation>
    </message>
    <message>
        <source>Rent, lawyer, tickets…</source>
        <translation>Аренда, юрист, билеты…</translation>
    </message>
</context>
<context>
    <name>supolka::CaseList</name>
    <message>
        <source>Could not read the aid cases: %1</source>
        <translation>Не удалось прочитать дела помощи: %1</translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; payments: %1</source>
        <translation>Не удалось прочитать выплаты по делам помощи: %1</translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; volunteers: %1</source>
        <translation>Не удалось прочитать волонтёров дел помощи: %1</translation>
    </message>
</context>
<context>
    <name>supolka::CaseRepository</name>
    <message>
        <source>Say who is helped: choose a member or type a name.</source>
        <translation>Укажите, кому помогаем: выберите участника или введите имя.</translation>
    </message>
    <message>
        <source>Choose at least one need.</source>
        <translation>Выберите хотя бы одну потребность.</translation>
    </message>
    <message>
        <source>“%1” is not a known need; use one of: %2.</source>
        <translation>«%1» — неизвестная потребность; используйте одну из: %2.</translation>
    </message>
    <message>
        <source>Write a short summary of the request.</source>
        <translation>Напишите краткое описание запроса.</translation>
    </message>
    <message>
        <source>The due date is before the case was opened.</source>
        <translation>Срок раньше даты открытия дела.</translation>
    </message>
    <message>
        <source>The case cannot be opened in the future.</source>
        <translation>Дело не может быть открыто в будущем.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation>«%1» — не код страны (ISO 3166, например PL или LT).</translation>
    </message>
    <message>
        <source>“%1” is not a language code (ISO 639-1, such as be, ru, pl).</source>
        <translation>«%1» — не код языка (ISO 639-1, например be, ru, pl).</translation>
    </message>
    <message>
        <source>A closed case needs its outcome.</source>
        <translation>Для закрытого дела нужен итог.</translation>
    </message>
    <message>
        <source>Could not save the case: %1</source>
        <translation>Не удалось сохранить дело: %1</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Не удалось сохранить заметку: %1</translation>
    </message>
    <message>
        <source>This case no longer exists. Reload the list.</source>
        <translation>Этого дела больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>Could not delete the case: %1</source>
        <translation>Не удалось удалить дело: %1</translation>
    </message>
    <message>
        <source>Could not restore the case: %1</source>
        <translation>Не удалось восстановить дело: %1</translation>
    </message>
    <message>
        <source>Say what came of the case before closing it.</source>
        <translation>Прежде чем закрыть дело, укажите его итог.</translation>
    </message>
    <message>
        <source>This volunteer is no longer a member.</source>
        <translation>Этот волонтёр больше не участник.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Заметка пустая.</translation>
    </message>
    <message>
        <source>Status changes and assignments are written by the case itself.</source>
        <translation>Смены статуса и назначения дело записывает само.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation>«%1» — не дата и время.</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>Не удалось удалить заметку: %1</translation>
    </message>
    <message>
        <source>Only notes, calls and meetings can be deleted; status changes stay.</source>
        <translation>Удалять можно только заметки, звонки и встречи; смены статуса остаются.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN).</source>
        <translation>«%1» — не код валюты (ISO 4217, например EUR или PLN).</translation>
    </message>
    <message>
        <source>A payment needs an amount above zero.</source>
        <translation>Сумма платежа должна быть больше нуля.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Платёж не может быть датирован будущим числом.</translation>
    </message>
    <message>
        <source>Could not save the payment: %1</source>
        <translation>Не удалось сохранить платёж: %1</translation>
    </message>
    <message>
        <source>Could not delete the payment: %1</source>
        <translation>Не удалось удалить платёж: %1</translation>
    </message>
    <message>
        <source>Could not restore the payment: %1</source>
        <translation>Не удалось восстановить платёж: %1</translation>
    </message>
    <message>
        <source>Could not write the cases&apos; list keys: %1</source>
        <translation>Не удалось записать ключи списка дел: %1</translation>
    </message>
    <message>
        <source>Could not index the cases list: %1</source>
        <translation>Не удалось проиндексировать список дел: %1</translation>
    </message>
</context>
<context>
    <name>supolka::CaseTableModel</name>
    <message>
        <source>Number</source>
        <comment>of an aid case</comment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation>Кому помогаем</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Потребности</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of an aid case</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Волонтёр</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачено</translation>
    </message>
</context>
<context>
    <name>supolka::CaseWorkflow</name>
    <message>
        <source>The case is already “%1”.</source>
        <translation>Дело уже в статусе «%1».</translation>
    </message>
    <message>
        <source>A case that is “%1” cannot become “%2”; from here it can become %3.</source>
        <translation>Дело в статусе «%1» не может перейти в «%2»; отсюда оно может перейти в %3.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>joins the allowed next states</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>new</source>
        <comment>case status</comment>
        <translation>новое</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>case status</comment>
        <translation>в работе</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>case status</comment>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>решено</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case status</comment>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>low</source>
        <comment>case priority</comment>
        <translation>низкий</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>case priority</comment>
        <translation>обычный</translation>
    </message>
    <message>
        <source>high</source>
        <comment>case priority</comment>
        <translation>высокий</translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>case priority</comment>
        <translation>срочный</translation>
    </message>
</context>
<context>
    <name>supolka::CasesPage</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>Open a new aid case (%1)</source>
        <translation>Открыть новое дело помощи (%1)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Открыть дело…</translation>
    </message>
    <message>
        <source>Open the chosen case (Enter)</source>
        <translation>Открыть выбранное дело (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete case</source>
        <translation>&amp;Удалить дело</translation>
    </message>
    <message>
        <source>Delete the chosen cases (%1); can be undone</source>
        <translation>Удалить выбранные дела (%1); можно отменить</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Найти дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <source>Show sensitive cases</source>
        <translation>Показать чувствительные дела</translation>
    </message>
    <message>
        <source>Sensitive cases name people at risk; show them only where nobody looks over your shoulder.</source>
        <translation>В чувствительных делах названы люди, которым грозит опасность; показывайте их, только когда никто не смотрит вам через плечо.</translation>
    </message>
    <message>
        <source>Sensitive cases are hidden.</source>
        <translation>Чувствительные дела скрыты.</translation>
    </message>
    <message>
        <source>No aid cases here yet. Press “New case” (%1) when somebody asks for help.</source>
        <translation>Здесь пока нет дел помощи. Нажмите «Новое дело» (%1), когда кто-то попросит о помощи.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Открытые дела</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Любая потребность</translation>
    </message>
    <message>
        <source>Any volunteer</source>
        <translation>Любой волонтёр</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Никто не назначен</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Дел: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the due date.</source>
        <translation>
            <numerusform>%n дело просрочено.</numerusform>
            <numerusform>%n дела просрочены.</numerusform>
            <numerusform>%n дел просрочено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sensitive: tick “Show sensitive cases” to see them.</source>
        <translation>
            <numerusform>Из них %n чувствительное: отметьте «Показать чувствительные дела», чтобы увидеть его.</numerusform>
            <numerusform>Из них %n чувствительных: отметьте «Показать чувствительные дела», чтобы увидеть их.</numerusform>
            <numerusform>Из них %n чувствительных: отметьте «Показать чувствительные дела», чтобы увидеть их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Показать их</translation>
    </message>
    <message>
        <source>Case %1 is sensitive, so the list does not show it; tick “Show sensitive cases” to see it.</source>
        <translation>Дело %1 чувствительное, поэтому в списке его не видно; отметьте «Показать чувствительные дела», чтобы увидеть его.</translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation>Открыто дело %1.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Delete case %1</source>
        <translation>Удалить дело %1</translation>
    </message>
    <message>
        <source>Delete cases (%1)</source>
        <translation>Удалить дела (%1)</translation>
    </message>
    <message>
        <source>Deleted case %1.</source>
        <translation>Дело %1 удалено.</translation>
    </message>
    <message>
        <source>Deleted cases: %1.</source>
        <translation>Удалены дела: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Cases (also a KoBoToolbox intake export)…</source>
        <translation>Дела (также экспорт анкет KoBoToolbox)…</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Заметки…</translation>
    </message>
    <message>
        <source>Payments…</source>
        <translation>Платежи…</translation>
    </message>
    <message>
        <source>Cases…</source>
        <translation>Дела…</translation>
    </message>
    <message>
        <source>Sensitive cases are written with a pseudonym, without name or contact</source>
        <translation>Чувствительные дела записываются под псевдонимом, без имени и контактов</translation>
    </message>
    <message>
        <source>Import aid cases, notes or payments</source>
        <translation>Импорт дел помощи, заметок или платежей</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>aid cases.csv</source>
        <translation>дела помощи.csv</translation>
    </message>
    <message>
        <source>case notes.csv</source>
        <translation>заметки дел.csv</translation>
    </message>
    <message>
        <source>case payments.csv</source>
        <translation>платежи дел.csv</translation>
    </message>
    <message>
        <source>Export aid cases, notes or payments</source>
        <translation>Экспорт дел помощи, заметок или платежей</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1; sensitive cases carry a pseudonym, not a name.</source>
        <translation>
            <numerusform>Записана %n строка в %1; чувствительные дела — под псевдонимом, без имени.</numerusform>
            <numerusform>Записано %n строки в %1; чувствительные дела — под псевдонимом, без имени.</numerusform>
            <numerusform>Записано %n строк в %1; чувствительные дела — под псевдонимом, без имени.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import aid cases</source>
        <translation>Импорт дел помощи</translation>
    </message>
    <message>
        <source>Import case notes</source>
        <translation>Импорт заметок к делам</translation>
    </message>
    <message>
        <source>Import case payments</source>
        <translation>Импорт выплат по делам</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Number, name, contact, city</source>
        <translation>Номер, имя, контакт, город</translation>
    </message>
</context>
<context>
    <name>supolka::ChangeLog</name>
    <message>
        <source>Could not prepare the undo record: %1</source>
        <translation>Не удалось подготовить запись для отмены: %1</translation>
    </message>
    <message>
        <source>The undo record was never started.</source>
        <translation>Запись для отмены не была начата.</translation>
    </message>
    <message>
        <source>Could not finish the undo record: %1</source>
        <translation>Не удалось завершить запись для отмены: %1</translation>
    </message>
    <message>
        <source>Could not read the undo record: %1</source>
        <translation>Не удалось прочитать запись для отмены: %1</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не удалось начать запись в базу данных: %1</translation>
    </message>
    <message>
        <source>Could not put the rows back: %1</source>
        <translation>Не удалось вернуть строки: %1</translation>
    </message>
    <message>
        <source>Could not put the rows back: a row has changed or gone since. Nothing was changed.</source>
        <translation>Не удалось вернуть строки: какая-то строка с тех пор изменилась или исчезла. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReport</name>
    <message>
        <source>Members who joined</source>
        <translation>Вступившие участники</translation>
    </message>
    <message>
        <source>Members who left</source>
        <translation>Выбывшие участники</translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation>Мероприятия и посещаемость</translation>
    </message>
    <message>
        <source>Aid cases opened</source>
        <translation>Открытые дела помощи</translation>
    </message>
    <message>
        <source>Aid cases closed</source>
        <translation>Закрытые дела помощи</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation>Экзитполы</translation>
    </message>
    <message>
        <source>Counts chapters reported</source>
        <translation>Сводные данные от объединений</translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation>Для отчёта нужны первый и последний день.</translation>
    </message>
    <message>
        <source>The report&apos;s last day (%1) is before its first (%2).</source>
        <translation>Последний день отчёта (%1) раньше первого (%2).</translation>
    </message>
    <message>
        <source>Could not make the report: %1</source>
        <translation>Не удалось составить отчёт: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReportPdf</name>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chapter report: %1</source>
        <translation>Отчёт объединения: %1</translation>
    </message>
    <message>
        <source>From %1 to %2. Made on %3.</source>
        <translation>С %1 по %2. Составлен %3.</translation>
    </message>
    <message numerus="yes">
        <source>Across %n chapters: %1.</source>
        <translation>
            <numerusform>По %n объединению: %1.</numerusform>
            <numerusform>По %n объединениям: %1.</numerusform>
            <numerusform>По %n объединениям: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>За этот период ничего не произошло.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInCommand</name>
    <message>
        <source>Check in %1</source>
        <translation>Отметить приход: %1</translation>
    </message>
    <message>
        <source>%1 is checked in again.</source>
        <translation>%1: приход снова отмечен.</translation>
    </message>
    <message>
        <source>%1 is no longer checked in.</source>
        <translation>%1: отметка прихода снята.</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInPage</name>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Мероприятие:</translation>
    </message>
    <message>
        <source>The event people are checked in to: today&apos;s and coming ones first</source>
        <translation>Мероприятие, на которое отмечают приход: сначала сегодняшние и предстоящие</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Во весь экран</translation>
    </message>
    <message>
        <source>Let the door fill the screen (%1); Esc in the empty search field leaves it</source>
        <translation>Развернуть вход на весь экран (%1); Esc в пустом поле поиска — выход из этого режима</translation>
    </message>
    <message>
        <source>Find the person to check in</source>
        <translation>Найдите человека, чтобы отметить приход</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>Подходящие люди</translation>
    </message>
    <message>
        <source>checked in</source>
        <comment>counter at the door</comment>
        <translation>пришли</translation>
    </message>
    <message>
        <source>registered</source>
        <comment>counter at the door</comment>
        <translation>зарегистрированы</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <comment>counter at the door</comment>
        <translation>без записи</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Check in the chosen person (Enter)</source>
        <translation>Отметить приход выбранного человека (Enter)</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Без записи…</translation>
    </message>
    <message>
        <source>Register and check in someone who is not on the list (%1 or %2)</source>
        <translation>Зарегистрировать и отметить приход человека, которого нет в списке (%1 или %2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Enter: check in · ↑/↓: choose · %1: walk-in · %2: undo · Esc: clear · %3: full screen</source>
        <translation>Enter: отметить приход · ↑/↓: выбор · %1: без записи · %2: отменить · Esc: очистить · %3: во весь экран</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event title — when it starts</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody on the list matches. %1 registers them as a walk-in.</source>
        <translation>В списке никто не подходит. %1 — зарегистрировать человека без записи.</translation>
    </message>
    <message>
        <source>Enter checks in %1.</source>
        <translation>Enter отметит приход: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: ↑/↓ choose, Enter checks in %1.</source>
        <translation>
            <numerusform>Подходит %n человек: ↑/↓ — выбор, Enter отметит приход: %1.</numerusform>
            <numerusform>Подходят %n человека: ↑/↓ — выбор, Enter отметит приход: %1.</numerusform>
            <numerusform>Подходят %n человек: ↑/↓ — выбор, Enter отметит приход: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”.</source>
        <translation>В списке никто не подходит под «%1».</translation>
    </message>
    <message>
        <source>Check the spelling, or try the e-mail, phone or ticket code. %1 registers them as a walk-in.</source>
        <translation>Проверьте написание или попробуйте e-mail, телефон или код билета. %1 — зарегистрировать человека без записи.</translation>
    </message>
    <message>
        <source>Checked in · ticket %1</source>
        <translation>Приход отмечен · билет %1</translation>
    </message>
    <message>
        <source>This ticket has been used. Let them in only if you are sure it was not someone else.</source>
        <translation>Этот билет уже использован. Пропускайте, только если уверены, что это был не кто-то другой.</translation>
    </message>
    <message>
        <source>Ask them to see the organisers.</source>
        <translation>Попросите человека подойти к организаторам.</translation>
    </message>
    <message>
        <source>There is no check-in to take back.</source>
        <translation>Нет отметки прихода, которую можно отменить.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>Was on the list after all: checked in on their registration.</source>
        <translation>Человек всё-таки был в списке: приход отмечен по его регистрации.</translation>
    </message>
    <message>
        <source>Walk-in: registered, checked in and now a member of the chapter.</source>
        <translation>Без записи: зарегистрирован, приход отмечен, теперь он участник объединения.</translation>
    </message>
    <message>
        <source>Walk-in: registered and checked in.</source>
        <translation>Без записи: зарегистрирован, приход отмечен.</translation>
    </message>
    <message>
        <source>There is no event to check in to yet.</source>
        <translation>Пока нет мероприятия, на которое можно отмечать приход.</translation>
    </message>
    <message>
        <source>Add the event on the Events page first; its registrations can be imported there.</source>
        <translation>Сначала добавьте мероприятие на странице «Мероприятия»; там же можно импортировать регистрации.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or ticket code, or scan a ticket.</source>
        <translation>Введите имя, e-mail, телефон или код билета либо отсканируйте билет.</translation>
    </message>
    <message>
        <source>%1 of %2 registered people have come in</source>
        <translation>Пришли %1 из %2 зарегистрированных</translation>
    </message>
    <message numerus="yes">
        <source>%n registered (walk-ins included, cancelled ones not)</source>
        <translation>
            <numerusform>Зарегистрирован %n человек (включая пришедших без записи, без отменённых)</numerusform>
            <numerusform>Зарегистрировано %n человека (включая пришедших без записи, без отменённых)</numerusform>
            <numerusform>Зарегистрировано %n человек (включая пришедших без записи, без отменённых)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered at the door</source>
        <translation>
            <numerusform>%n человек зарегистрирован на входе</numerusform>
            <numerusform>%n человека зарегистрированы на входе</numerusform>
            <numerusform>%n человек зарегистрированы на входе</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back: %1 (%2)</source>
        <translation>Отменить отметку: %1 (%2)</translation>
    </message>
    <message>
        <source>Takes back the last check-in (%1)</source>
        <translation>Отменяет последнюю отметку прихода (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” starts on %2, in %n day(s): check that it is the event at the door.</source>
        <translation>
            <numerusform>«%1» начинается %2, через %n день: проверьте, то ли это событие на входе.</numerusform>
            <numerusform>«%1» начинается %2, через %n дня: проверьте, то ли это событие на входе.</numerusform>
            <numerusform>«%1» начинается %2, через %n дней: проверьте, то ли это событие на входе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was on %2, %n day(s) ago: check that it is the event at the door.</source>
        <translation>
            <numerusform>«%1» было %2, %n день назад: проверьте, то ли это событие на входе.</numerusform>
            <numerusform>«%1» было %2, %n дня назад: проверьте, то ли это событие на входе.</numerusform>
            <numerusform>«%1» было %2, %n дней назад: проверьте, то ли это событие на входе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone or ticket code</source>
        <translation>Имя, e-mail, телефон, код билета</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInResultsModel</name>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Walk-in, checked in</source>
        <translation>Без записи, пришёл</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Ещё не пришёл</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, отметил: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Билет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Время прихода</translation>
    </message>
</context>
<context>
    <name>supolka::CommandRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>Для параметра %1 нужно указать значение.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <source>Run “supolka --help” to see the commands.</source>
        <translation>Запустите «supolka --help», чтобы увидеть список команд.</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Неизвестная команда «%1».</translation>
    </message>
    <message>
        <source>preview takes one file: supolka preview FILE</source>
        <translation>Команде preview нужен один файл: supolka preview ФАЙЛ</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Кодировка: %1%2</translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation> (с BOM)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Разделитель: %1</translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Строк: %1</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(не импортируется)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>import takes a kind and a file: supolka import members FILE</source>
        <translation>Команде import нужны тип данных и файл: supolka import members ФАЙЛ</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файл %1 не найден.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6</source>
        <translation>Прочитано строк: %1. Новых: %2, обновлено: %3, без изменений: %4, отклонено: %5.%6</translation>
    </message>
    <message>
        <source> (dry run: nothing was changed)</source>
        <translation> (пробный запуск: ничего не изменено)</translation>
    </message>
    <message>
        <source>export takes a kind and a file: supolka export members FILE</source>
        <translation>Команде export нужны тип данных и файл: supolka export members ФАЙЛ</translation>
    </message>
    <message>
        <source>The export profile is plain or excel, not “%1”.</source>
        <translation>Профиль экспорта может быть plain или excel, а не «%1».</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>Записано участников: %1, файл: %2.</translation>
    </message>
    <message>
        <source>search takes the text to look for: supolka search TEXT</source>
        <translation>Команде search нужен текст для поиска: supolka search ТЕКСТ</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>По запросу «%1» никого не найдено.</translation>
    </message>
    <message>
        <source>report takes a kind: supolka report members</source>
        <translation>Команде report нужен тип данных: supolka report members</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>Команда demo не принимает аргументов.</translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation>Язык «%1» недоступен; выберите be, ru или en.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Не удалось сохранить отклонённые строки: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows of %1 to %2.</source>
        <translation>
            <numerusform>В %2 записана %n строка (%1).</numerusform>
            <numerusform>В %2 записаны %n строки (%1).</numerusform>
            <numerusform>В %2 записано %n строк (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid cases: %1, of them overdue: %2</source>
        <translation>Дел помощи: %1, из них просроченных: %2</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Выплачено: %1</translation>
    </message>
    <message>
        <source>import %1 needs the election: supolka import %1 FILE --election NAME</source>
        <translation>Для import %1 нужно указать выборы: supolka import %1 FILE --election NAME</translation>
    </message>
    <message>
        <source>report exitpoll needs the election: supolka report exitpoll --election NAME</source>
        <translation>Для report exitpoll нужно указать выборы: supolka report exitpoll --election NAME</translation>
    </message>
    <message>
        <source>There is no election “%1”.</source>
        <translation>Выборов «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll at %n station(s), %1 respondents.</source>
        <translation>
            <numerusform>Экзитпол на %n участке, опрошено: %1.</numerusform>
            <numerusform>Экзитпол на %n участках, опрошено: %1.</numerusform>
            <numerusform>Экзитпол на %n участках, опрошено: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols of %n station(s).</source>
        <translation>
            <numerusform>Официальные протоколы %n участка.</numerusform>
            <numerusform>Официальные протоколы %n участков.</numerusform>
            <numerusform>Официальные протоколы %n участков.</numerusform>
        </translation>
    </message>
    <message>
        <source>exit poll %1, official %2</source>
        <translation>экзитпол %1, официально %2</translation>
    </message>
    <message>
        <source>Flagged stations: %1</source>
        <translation>Участки с отметками: %1</translation>
    </message>
    <message>
        <source>Supolka cannot import “%1”; it knows: members, registrations, cases, notes, payments, stations, exitpoll, official, verified.</source>
        <translation>Supolka не умеет импортировать «%1»; известно: members, registrations, cases, notes, payments, stations, exitpoll, official, verified.</translation>
    </message>
    <message>
        <source>import registrations needs the event: supolka import registrations FILE --event TITLE</source>
        <translation>Для import registrations нужно указать мероприятие: supolka import registrations FILE --event TITLE</translation>
    </message>
    <message>
        <source>Made the event “%1”.</source>
        <translation>Создано мероприятие «%1».</translation>
    </message>
    <message>
        <source>Supolka cannot export “%1”; it knows: members, registrations, cases, notes, payments.</source>
        <translation>Supolka не умеет экспортировать «%1»; известно: members, registrations, cases, notes, payments.</translation>
    </message>
    <message>
        <source>export registrations needs the event: supolka export registrations FILE --event TITLE</source>
        <translation>Для export registrations нужно указать мероприятие: supolka export registrations FILE --event TITLE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations of “%1” to %2.</source>
        <translation>
            <numerusform>В %2 записана %n регистрация на «%1».</numerusform>
            <numerusform>В %2 записаны %n регистрации на «%1».</numerusform>
            <numerusform>В %2 записано %n регистраций на «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>checkin takes an event and the text to look for: supolka checkin EVENT TEXT</source>
        <translation>checkin принимает мероприятие и текст для поиска: supolka checkin EVENT TEXT</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Мероприятия: %1</translation>
    </message>
    <message>
        <source>%1 registered, %2 cancelled, %3 checked in, %4 walk-ins</source>
        <translation>зарегистрировано: %1, отменено: %2, пришли: %3, без записи: %4</translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 members, %2 events with %3 registrations, %4 aid cases, an election with %5 polling stations.</source>
        <translation>Загружены демонстрационные данные: участников — %1, мероприятий — %2 (регистраций — %3), дел помощи — %4, выборы (избирательных участков — %5).</translation>
    </message>
    <message>
        <source>Supolka cannot report on “%1”; it knows: members, events, cases, exitpoll, chapter.</source>
        <translation>Supolka не умеет строить отчёт «%1»; известно: members, events, cases, exitpoll, chapter.</translation>
    </message>
    <message>
        <source>sync takes export, import, conflicts, resolve or history: supolka sync export FILE</source>
        <translation>sync принимает export, import, conflicts, resolve или history: supolka sync export FILE</translation>
    </message>
    <message>
        <source>The bundle profile is full, pseudonymized or aggregate, not “%1”.</source>
        <translation>Профиль пакета — full, pseudonymized или aggregate, а не «%1».</translation>
    </message>
    <message>
        <source>--since-last and --recipient name two different recipients.</source>
        <translation>В --since-last и --recipient указаны два разных получателя.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows.</source>
        <translation>
            <numerusform>Записан %1 (%2): %n строка.</numerusform>
            <numerusform>Записан %1 (%2): %n строки.</numerusform>
            <numerusform>Записан %1 (%2): %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows changed since %3.</source>
        <translation>
            <numerusform>Записан %1 (%2): %n строка, изменённая с %3.</numerusform>
            <numerusform>Записан %1 (%2): %n строки, изменённые с %3.</numerusform>
            <numerusform>Записан %1 (%2): %n строк, изменённых с %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync import takes the bundle to read: supolka sync import FILE</source>
        <translation>Для sync import нужно указать файл пакета для чтения: supolka sync import FILE</translation>
    </message>
    <message>
        <source>This bundle was made for %1, not for this chapter (%2).</source>
        <translation>Этот пакет создан для %1, а не для этого объединения (%2).</translation>
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 deleted, %5 unchanged, %6 conflicts.%7</source>
        <translation>От %1: добавлено — %2, обновлено — %3, удалено — %4, без изменений — %5, конфликтов — %6.%7</translation>
    </message>
    <message>
        <source>Conflict %1: %2 %3 changed here and at %4; this chapter&apos;s version was kept.</source>
        <translation>Конфликт %1: %2 %3 — изменено и здесь, и в %4; оставлена версия этого объединения.</translation>
    </message>
    <message>
        <source>Choose with: supolka sync resolve CONFLICT mine|theirs</source>
        <translation>Выберите версию командой: supolka sync resolve CONFLICT mine|theirs</translation>
    </message>
    <message>
        <source>sync conflicts takes no arguments.</source>
        <translation>sync conflicts не принимает аргументов.</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Нет конфликтов, ждущих решения.</translation>
    </message>
    <message>
        <source>sync resolve takes a conflict&apos;s number and mine or theirs: supolka sync resolve 3 theirs</source>
        <translation>sync resolve принимает номер конфликта и mine или theirs: supolka sync resolve 3 theirs</translation>
    </message>
    <message>
        <source>Conflict %1: this chapter&apos;s version was kept.</source>
        <translation>Конфликт %1: оставлена версия этого объединения.</translation>
    </message>
    <message>
        <source>Conflict %1: the other version was taken.</source>
        <translation>Конфликт %1: принята другая версия.</translation>
    </message>
    <message>
        <source>sync history takes no arguments.</source>
        <translation>sync history не принимает аргументов.</translation>
    </message>
    <message>
        <source>chapter takes a code and a name: supolka chapter PL-WAW &quot;Warszawa&quot;</source>
        <translation>chapter принимает код и название: supolka chapter PL-WAW &quot;Warszawa&quot;</translation>
    </message>
    <message>
        <source>erase takes a member&apos;s id or e-mail address: supolka erase member ID|EMAIL</source>
        <translation>erase принимает id или адрес e-mail участника: supolka erase member ID|EMAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n members have the e-mail address %1; erase one by its id.</source>
        <translation>
            <numerusform>Адрес e-mail %1 есть у %n участника; сотрите нужного по его id.</numerusform>
            <numerusform>Адрес e-mail %1 есть у %n участников; сотрите нужного по его id.</numerusform>
            <numerusform>Адрес e-mail %1 есть у %n участников; сотрите нужного по его id.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the id or e-mail address “%1”.</source>
        <translation>Нет участника с id или адресом e-mail «%1».</translation>
    </message>
    <message>
        <source>Erased member %1: nothing about them is left but the id, which carries the erasure to the other chapters with the next bundle.</source>
        <translation>Участник %1 стёрт: о нём не осталось ничего, кроме id, который со следующим пакетом передаст стирание другим объединениям.</translation>
    </message>
    <message>
        <source>report chapter needs the period: supolka report chapter --from 2026-01-01 --to 2026-06-30 --pdf REPORT.pdf --csv REPORT.csv</source>
        <translation>Для report chapter нужно указать период: supolka report chapter --from 2026-01-01 --to 2026-06-30 --pdf REPORT.pdf --csv REPORT.csv</translation>
    </message>
    <message>
        <source>report chapter writes --pdf FILE, --csv FILE or both (or prints --json).</source>
        <translation>report chapter записывает --pdf FILE, --csv FILE или оба файла (либо выводит --json).</translation>
    </message>
    <message numerus="yes">
        <source>The report from %1 to %2 covers %n chapters.</source>
        <translation>
            <numerusform>Отчёт с %1 по %2 охватывает %n объединение.</numerusform>
            <numerusform>Отчёт с %1 по %2 охватывает %n объединения.</numerusform>
            <numerusform>Отчёт с %1 по %2 охватывает %n объединений.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event %1 (“%2”) was deleted; restore it first.</source>
        <translation>Мероприятие %1 («%2») удалено; сначала восстановите его.</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Нет мероприятия с идентификатором %1.</translation>
    </message>
    <message>
        <source>The file belongs to the event “%1”; its registrations went there.</source>
        <translation>Файл относится к мероприятию «%1»; его регистрации попали туда.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db.</source>
        <translation>Нет базы данных по пути %1. Проверьте путь, указанный в --db.</translation>
    </message>
    <message>
        <source>Line %1 (imported): %2</source>
        <translation>Строка %1 (импортирована): %2</translation>
    </message>
    <message>
        <source>Line %1: %2 %3; kept as a new person, listed as a possible duplicate.</source>
        <translation>Строка %1: %2 %3; сохранён как новый человек и отмечен как возможный дубликат.</translation>
    </message>
    <message>
        <source>… and %1 more; --errors FILE saves them all.</source>
        <translation>… и ещё %1; --errors FILE сохраняет все.</translation>
    </message>
    <message>
        <source>… and %1 more possible duplicates; --json lists them all.</source>
        <translation>… и ещё %1 возможных дубликатов; --json перечисляет все.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the chapter&apos;s data is not in it. Restore the database from a backup; Supolka left the file as it is.</source>
        <translation>%1 пуст (0 байт): данных общины в нём нет. Восстановите базу из резервной копии; Supolka оставила файл как есть.</translation>
    </message>
    <message>
        <source>encrypt takes the new passphrase from a file: supolka encrypt --new-passphrase-file FILE</source>
        <translation>encrypt берёт новую парольную фразу из файла: supolka encrypt --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is already encrypted; to change its passphrase: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation>%1 уже зашифрована; чтобы сменить её парольную фразу: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</translation>
    </message>
    <message>
        <source>Encrypted %1. Keep the passphrase safe: without it nobody, not even Supolka, can read the data.</source>
        <translation>%1 зашифрована. Храните парольную фразу в безопасности: без неё никто, даже Supolka, не прочитает данные.</translation>
    </message>
    <message>
        <source>passphrase takes the old and the new passphrase from files: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation>passphrase берёт старую и новую парольные фразы из файлов: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</translation>
    </message>
    <message>
        <source>%1 is not encrypted; to encrypt it: supolka encrypt --new-passphrase-file FILE</source>
        <translation>%1 не зашифрована; чтобы зашифровать: supolka encrypt --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed; the old one no longer opens it.</source>
        <translation>Парольная фраза %1 изменена; старая её больше не открывает.</translation>
    </message>
    <message>
        <source>backup takes the file to write: supolka backup FILE</source>
        <translation>backup берёт файл, в который писать: supolka backup FILE</translation>
    </message>
    <message>
        <source>Wrote the backup %1, encrypted with the database&apos;s passphrase.</source>
        <translation>Резервная копия %1 записана, зашифрована парольной фразой базы.</translation>
    </message>
    <message>
        <source>Wrote the backup %1. It is not encrypted, as the database is not.</source>
        <translation>Резервная копия %1 записана. Она не зашифрована, как и сама база.</translation>
    </message>
    <message>
        <source>Wrote the public keys of %1 to %2. They hold no secret: send them to the other side, and compare the fingerprint on a call.</source>
        <translation>Публичные ключи %1 записаны в %2. Секретов в них нет: отправьте их другой стороне и сверьте отпечаток во время звонка.</translation>
    </message>
    <message>
        <source>Recipient:   %1</source>
        <translation>Получатель:   %1</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Ключ подписи: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Отпечаток:    %1</translation>
    </message>
    <message>
        <source>KEYS CHANGED, check again</source>
        <translation>КЛЮЧИ ИЗМЕНИЛИСЬ, проверьте снова</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>проверен</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не проверен</translation>
    </message>
    <message>
        <source>contacts add takes a code, a name and both keys: supolka contacts add CODE NAME --recipient age1… --signing-key RW…</source>
        <translation>contacts add берёт код, название и оба ключа: supolka contacts add CODE NAME --recipient age1… --signing-key RW…</translation>
    </message>
    <message>
        <source>The keys of %1 CHANGED. Bundles to and from %1 stop until you compare the new fingerprint with them on a call: %2</source>
        <translation>Ключи %1 ИЗМЕНИЛИСЬ. Пакеты к %1 и от них останавливаются, пока вы не сверите новый отпечаток с ними во время звонка: %2</translation>
    </message>
    <message>
        <source>Added %1. Compare the fingerprint with them on a call, then: supolka contacts check %1 --fingerprint &quot;%2&quot;</source>
        <translation>%1 добавлен. Сверьте отпечаток с ними во время звонка, затем: supolka contacts check %1 --fingerprint &quot;%2&quot;</translation>
    </message>
    <message>
        <source>contacts %1 takes a contact&apos;s code</source>
        <translation>contacts %1 берёт код контакта</translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation>Контакта «%1» нет.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <source>Not checked. The fingerprint of %1 is %2: compare it with them on a call, then give it with --fingerprint &quot;…&quot;.</source>
        <translation>Не проверен. Отпечаток %1 — %2: сверьте его с ними во время звонка, затем укажите его через --fingerprint &quot;…&quot;.</translation>
    </message>
    <message>
        <source>%1 is checked: bundles to and from it may be sealed and opened.</source>
        <translation>%1 проверен: пакеты к нему и от него можно запечатывать и открывать.</translation>
    </message>
    <message>
        <source>contacts knows: add, check, remove (or nothing, to list them)</source>
        <translation>contacts знает: add, check, remove (или ничего — чтобы показать список)</translation>
    </message>
    <message>
        <source>keys shows this database&apos;s public keys; keys export FILE writes them for others; keys export-identity FILE writes the secret identity for the age tool</source>
        <translation>keys показывает публичные ключи этой базы; keys export FILE записывает их для других; keys export-identity FILE записывает секретную идентичность для программы age</translation>
    </message>
    <message>
        <source>Wrote the SECRET identity of %1 to %2. Anyone who has this file can open every bundle sealed to %1: keep it on an encrypted disk, never send it, and delete it when it is no longer needed.</source>
        <translation>СЕКРЕТНАЯ идентичность %1 записана в %2. Кто имеет этот файл, может открыть каждый пакет, запечатанный для %1: держите его на зашифрованном диске, никогда не отправляйте и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>sync export takes the bundle to write: supolka sync export FILE --to CODE [--profile full|pseudonymized|aggregate] [--since-last CODE]</source>
        <translation>Для sync export нужно указать файл пакета для записи: supolka sync export FILE --to CODE [--profile full|pseudonymized|aggregate] [--since-last CODE]</translation>
    </message>
    <message>
        <source>--to seals the bundle and --unsealed does not: choose one.</source>
        <translation>--to запечатывает пакет, а --unsealed — нет: выберите что-то одно.</translation>
    </message>
    <message>
        <source>--to and --since-last or --recipient name two different recipients.</source>
        <translation>В --to и --since-last или --recipient указаны два разных получателя.</translation>
    </message>
    <message>
        <source>Say whom to seal the bundle for: --to CODE, one of your contacts (supolka contacts). To write a plain bundle that anyone who gets it can read, add --unsealed.</source>
        <translation>Укажите, для кого запечатать пакет: --to CODE, один из ваших контактов (supolka contacts). Чтобы записать незапечатанный пакет, который сможет прочитать любой, кто его получит, добавьте --unsealed.</translation>
    </message>
    <message>
        <source>Sealed for %1 (their bundle number %2): only they and this database can open it.</source>
        <translation>Запечатан для %1 (пакет № %2 для них): открыть его могут только они и эта база.</translation>
    </message>
    <message>
        <source>Warning: this bundle is not sealed. Anyone who gets it can read the names and contacts in it, and nobody can tell it came from you.</source>
        <translation>Внимание: этот пакет не запечатан. Любой, кто его получит, может прочитать имена и контакты в нём, и никто не может убедиться, что он от вас.</translation>
    </message>
    <message>
        <source>Sealed for this database and signed by %1, whose fingerprint you checked (their bundle number %2).</source>
        <translation>Запечатан для этой базы и подписан %1, чей отпечаток вы проверили (их пакет № %2).</translation>
    </message>
    <message>
        <source>Warning: this bundle was not sealed; nothing shows who made it.</source>
        <translation>Внимание: этот пакет не был запечатан; ничто не показывает, кто его создал.</translation>
    </message>
    <message>
        <source>The look “%1” is unknown; choose light, dark or system.</source>
        <translation>Внешний вид «%1» неизвестен; выберите light, dark или system.</translation>
    </message>
    <message>
        <source>Usage:
  supolka [--db FILE] [--lang CODE]                 start the window
  supolka --version | --help
  supolka [--db FILE] preview FILE [--json]         how a CSV file reads
  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]
  supolka [--db FILE] import registrations FILE --event TITLE [--dry-run] [--errors OUT] [--json]
                                                    an attendee list (Supolka, Eventbrite, pretix,
                                                    Google Forms) into the event, made on first use
  supolka [--db FILE] import cases|notes|payments FILE [--dry-run] [--errors OUT] [--json]
                                                    aid cases (also KoBoToolbox intake exports),
                                                    their timeline notes and payments
  supolka [--db FILE] import stations|exitpoll|official|verified FILE --election NAME
                     [--dry-run] [--errors OUT] [--json]
                                                    wide exit-poll files, one row per polling station
  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]
  supolka [--db FILE] export registrations FILE --event TITLE [--profile plain|excel] [--json]
                                                    the event&apos;s registrations and check-ins
  supolka [--db FILE] export cases|notes|payments FILE [--profile plain|excel] [--json]
                                                    sensitive cases without name or contact
  supolka [--db FILE] search TEXT [--json]          members matching TEXT in any script
  supolka [--db FILE] checkin EVENT TEXT [--json]   check in the one registrant matching TEXT
                                                    (EVENT: the event&apos;s id or unique title)
  supolka [--db FILE] report members [--json]       counts by country, status and skill
  supolka [--db FILE] report events [--json]        registered, cancelled, checked in, walk-ins
  supolka [--db FILE] report cases [--json]         by status and need, overdue, paid per currency
  supolka [--db FILE] report exitpoll --election NAME [--json]
                                                    exit poll against official results, with flags
  supolka [--db FILE] report chapter --from DATE --to DATE [--pdf FILE] [--csv FILE] [--json]
                                                    the report for the secretariat, cut by chapter
  supolka [--db FILE] demo                          load the demo data set
  supolka [--db FILE] chapter [CODE [NAME]]         show or set this chapter&apos;s code and name
  supolka [--db FILE] erase member ID|EMAIL         GDPR erasure; it travels with the next bundle
  supolka [--db FILE] sync export FILE --to CODE [--profile full|pseudonymized|aggregate]
                     [--since-last CODE] [--json]
                                                    a bundle sealed for a contact: the secretariat
                                                    or a chapter
  supolka [--db FILE] sync export FILE --unsealed [--recipient CODE] [--profile …]
                                                    a plain bundle anyone who gets it can read
  supolka [--db FILE] sync import FILE [--dry-run] [--unsealed] [--json]
                                                    merge a bundle: added, updated, deleted,
                                                    unchanged, conflicts
  supolka [--db FILE] sync conflicts [--json]       rows changed on both sides, to choose
  supolka [--db FILE] sync resolve CONFLICT mine|theirs
  supolka [--db FILE] sync history [--json]         bundles sent and received
  supolka [--db FILE] encrypt --new-passphrase-file FILE
                                                    encrypt a plaintext database
  supolka [--db FILE] passphrase --passphrase-file OLD --new-passphrase-file NEW
                                                    change the passphrase (a new key)
  supolka [--db FILE] backup FILE                   a consistent copy, encrypted like the database
  supolka [--db FILE] keys [--json] | keys export FILE | keys export-identity FILE
                                                    this database&apos;s public keys and fingerprint
  supolka [--db FILE] contacts [--json]             other chapters&apos; keys; contacts add CODE NAME
                     --recipient age1… --signing-key RW…; contacts check CODE --fingerprint &quot;…&quot;;
                     contacts remove CODE

Options:
  --db FILE      the database file (default: %1)
  --lang CODE    be, ru or en (default: the system&apos;s language)
  --theme T      the window: light, dark or system (default: as last chosen in View ▸ Look)
  --screenshots DIR  the window: pictures of every page and the main dialogs into DIR, then quit
  --passphrase-file FILE  the passphrase of an encrypted database, on the first line of FILE
                 (- reads it from standard input); a new database made with it is encrypted
  --json         print one JSON object on standard output
  --dry-run      check the file and count, but change nothing
  --errors OUT   write the rejected rows, with line and reason, to OUT
  --profile P    export: plain (UTF-8) or excel (UTF-8 with a BOM);
                 sync export: full, pseudonymized or aggregate (default full)
  --since-last R only what changed since the last bundle for R (the recipient&apos;s chapter code)
  --recipient R  the chapter code the bundle is for, recorded to tell conflicts later
  --to CODE      sync export: the contact to seal the bundle for
  --unsealed     sync export: write a plain bundle (only aggregate goes plain without it);
                 sync import: take a plain bundle that says it comes from a contact
  --from DATE, --to DATE  the period of report chapter (2026-01-31 or 31.01.2026)
  --pdf FILE, --csv FILE  where report chapter writes
  --event TITLE  the event of import/export registrations: its title or id
  --election NAME the election of the exit-poll commands (made on first import)

Exit codes: 0 success, 1 done but some rows rejected (sync import: conflicts are waiting),
2 usage error, 3 failure (nothing changed).
checkin: 0 checked in, 1 already checked in or cancelled, 3 nobody or several match.
</source>
        <translation>Использование:
  supolka [--db FILE] [--lang CODE]                 открыть окно
  supolka --version | --help
  supolka [--db FILE] preview FILE [--json]         как читается CSV-файл
  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]
  supolka [--db FILE] import registrations FILE --event TITLE [--dry-run] [--errors OUT] [--json]
                                                    список гостей (Supolka, Eventbrite, pretix,
                                                    Google Forms) в мероприятие; оно создаётся при первом импорте
  supolka [--db FILE] import cases|notes|payments FILE [--dry-run] [--errors OUT] [--json]
                                                    дела помощи (в том числе выгрузки анкет KoBoToolbox),
                                                    их записи хронологии и платежи
  supolka [--db FILE] import stations|exitpoll|official|verified FILE --election NAME
                     [--dry-run] [--errors OUT] [--json]
                                                    широкие файлы экзитпола, одна строка на избирательный участок
  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]
  supolka [--db FILE] export registrations FILE --event TITLE [--profile plain|excel] [--json]
                                                    регистрации и отметки прихода на мероприятие
  supolka [--db FILE] export cases|notes|payments FILE [--profile plain|excel] [--json]
                                                    чувствительные дела — без имени и контактов
  supolka [--db FILE] search TEXT [--json]          участники, совпадающие с TEXT (в любом алфавите)
  supolka [--db FILE] checkin EVENT TEXT [--json]   отметить приход единственного зарегистрированного, совпадающего с TEXT
                                                    (EVENT: id мероприятия или его уникальное название)
  supolka [--db FILE] report members [--json]       численность по странам, статусам и навыкам
  supolka [--db FILE] report events [--json]        зарегистрированы, отменили, пришли, без записи
  supolka [--db FILE] report cases [--json]         по статусам и потребностям, просроченные, выплаты по валютам
  supolka [--db FILE] report exitpoll --election NAME [--json]
                                                    экзитпол в сравнении с официальными итогами, с отметками
  supolka [--db FILE] report chapter --from DATE --to DATE [--pdf FILE] [--csv FILE] [--json]
                                                    отчёт для секретариата с разбивкой по объединениям
  supolka [--db FILE] demo                          загрузить демонстрационные данные
  supolka [--db FILE] chapter [CODE [NAME]]         показать или задать код и название этого объединения
  supolka [--db FILE] erase member ID|EMAIL         стирание по GDPR; передаётся вместе со следующим пакетом
  supolka [--db FILE] sync export FILE --to CODE [--profile full|pseudonymized|aggregate]
                     [--since-last CODE] [--json]
                                                    пакет, запечатанный для контакта: секретариата
                                                    или объединения
  supolka [--db FILE] sync export FILE --unsealed [--recipient CODE] [--profile …]
                                                    незапечатанный пакет, который может прочитать любой, кто его получит
  supolka [--db FILE] sync import FILE [--dry-run] [--unsealed] [--json]
                                                    принять пакет: добавленные, изменённые, удалённые,
                                                    неизменённые строки, конфликты
  supolka [--db FILE] sync conflicts [--json]       строки, изменённые с обеих сторон, — для выбора
  supolka [--db FILE] sync resolve CONFLICT mine|theirs
  supolka [--db FILE] sync history [--json]         отправленные и полученные пакеты
  supolka [--db FILE] encrypt --new-passphrase-file FILE
                                                    зашифровать незашифрованную базу данных
  supolka [--db FILE] passphrase --passphrase-file OLD --new-passphrase-file NEW
                                                    сменить парольную фразу (новый ключ)
  supolka [--db FILE] backup FILE                   целостная копия, зашифрованная как сама база
  supolka [--db FILE] keys [--json] | keys export FILE | keys export-identity FILE
                                                    публичные ключи этой базы и их отпечаток
  supolka [--db FILE] contacts [--json]             ключи других отделений; contacts add CODE NAME
                     --recipient age1… --signing-key RW…; contacts check CODE --fingerprint &quot;…&quot;;
                     contacts remove CODE

Параметры:
  --db FILE      файл базы данных (по умолчанию: %1)
  --lang CODE    be, ru или en (по умолчанию: язык системы)
  --theme T      окно: light, dark или system (по умолчанию: как выбрано в Вид ▸ Внешний вид)
  --screenshots DIR  окно: снимки каждой страницы и главных диалогов в DIR, затем выход
  --passphrase-file FILE  парольная фраза зашифрованной базы, в первой строке FILE
                 (- читает её со стандартного ввода); новая база, созданная с ней, зашифрована
  --json         вывести один объект JSON в стандартный вывод
  --dry-run      проверить файл и подсчитать строки, ничего не меняя
  --errors OUT   записать отклонённые строки с номером строки и причиной в OUT
  --profile P    export: plain (UTF-8) или excel (UTF-8 с BOM);
                 sync export: full, pseudonymized или aggregate (по умолчанию full)
  --since-last R только изменения с последнего пакета для R (код объединения-получателя)
  --recipient R  код объединения, для которого пакет; запоминается, чтобы потом распознавать конфликты
  --to CODE      sync export: контакт, для которого запечатать пакет
  --unsealed     sync export: записать незапечатанный пакет (без этого параметра незапечатанным уходит только aggregate);
                 sync import: принять незапечатанный пакет, в котором отправителем назван контакт
  --from DATE, --to DATE  период для report chapter (2026-01-31 или 31.01.2026)
  --pdf FILE, --csv FILE  куда записывает report chapter
  --event TITLE  мероприятие для import/export registrations: его название или id
  --election NAME выборы для команд экзитпола (создаются при первом импорте)

Коды выхода: 0 — успех, 1 — выполнено, но часть строк отклонена (sync import: есть конфликты, ждущие решения),
2 — ошибка в команде, 3 — сбой (ничего не изменено).
checkin: 0 — приход отмечен, 1 — приход уже был отмечен или регистрация отменена, 3 — никто не подходит или подходят несколько.
</translation>
    </message>
</context>
<context>
    <name>supolka::ContactBook</name>
    <message>
        <source>A contact needs the chapter code they go by.</source>
        <translation>Контакту нужен код отделения, под которым его знают.</translation>
    </message>
    <message>
        <source>“%1” is not a recipient key: it should start with age1 and be copied whole.</source>
        <translation>«%1» — не ключ получателя: он должен начинаться с age1 и быть скопирован целиком.</translation>
    </message>
    <message>
        <source>“%1” is not a signing key: it should start with RW and be copied whole.</source>
        <translation>«%1» — не ключ подписи: он должен начинаться с RW и быть скопирован целиком.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Не удалось сохранить контакт: %1</translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation>Контакта «%1» нет.</translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation>Не удалось удалить контакт: %1</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>Не удалось прочитать контакты: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation>«%1» не может быть кодом объединения: используйте до 32 букв, цифр, точек, дефисов или подчёркиваний, например PL-WAW.</translation>
    </message>
    <message>
        <source>These keys are %1&apos;s already; one chapter&apos;s keys cannot be another contact&apos;s too.</source>
        <translation>Эти ключи уже принадлежат %1; ключи одного объединения не могут быть ещё и ключами другого контакта.</translation>
    </message>
    <message>
        <source>Not checked: the fingerprint of %1 is %2, not the digits compared.</source>
        <translation>Не проверено: отпечаток %1 — %2, а не сверенные цифры.</translation>
    </message>
    <message>
        <source>The keys of %1 changed while the fingerprint was compared; compare again.</source>
        <translation>Ключи %1 изменились, пока сверялся отпечаток; сверьте ещё раз.</translation>
    </message>
</context>
<context>
    <name>supolka::CountryComboBox</name>
    <message>
        <source>— not given —</source>
        <translation>— не указана —</translation>
    </message>
</context>
<context>
    <name>supolka::CsvReader</name>
    <message>
        <source>The data could not be read: it is not open for reading.</source>
        <translation>Не удалось прочитать данные: источник не открыт для чтения.</translation>
    </message>
    <message>
        <source>Supolka does not know the encoding “%1”. Choose UTF-8, UTF-16LE, UTF-16BE or Windows-1251.</source>
        <translation>Supolka не знает кодировку «%1». Выберите UTF-8, UTF-16LE, UTF-16BE или Windows-1251.</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Не удалось прочитать данные: %1</translation>
    </message>
    <message>
        <source>Column %1 holds “�”, the mark a program leaves where it could not save a character, so a letter is missing there. Correct the file, or export it again from where it came from.</source>
        <translation>В столбце %1 есть знак «�» — так программы помечают символ, который не удалось сохранить, поэтому здесь не хватает буквы. Исправьте файл или заново выгрузите его из исходной программы.</translation>
    </message>
    <message>
        <source>Column %1 holds the byte %2, which is no character in Windows-1251. Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>В столбце %1 есть байт %2, которому не соответствует ни один символ в Windows-1251. Пересохраните файл в формате «CSV UTF-8» или выберите его кодировку.</translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid %2 (%3). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>В столбце %1 есть байты, недопустимые в кодировке %2 (%3). Пересохраните файл в формате «CSV UTF-8» или выберите его кодировку.</translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid UTF-8 (%2). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>В столбце %1 есть байты, недопустимые в UTF-8 (%2). Пересохраните файл в формате «CSV UTF-8» или выберите его кодировку.</translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens column %1 is never closed, so the rest of the file would become one cell. Add the missing quote.</source>
        <translation>Кавычка (&quot;), с которой начинается столбец %1, нигде не закрыта, и весь остаток файла попал бы в одну ячейку. Добавьте недостающую кавычку.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>В этой строке %n поле, а в заголовке — %1.</numerusform>
            <numerusform>В этой строке %n поля, а в заголовке — %1.</numerusform>
            <numerusform>В этой строке %n полей, а в заголовке — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Column %1 holds a NUL byte, which no text has: the file is damaged there or is not a text file. Correct the file, or export it again from where it came from.</source>
        <translation>В столбце %1 есть байт NUL, которого не бывает в тексте: файл там повреждён или это не текстовый файл. Исправьте файл или снова экспортируйте его оттуда, откуда он пришёл.</translation>
    </message>
</context>
<context>
    <name>supolka::CsvValues</name>
    <message>
        <source>“%1” is not a real date: there is no such day in the calendar.</source>
        <translation>«%1» — несуществующая дата: такого дня нет в календаре.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be month/day/year or day/month/year. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation>Дату «%1» можно понять двояко: как месяц/день/год или как день/месяц/год. Записывайте даты в виде гггг-мм-дд (2024-03-01) или дд.мм.гггг (01.03.2024).</translation>
    </message>
    <message>
        <source>“%1” is not a date Supolka can read. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation>Supolka не может распознать дату «%1». Записывайте даты в виде гггг-мм-дд (2024-03-01) или дд.мм.гггг (01.03.2024).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no answer. Write yes or no (also 1/0, true/false, да/нет, так/не, or x for yes).</source>
        <translation>«%1» — не ответ «да/нет». Напишите да или нет (подходят также yes/no, 1/0, true/false, так/не или x в значении «да»).</translation>
    </message>
    <message>
        <source>Excel turned the phone number into the number “%1”, and its last digits were lost. Enter the phone again, with the column formatted as text.</source>
        <translation>Excel превратил номер телефона в число «%1», и последние цифры потерялись. Задайте для столбца текстовый формат и введите телефон заново.</translation>
    </message>
    <message>
        <source>“%1” has a “?” inside a word: a letter could not be saved because the file was saved in a code page without it. Save the file as “CSV UTF-8”, or correct the text.</source>
        <translation>В «%1» внутри слова стоит «?»: файл был сохранён в кодировке, где нет этой буквы, и она потерялась. Сохраните файл в формате «CSV UTF-8» или исправьте текст.</translation>
    </message>
</context>
<context>
    <name>supolka::DashboardPage</name>
    <message>
        <source>Members: %1</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>Участники по странам</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Не указана</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation>Новые участники по месяцам</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Новые участники</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Мероприятия: %1</translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has members or events. Add, import or load the demo data on the Members page, or create an event on the Events page.</source>
        <translation>Графики появятся здесь, когда в объединении будут участники или мероприятия. Добавьте, импортируйте или загрузите демонстрационные данные на странице «Участники» либо создайте мероприятие на странице «Мероприятия».</translation>
    </message>
</context>
<context>
    <name>supolka::Database</name>
    <message>
        <source>%1 is a folder, not a Supolka database file.</source>
        <translation>%1 — это папка, а не файл базы данных Supolka.</translation>
    </message>
    <message>
        <source>Supolka may not read %1. Check the file&apos;s permissions.</source>
        <translation>У Supolka нет прав на чтение %1. Проверьте права доступа к файлу.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 — не база данных Supolka (это не файл SQLite). Файл не изменён.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не удалось создать папку %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing; reinstall Supolka.</source>
        <translation>Отсутствует драйвер SQLite для Qt (QSQLITE). Переустановите Supolka.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka database or is damaged (%2). It was left untouched.</source>
        <translation>%1 — не база данных Supolka, либо файл повреждён (%2). Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Supolka (schema %2; this version knows up to %3). Update Supolka to open it. The file was left untouched.</source>
        <translation>Файл %1 создан более новой версией Supolka (схема %2, а эта версия поддерживает схемы до %3). Чтобы открыть его, обновите Supolka. Файл не изменён.</translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation>Не удалось подготовить базу данных %1: %2</translation>
    </message>
    <message>
        <source>Could not start the database upgrade: %1</source>
        <translation>Не удалось начать обновление базы данных: %1</translation>
    </message>
    <message>
        <source>The database upgrade to schema %1 failed and was undone: %2</source>
        <translation>Не удалось обновить базу данных до схемы %1, изменения отменены: %2</translation>
    </message>
    <message>
        <source>Could not save a setting in the database: %1</source>
        <translation>Не удалось сохранить настройку в базе данных: %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Supolka database. It was left untouched.</source>
        <translation>%1 — база данных SQLite другой программы, а не база данных Supolka. Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is in use by another Supolka (process %2 on %3, since %4). Close it there first.</source>
        <translation>%1 использует другая Supolka (процесс %2 на %3, с %4). Сначала закройте её там.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds its lock file %2. Close it there first.</source>
        <translation>%1 использует другая программа, которая держит её файл блокировки %2. Сначала закройте её там.</translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1: the disk %2 is full (%3 KB free). Free some space and try again.</source>
        <translation>Не удаётся записать файл блокировки рядом с %1: диск %2 заполнен (свободно %3 КБ). Освободите место и попробуйте снова.</translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1. Check that the folder is writable.</source>
        <translation>Не удаётся записать файл блокировки рядом с %1. Проверьте, можно ли писать в папку.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was written from it. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation>База %1 повреждена (%2). Из неё ничего не записано. Восстановите базу из резервной копии или скопируйте её в сторону и попросите помощи, прежде чем что-то менять.</translation>
    </message>
    <message>
        <source>another program kept the database busy for more than %1 seconds; try again when it has finished</source>
        <translation>другая программа держала базу занятой больше %1 секунд; попробуйте снова, когда она закончит</translation>
    </message>
    <message>
        <source>%1 is open for reading only (its file or folder may not be written), and this writes to it, so nothing was done. Copy the database to a folder Supolka may write to and work on the copy.</source>
        <translation>%1 открыт только для чтения (его файл или папку нельзя изменять), а это записывает в него, поэтому ничего не сделано. Скопируйте базу данных в папку, куда Supolka может писать, и работайте с копией.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and cannot be opened. Restore it from a backup, or copy it aside and ask for help. It was left untouched.</source>
        <translation>База данных %1 повреждена (%2), и её нельзя открыть. Восстановите её из резервной копии или скопируйте её в сторону и попросите помощи. Файл не тронут.</translation>
    </message>
    <message>
        <source>the database is open for reading only (its file or folder may not be written), so nothing can be changed; copy it to a folder Supolka may write to and open the copy to change it</source>
        <translation>база данных открыта только для чтения (её файл или папку нельзя изменять), поэтому ничего нельзя изменить; чтобы изменить, скопируйте её в папку, куда Supolka может писать, и откройте копию</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is no database in it to read.</source>
        <translation>%1 пуст и доступен только для чтения: в нём нет базы данных, которую можно прочитать.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the database cannot be made there.</source>
        <translation>Папка файла %1 доступна только для чтения, поэтому базу данных там создать нельзя.</translation>
    </message>
    <message>
        <source>%1 is read-only, and its journal %2 holds changes not yet written into it. Copy both files to a folder Supolka may write to and open the copy.</source>
        <translation>%1 доступен только для чтения, а его журнал %2 содержит изменения, ещё не записанные в него. Скопируйте оба файла в папку, куда Supolka может писать, и откройте копию.</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Supolka (schema %2): it must be upgraded before this version can read it. Copy it to a folder Supolka may write to and open the copy.</source>
        <translation>%1 доступен только для чтения и записан более старой Supolka (схема %2): его нужно обновить, прежде чем эта версия сможет его прочитать. Скопируйте его в папку, куда Supolka может писать, и откройте копию.</translation>
    </message>
    <message>
        <source>%1 is encrypted, and this build of Supolka cannot open encrypted databases: its Qt uses an SQLite library of its own, which does not know Supolka&apos;s encryption. Use a Supolka built with the system&apos;s Qt (Linux packages, Homebrew, vcpkg). The file was left untouched.</source>
        <translation>%1 зашифрована, а эта сборка Supolka не может открывать зашифрованные базы: её Qt использует собственную библиотеку SQLite, которая не знает шифрования Supolka. Используйте Supolka, собранную с системным Qt (пакеты Linux, Homebrew, vcpkg). Файл не тронут.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it (on the command line, --passphrase-file FILE).</source>
        <translation>%1 зашифрована: чтобы открыть её, нужна парольная фраза (в командной строке --passphrase-file FILE).</translation>
    </message>
    <message>
        <source>%1 is an encrypted Supolka database that this version cannot read (a newer format, or a damaged header). It was left untouched.</source>
        <translation>%1 — зашифрованная база Supolka, которую эта версия не может прочитать (более новый формат или повреждённый заголовок). Файл не тронут.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase (%2 MB are needed).</source>
        <translation>Не хватает памяти, чтобы получить ключ %1 из парольной фразы (нужно %2 МБ).</translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1 (or its first page is damaged). Nothing was changed.</source>
        <translation>Парольная фраза не подходит к %1 (или его первая страница повреждена). Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not make sure %1 reached the disk; it was removed.</source>
        <translation>Не удалось убедиться, что %1 записан на диск; его удалили.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it is made of; choose another file.</source>
        <translation>Резервная копия не может заменить базу, из которой сделана; выберите другой файл.</translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1: %2</source>
        <translation>Не удалось поместить резервную копию в %1: %2</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Новая парольная фраза пуста.</translation>
    </message>
    <message>
        <source>Not enough memory to derive a key from the new passphrase.</source>
        <translation>Не хватает памяти, чтобы получить ключ из новой парольной фразы.</translation>
    </message>
    <message>
        <source>Another program is still using %1; close it and try again. Nothing was changed.</source>
        <translation>Другая программа ещё использует %1; закройте её и попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not put the encrypted database in place of %1: %2. Nothing was changed.</source>
        <translation>Не удалось поместить зашифрованную базу на место %1: %2. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase.</source>
        <translation>Не хватает памяти, чтобы получить ключ %1 из парольной фразы.</translation>
    </message>
    <message>
        <source>Could not write a copy of the database to %1: %2</source>
        <translation>Не удалось записать копию базы данных в %1: %2</translation>
    </message>
    <message>
        <source>The copy written to %1 did not pass its check (%2); it was removed.</source>
        <translation>Копия, записанная в %1, не прошла проверку (%2); её удалили.</translation>
    </message>
</context>
<context>
    <name>supolka::DemoCases</name>
    <message>
        <source>Chapter lead (demo)</source>
        <translation>Руководитель объединения (демо)</translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не удалось начать запись демонстрационных данных.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не удалось сохранить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>supolka::DemoData</name>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не удалось начать запись демонстрационных данных.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Не удалось записать демонстрационные данные: %1</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не удалось сохранить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>supolka::DemoExitPoll</name>
    <message>
        <source>Presidential election 2020 (demo)</source>
        <translation>Президентские выборы 2020 (демо)</translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не удалось начать запись демонстрационных данных.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Против всех</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>утро</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Could not write the demo data.</source>
        <translation>Не удалось записать демонстрационные данные.</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не удалось сохранить демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>supolka::EventCharts</name>
    <message>
        <source>No check-ins yet</source>
        <translation>Отметок прихода пока нет</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins per %n minutes</source>
        <translation>
            <numerusform>Отметки прихода, интервал %n минута</numerusform>
            <numerusform>Отметки прихода, интервал %n минуты</numerusform>
            <numerusform>Отметки прихода, интервал %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Отметки прихода</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>Посещаемость по месяцам</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрированы</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришли</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n мероприятие</numerusform>
            <numerusform>%n мероприятия</numerusform>
            <numerusform>%n мероприятий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::EventEditor</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Вместимость</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Рабочая группа</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Указано</translation>
    </message>
    <message>
        <source>Leave unticked when the end is open</source>
        <translation>Оставьте без отметки, если время окончания не определено</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничений</translation>
    </message>
    <message>
        <source>Freedom Day rally</source>
        <translation>Акция ко Дню Воли</translation>
    </message>
    <message>
        <source>Hall, address</source>
        <translation>Зал, адрес</translation>
    </message>
    <message>
        <source>The chapter</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation>Сохранить (%1 или Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>supolka::EventRepository</name>
    <message>
        <source>The event needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
    <message>
        <source>The event needs a start date and time.</source>
        <translation>У мероприятия должны быть дата и время начала.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Мероприятие заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation>«%1» — не код страны (ISO 3166, например PL или LT).</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Вместимость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>There is no event “%1”.</source>
        <translation>Мероприятия «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <source>%n events are called “%1”; name one by its id.</source>
        <translation>
            <numerusform>%n мероприятие называется «%1»; укажите нужное по его id.</numerusform>
            <numerusform>%n мероприятия называются «%1»; укажите нужное по его id.</numerusform>
            <numerusform>%n мероприятий называются «%1»; укажите нужное по его id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the event: %1</source>
        <translation>Не удалось сохранить мероприятие: %1</translation>
    </message>
    <message>
        <source>This event no longer exists. Reload the list.</source>
        <translation>Этого мероприятия больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>Could not delete the event: %1</source>
        <translation>Не удалось удалить мероприятие: %1</translation>
    </message>
    <message>
        <source>Could not restore the event: %1</source>
        <translation>Не удалось восстановить мероприятие: %1</translation>
    </message>
    <message>
        <source>Could not save the registration: %1</source>
        <translation>Не удалось сохранить регистрацию: %1</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>У гостя должно быть имя.</translation>
    </message>
    <message>
        <source>A registration needs its event.</source>
        <translation>Регистрация должна относиться к мероприятию.</translation>
    </message>
    <message>
        <source>The member of this registration does not exist.</source>
        <translation>Участника, указанного в этой регистрации, не существует.</translation>
    </message>
    <message>
        <source>The ticket code %1 is already someone else&apos;s.</source>
        <translation>Код билета %1 уже принадлежит другому человеку.</translation>
    </message>
    <message>
        <source>Could not update the check-in search: %1</source>
        <translation>Не удалось обновить поиск для регистрации на входе: %1</translation>
    </message>
    <message>
        <source>This registration no longer exists. Reload the list.</source>
        <translation>Этой регистрации больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Этой регистрации больше нет.</translation>
    </message>
    <message>
        <source>%1&apos;s registration was cancelled: do not let them in on this ticket.</source>
        <translation>%1: регистрация отменена — не пропускайте по этому билету.</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 by %3.</source>
        <translation>%1: приход уже отмечен в %2 — %3.</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>другой ноутбук</translation>
    </message>
    <message>
        <source>Could not save the check-in: %1</source>
        <translation>Не удалось сохранить отметку о приходе: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1: приход отмечен.</translation>
    </message>
    <message>
        <source>Could not take the check-in back: %1</source>
        <translation>Не удалось отменить отметку о приходе: %1</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Введите имя гостя, пришедшего без записи.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>operator on laptop</comment>
        <translation>%1 на устройстве %2</translation>
    </message>
    <message>
        <source>This check-in was changed since (another laptop&apos;s earlier one was merged in); it stays.</source>
        <translation>Этот приход с тех пор изменился (объединён более ранний с другого ноутбука); он остаётся.</translation>
    </message>
</context>
<context>
    <name>supolka::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришли</translation>
    </message>
    <message>
        <source>Rally</source>
        <comment>event kind</comment>
        <translation>Митинг</translation>
    </message>
    <message>
        <source>Meetup</source>
        <comment>event kind</comment>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event kind</comment>
        <translation>Конференция</translation>
    </message>
    <message>
        <source>Fundraiser</source>
        <comment>event kind</comment>
        <translation>Сбор средств</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>event kind</comment>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>supolka::EventsFirstRun</name>
    <message>
        <source>No events yet</source>
        <translation>Мероприятий пока нет</translation>
    </message>
    <message>
        <source>Rallies, meetups, conferences and fundraisers of the chapter live here, with who registered, their tickets and badges, and who came. Create the first event, then add guests or import the list of attendees, and check them in at the door.</source>
        <translation>Здесь собраны митинги, встречи, конференции и сборы средств объединения: кто зарегистрировался, их билеты и бейджи, кто пришёл. Создайте первое мероприятие, затем добавьте гостей или импортируйте список записавшихся и отмечайте их приход на входе.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
</context>
<context>
    <name>supolka::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Изменить мероприятие…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Удалить мероприятие</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>&amp;Найти мероприятие</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>&amp;Режим регистрации на входе</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Создать мероприятие</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected event (Enter or double-click)</source>
        <translation>Изменить выбранное мероприятие (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected event with its registrations (Del); Undo brings it back</source>
        <translation>Удалить выбранное мероприятие вместе с его регистрациями (Del); это можно отменить</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Фильтр мероприятий</translation>
    </message>
    <message>
        <source>Filter: names in any script, e-mail, phone, ticket</source>
        <translation>Фильтр: имена на любом алфавите, e-mail, телефон, билет</translation>
    </message>
    <message>
        <source>Filter registrations</source>
        <translation>Фильтр регистраций</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Добавить гостя…</translation>
    </message>
    <message>
        <source>Register someone who is not a member</source>
        <translation>Зарегистрировать человека, который не является участником</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Отменить регистрацию</translation>
    </message>
    <message>
        <source>Cancel the selected registrations: their tickets are refused at the door; Undo takes it back</source>
        <translation>Отменить выбранные регистрации: их билеты не примут на входе; это можно отменить</translation>
    </message>
    <message>
        <source>Print tickets…</source>
        <translation>Печать билетов…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Печать бейджей…</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>Режим входа</translation>
    </message>
    <message>
        <source>Check people in at the door of this event</source>
        <translation>Отмечать приход гостей на входе на это мероприятие</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Мероприятий: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Регистрации (%1)</translation>
    </message>
    <message>
        <source>Select an event to see who registered.</source>
        <translation>Выберите мероприятие, чтобы увидеть, кто зарегистрировался.</translation>
    </message>
    <message>
        <source>Registered: %1 of %2</source>
        <translation>Зарегистрировано: %1 из %2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Пришли: %1</translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation>Без записи: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Добавление мероприятия %1</translation>
    </message>
    <message>
        <source>Added the event “%1”.</source>
        <translation>Мероприятие «%1» добавлено.</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Изменение мероприятия %1</translation>
    </message>
    <message>
        <source>Saved the event “%1”.</source>
        <translation>Мероприятие «%1» сохранено.</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Удаление мероприятия %1</translation>
    </message>
    <message>
        <source>Deleted the event “%1”.</source>
        <translation>Мероприятие «%1» удалено.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Добавление гостя %1</translation>
    </message>
    <message>
        <source>Registered %1; ticket %2.</source>
        <translation>Зарегистрировано: %1; билет %2.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation>Отмена регистрации: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n registrations</source>
        <translation>
            <numerusform>Отмена %n регистрации</numerusform>
            <numerusform>Отмена %n регистраций</numerusform>
            <numerusform>Отмена %n регистраций</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled the registration of %1.</source>
        <translation>Регистрация отменена: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrations.</source>
        <translation>
            <numerusform>Отменена %n регистрация.</numerusform>
            <numerusform>Отменены %n регистрации.</numerusform>
            <numerusform>Отменено %n регистраций.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet.</source>
        <translation>На «%1» пока никто не зарегистрировался.</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Печать бейджей</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Печать билетов</translation>
    </message>
    <message>
        <source>Print badges for the people selected, or for everyone registered?</source>
        <translation>Напечатать бейджи для выбранных людей или для всех зарегистрированных?</translation>
    </message>
    <message>
        <source>Print tickets for the people selected, or for everyone registered?</source>
        <translation>Напечатать билеты для выбранных людей или для всех зарегистрированных?</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>Выбранные (%1)</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Все (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save the badges for “%1”</source>
        <translation>Сохранение бейджей для «%1»</translation>
    </message>
    <message>
        <source>Save the tickets for “%1”</source>
        <translation>Сохранение билетов для «%1»</translation>
    </message>
    <message>
        <source>badges</source>
        <comment>file name</comment>
        <translation>бейджи</translation>
    </message>
    <message>
        <source>tickets</source>
        <comment>file name</comment>
        <translation>билеты</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The badges were not written: %1</source>
        <translation>Бейджи не записаны: %1</translation>
    </message>
    <message>
        <source>The tickets were not written: %1</source>
        <translation>Билеты не записаны: %1</translation>
    </message>
    <message numerus="yes">
        <source>Badges for %n people are in %1.</source>
        <translation>
            <numerusform>Бейджи для %n человека сохранены в %1.</numerusform>
            <numerusform>Бейджи для %n человек сохранены в %1.</numerusform>
            <numerusform>Бейджи для %n человек сохранены в %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tickets for %n people are in %1.</source>
        <translation>
            <numerusform>Билеты для %n человека сохранены в %1.</numerusform>
            <numerusform>Билеты для %n человек сохранены в %1.</numerusform>
            <numerusform>Билеты для %n человек сохранены в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Импортировать список…</translation>
    </message>
    <message>
        <source>Take an attendee list into this event: an Eventbrite attendee report, a pretix check-in list, a Google Forms sheet, or another laptop&apos;s export</source>
        <translation>Загрузить список участников в это мероприятие: отчёт Eventbrite, список pretix, таблицу Google Forms или экспорт с другого ноутбука</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Write this event&apos;s registrations and check-ins, for another laptop at the door to import and merge</source>
        <translation>Записать регистрации и приходы этого мероприятия, чтобы другой ноутбук на входе импортировал и объединил их</translation>
    </message>
    <message>
        <source>Import an attendee list into “%1”</source>
        <translation>Импорт списка участников в «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the registrations of “%1”</source>
        <translation>Экспорт регистраций «%1»</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations to %1: import that file on the other laptop to merge.</source>
        <translation>
            <numerusform>Записана %n регистрация в %1: импортируйте этот файл на другом ноутбуке, чтобы объединить.</numerusform>
            <numerusform>Записано %n регистрации в %1: импортируйте этот файл на другом ноутбуке, чтобы объединить.</numerusform>
            <numerusform>Записано %n регистраций в %1: импортируйте этот файл на другом ноутбуке, чтобы объединить.</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <comment>import and export of an attendee list</comment>
        <translation>Список</translation>
    </message>
    <message>
        <source>Import registrations into “%1”</source>
        <translation>Импорт регистраций в «%1»</translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation>Импорт регистраций…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Event (id)</source>
        <translation>Событие (id)</translation>
    </message>
    <message>
        <source>Member (id)</source>
        <translation>Участник (id)</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Статус регистрации</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Код билета</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Время прихода</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Кто отметил</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Пришёл без регистрации</translation>
    </message>
    <message>
        <source>Order or ticket number</source>
        <translation>Номер заказа или билета</translation>
    </message>
    <message>
        <source>One A6 page per person with the ticket code and its QR code</source>
        <translation>Одна страница A6 на человека с кодом билета и его QR-кодом</translation>
    </message>
    <message numerus="yes">
        <source>A4 sheets of %n name badges with QR codes and cut lines</source>
        <translation>
            <numerusform>Листы A4 по %n именному бейджу с QR-кодами и линиями разреза</numerusform>
            <numerusform>Листы A4 по %n именных бейджа с QR-кодами и линиями разреза</numerusform>
            <numerusform>Листы A4 по %n именных бейджей с QR-кодами и линиями разреза</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF…</source>
        <translation>Сохранить билеты в PDF…</translation>
    </message>
    <message>
        <source>Save badges as PDF…</source>
        <translation>Сохранить бейджи в PDF…</translation>
    </message>
    <message>
        <source>Print badges for “%1”</source>
        <translation>Печать бейджей для «%1»</translation>
    </message>
    <message>
        <source>Print tickets for “%1”</source>
        <translation>Печать билетов для «%1»</translation>
    </message>
    <message>
        <source>The badges were not printed: %1</source>
        <translation>Бейджи не напечатаны: %1</translation>
    </message>
    <message>
        <source>The tickets were not printed: %1</source>
        <translation>Билеты не напечатаны: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent badges for %n people to %1.</source>
        <translation>
            <numerusform>Бейдж для %n человека отправлен на %1.</numerusform>
            <numerusform>Бейджи для %n человек отправлены на %1.</numerusform>
            <numerusform>Бейджи для %n человек отправлены на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent tickets for %n people to %1.</source>
        <translation>
            <numerusform>Билет для %n человека отправлен на %1.</numerusform>
            <numerusform>Билеты для %n человек отправлены на %1.</numerusform>
            <numerusform>Билеты для %n человек отправлены на %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title, city, country, kind</source>
        <translation>Название, город, страна, тип</translation>
    </message>
    <message>
        <source>the search stops at %1 registrations: type more to narrow it</source>
        <translation>поиск останавливается на %1 регистрациях: уточните запрос</translation>
    </message>
</context>
<context>
    <name>supolka::ExchangeKeyStore</name>
    <message>
        <source>This database&apos;s exchange keys are damaged; bundles cannot be sealed or opened.</source>
        <translation>Ключи обмена этой базы повреждены; пакеты нельзя ни запечатать, ни открыть.</translation>
    </message>
    <message>
        <source>Could not keep the exchange keys in the database: %1</source>
        <translation>Не удалось сохранить ключи обмена в базе данных: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollAnalysis</name>
    <message>
        <source>The official share of an option lies outside the 95% interval of the exit poll at this station. With honest counting and an honest sample this happens at about one station in twenty by chance; far outside, or at many stations, it points to a result that was not counted as cast.</source>
        <translation>Официальная доля варианта лежит за пределами 95-процентного интервала экзитпола на этом участке. При честном подсчёте и честной выборке так случайно бывает примерно на одном участке из двадцати; если результат далеко за пределами интервала или так на многих участках, это указывает, что голоса подсчитали не так, как их подали.</translation>
    </message>
    <message>
        <source>Observers saw more ballots (photographed or counted) for an option than the protocol gives it. The protocol cannot be true: each of those ballots is proof of a vote.</source>
        <translation>Наблюдатели видели больше бюллетеней за вариант (сфотографированных или подсчитанных), чем даёт ему протокол. Протокол не может быть верным: каждый из этих бюллетеней — доказательство голоса.</translation>
    </message>
    <message>
        <source>The protocol gives more ballots cast than the observers counted voters at the door all day. Either voters were missed, or ballots were added.</source>
        <translation>По протоколу проголосовавших больше, чем наблюдатели насчитали избирателей на входе за весь день. Либо кого-то из избирателей пропустили, либо бюллетени добавили.</translation>
    </message>
    <message>
        <source>Every number of the protocol is known, and the votes of all options plus the spoiled ballots do not add up to the ballots cast. A protocol with unknown parts is never flagged for this.</source>
        <translation>Все числа протокола известны, и голоса за все варианты вместе с испорченными бюллетенями не сходятся с числом проголосовавших. Протокол, в котором часть чисел неизвестна, никогда не получает такую отметку.</translation>
    </message>
    <message>
        <source>Official %1 (%2 of %3 ballots cast); exit poll %4, 95% interval %5–%6, from %7 respondents who named an option.</source>
        <translation>Официально %1 (%2 из %3 проголосовавших); экзитпол %4, интервал 95%: %5–%6, по ответам %7 респондентов, назвавших вариант.</translation>
    </message>
    <message>
        <source>Observers verified %1 ballots for %2; the protocol gives %3.</source>
        <translation>Наблюдатели подтвердили бюллетени за %2: %1; в протоколе — %3.</translation>
    </message>
    <message>
        <source>The protocol gives %1 ballots cast; observers counted %2 voters at the door.</source>
        <translation>В протоколе проголосовавших: %1; наблюдатели насчитали избирателей на входе: %2.</translation>
    </message>
    <message>
        <source>The votes of all options and the spoiled ballots add up to %1, but the protocol gives %2 ballots cast.</source>
        <translation>Голоса за все варианты вместе с испорченными бюллетенями дают в сумме %1, а в протоколе проголосовавших: %2.</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollCharts</name>
    <message>
        <source>%1 at each station: the exit poll with its 95% interval, and the official result</source>
        <translation>%1 на каждом участке: экзитпол с интервалом 95% и официальный результат</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Избирательный участок</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Flagged station</source>
        <translation>Участок с отметкой</translation>
    </message>
    <message>
        <source>Exit poll, with its 95% interval</source>
        <translation>Экзитпол с интервалом 95%</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официальный результат</translation>
    </message>
    <message>
        <source>Official, flagged station</source>
        <translation>Официально, участок с отметкой</translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled, and the official totals</source>
        <translation>Все участки: сводный экзитпол и официальные итоги</translation>
    </message>
    <message>
        <source>exit poll unknown</source>
        <translation>экзитпол неизвестен</translation>
    </message>
    <message>
        <source>official unknown</source>
        <translation>официальный результат неизвестен</translation>
    </message>
    <message>
        <source>No exit poll and no official results yet</source>
        <translation>Пока нет ни экзитпола, ни официальных результатов</translation>
    </message>
    <message>
        <source>Share of the vote</source>
        <translation>Доля голосов</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents named an option, pooled over %n station(s)</source>
        <translation>
            <numerusform>Экзитпол: %1 ответов с %n участка</numerusform>
            <numerusform>Экзитпол: %1 ответов с %n участков</numerusform>
            <numerusform>Экзитпол: %1 ответов с %n участков</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1 ballots cast, over %2 protocols</source>
        <translation>Официально: %1 бюллетеней, %2 протоколов</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollImporter</name>
    <message>
        <source>Name the election the file belongs to (--election NAME).</source>
        <translation>Укажите выборы, к которым относится файл (--election NAME).</translation>
    </message>
    <message>
        <source>%1 has no station_code column: every row must say which polling station it is.</source>
        <translation>В файле %1 нет столбца station_code: в каждой строке должен быть указан избирательный участок.</translation>
    </message>
    <message>
        <source>%1 has no column for any option (a candidate, “against all”, ...).</source>
        <translation>В файле %1 нет столбца ни для одного варианта (кандидат, «против всех», ...).</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a count</source>
        <translation>столбец «%1»: «%2» не подходит как количество</translation>
    </message>
    <message>
        <source>the row has no station_code</source>
        <translation>в строке нет station_code</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollPage</name>
    <message>
        <source>&amp;Station list…</source>
        <translation>&amp;Список участков…</translation>
    </message>
    <message>
        <source>Stations with their number, city, country and registered voters</source>
        <translation>Участки с номером, городом, страной и числом зарегистрированных избирателей</translation>
    </message>
    <message>
        <source>&amp;Exit-poll answers…</source>
        <translation>Ответы &amp;экзитпола…</translation>
    </message>
    <message>
        <source>Answers per station (and shift), one column per option</source>
        <translation>Ответы по участкам (и сменам), по столбцу на каждый вариант</translation>
    </message>
    <message>
        <source>&amp;Official protocols…</source>
        <translation>&amp;Официальные протоколы…</translation>
    </message>
    <message>
        <source>The published results per station: ballots cast, spoiled, votes</source>
        <translation>Опубликованные результаты по участкам: число проголосовавших, испорченные бюллетени, голоса</translation>
    </message>
    <message>
        <source>Observers&apos; &amp;verified counts…</source>
        <translation>&amp;Подтверждённые подсчёты наблюдателей…</translation>
    </message>
    <message>
        <source>Voters counted at the door and ballots seen, per station</source>
        <translation>Избиратели, подсчитанные на входе, и увиденные бюллетени, по участкам</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Экспорт диаграммы в &amp;PNG…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Экспорт таблицы в &amp;CSV…</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Отчёт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Station sheet…</source>
        <translation>&amp;Лист участка…</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Выборы:</translation>
    </message>
    <message>
        <source>Name of the election</source>
        <translation>Название выборов</translation>
    </message>
    <message>
        <source>Choose an election, or type the name of a new one and import its files</source>
        <translation>Выберите выборы или введите название новых и импортируйте их файлы</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>В&amp;ариант:</translation>
    </message>
    <message>
        <source>The option compared at each station, in the chart and the table</source>
        <translation>Вариант, сравниваемый на каждом участке, на диаграмме и в таблице</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import a station list, exit-poll answers, official protocols or observers&apos; counts (CSV, one row per station)</source>
        <translation>Импортировать список участков, ответы экзитпола, официальные протоколы или подсчёты наблюдателей (CSV, по строке на участок)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Count exit-poll answers at the door, one key per answer, in a window of its own</source>
        <translation>Подсчитывать ответы экзитпола на входе, по клавише на ответ, в отдельном окне</translation>
    </message>
    <message>
        <source>Load the demo election</source>
        <translation>Загрузить демонстрационные выборы</translation>
    </message>
    <message>
        <source>Import a station list…</source>
        <translation>Импортировать список участков…</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>По участкам</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>В целом</translation>
    </message>
    <message>
        <source>&amp;Flagged stations only</source>
        <translation>Только участки с &amp;отметками</translation>
    </message>
    <message>
        <source>Station number, city or country</source>
        <translation>Номер участка, город или страна</translation>
    </message>
    <message>
        <source>the station list</source>
        <translation>список участков</translation>
    </message>
    <message>
        <source>exit-poll answers</source>
        <translation>ответы экзитпола</translation>
    </message>
    <message>
        <source>official protocols</source>
        <translation>официальные протоколы</translation>
    </message>
    <message>
        <source>observers&apos; verified counts</source>
        <translation>подтверждённые подсчёты наблюдателей</translation>
    </message>
    <message>
        <source>Stations: %1. Exit poll at %2 of them, %3 respondents. Protocols published: %4. Observers&apos; counts: %5. Flagged stations: %6.</source>
        <translation>Участков: %1. Экзитпол на %2 из них, респондентов: %3. Опубликовано протоколов: %4. Подсчётов наблюдателей: %5. Участков с отметками: %6.</translation>
    </message>
    <message>
        <source>No election yet. Type the election&apos;s name above, then import its station list, exit-poll answers, official protocols and observers&apos; counts (Import), or load the demo election to see how it works.</source>
        <translation>Выборов пока нет. Введите название выборов выше, затем импортируйте список участков, ответы экзитпола, официальные протоколы и подсчёты наблюдателей («Импортировать») или загрузите демонстрационные выборы, чтобы посмотреть, как это работает.</translation>
    </message>
    <message>
        <source>No data for “%1” yet. Import its station list, exit-poll answers, official protocols or observers&apos; counts (Import): the election is created with its first file.</source>
        <translation>Для «%1» пока нет данных. Импортируйте список участков, ответы экзитпола, официальные протоколы или подсчёты наблюдателей («Импортировать»): выборы создаются вместе с первым файлом.</translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation>Участков: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Select a station to see what each of its flags rests on and how to read it.</source>
        <translation>Выберите участок, чтобы увидеть, на чём основана каждая его отметка и как её понимать.</translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and never counted as zero.</source>
        <translation>Неизвестное число показывается как «%1» и никогда не считается нулём.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>Участок %1: %2</translation>
    </message>
    <message>
        <source>No flag: nothing known about this station contradicts its exit poll.</source>
        <translation>Отметок нет: ничто известное об этом участке не противоречит его экзитполу.</translation>
    </message>
    <message>
        <source>There is no exit poll from this station.</source>
        <translation>С этого участка нет экзитпола.</translation>
    </message>
    <message>
        <source>Its protocol has not been published (or not imported).</source>
        <translation>Его протокол не опубликован (или не импортирован).</translation>
    </message>
    <message>
        <source>No observers&apos; count is known for it.</source>
        <translation>Подсчёт наблюдателей для него неизвестен.</translation>
    </message>
    <message>
        <source>Checks need numbers on both sides:</source>
        <translation>Для проверок нужны числа с обеих сторон:</translation>
    </message>
    <message>
        <source>Type the name of the election first, for example “Presidential election 2020”: the file is imported into it.</source>
        <translation>Сначала введите название выборов, например «Президентские выборы 2020»: файл импортируется в них.</translation>
    </message>
    <message>
        <source>Import %1 into “%2”</source>
        <translation>Импорт в «%2»: %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Type the name of the election first: the file is imported into it.</source>
        <translation>Сначала введите название выборов: файл импортируется в них.</translation>
    </message>
    <message>
        <source>The demo election was not loaded: %1</source>
        <translation>Демонстрационные выборы не загружены: %1</translation>
    </message>
    <message>
        <source>The demo election is already loaded.</source>
        <translation>Демонстрационные выборы уже загружены.</translation>
    </message>
    <message>
        <source>Loaded the demo election with %1 made-up polling stations.</source>
        <translation>Загружены демонстрационные выборы; вымышленных избирательных участков: %1.</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>по участкам</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>в целом</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Экспорт диаграммы в PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Диаграмма сохранена в %1.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, обычный UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the stations table</source>
        <translation>Экспорт таблицы участков</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>участки</translation>
    </message>
    <message>
        <source>The table was not exported: %1</source>
        <translation>Таблица не экспортирована: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n station(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n участок в %1.</numerusform>
            <numerusform>Экспортировано %n участка в %1.</numerusform>
            <numerusform>Экспортировано %n участков в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 at each station: the dot is the exit-poll share with its 95% interval, the square the official share; flagged stations on red.</source>
        <translation>%1 на каждом участке: точка — доля по экзитполу с интервалом 95%, квадрат — официальная доля; участки с отметками — на красном фоне.</translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled over the stations with answers, the official share over the protocols that give it.</source>
        <translation>Все участки: экзитпол, сведённый по участкам с ответами, и официальная доля по протоколам, в которых она есть.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Отчёт не записан: %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Отчёт записан в %1.</translation>
    </message>
    <message>
        <source>Choose or import an election first: the sheet counts answers for its options at its stations.</source>
        <translation>Сначала выберите или импортируйте выборы: лист подсчитывает ответы за их варианты на их участках.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт: %1…</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollReportWriter</name>
    <message>
        <source>Exit poll report</source>
        <translation>Отчёт об экзитполе</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Выборы: %1</translation>
    </message>
    <message>
        <source>Option compared at each station: %1</source>
        <translation>Вариант, сравниваемый на каждом участке: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлен %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Polling stations: %1; flagged: %2.</source>
        <translation>Избирательных участков: %1; с отметками: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents at %n station(s), of whom %2 named an option.</source>
        <translation>
            <numerusform>Экзитпол: респондентов — %1 на %n участке, из них вариант назвали %2.</numerusform>
            <numerusform>Экзитпол: респондентов — %1 на %n участках, из них вариант назвали %2.</numerusform>
            <numerusform>Экзитпол: респондентов — %1 на %n участках, из них вариант назвали %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols published: %n.</source>
        <translation>
            <numerusform>Опубликован %n официальный протокол.</numerusform>
            <numerusform>Опубликовано %n официальных протокола.</numerusform>
            <numerusform>Опубликовано %n официальных протоколов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ballots cast: %1, over %n station(s).</source>
        <translation>
            <numerusform>Проголосовавших: %1, по %n участку.</numerusform>
            <numerusform>Проголосовавших: %1, по %n участкам.</numerusform>
            <numerusform>Проголосовавших: %1, по %n участкам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered voters: %1, over %n station(s).</source>
        <translation>
            <numerusform>Зарегистрированных избирателей: %1, по %n участку.</numerusform>
            <numerusform>Зарегистрированных избирателей: %1, по %n участкам.</numerusform>
            <numerusform>Зарегистрированных избирателей: %1, по %n участкам.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Exit poll, pooled</source>
        <translation>Экзитпол, сводно</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участки</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>The official share of an option is its votes over the ballots cast, at the stations whose protocol gives both numbers.</source>
        <translation>Официальная доля варианта — это его голоса, делённые на число проголосовавших, на участках, протокол которых даёт оба числа.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and is never counted as zero.</source>
        <translation>Неизвестное число показывается как «%1» и никогда не считается нулём.</translation>
    </message>
    <message>
        <source>What each flag rests on</source>
        <translation>На чём основана каждая отметка</translation>
    </message>
    <message>
        <source>No station is flagged.</source>
        <translation>Ни один участок не отмечен.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участок %1</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>Участок %1: %2</translation>
    </message>
    <message>
        <source>How to read the flags</source>
        <translation>Как понимать отметки</translation>
    </message>
    <message>
        <source>There is nothing to report yet.</source>
        <translation>Пока не о чем сообщать.</translation>
    </message>
    <message>
        <source>Exit poll report: %1</source>
        <translation>Отчёт об экзитполе: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollRepository</name>
    <message>
        <source>Name the election, for example “Presidential election 2020”.</source>
        <translation>Укажите название выборов, например «Президентские выборы 2020».</translation>
    </message>
    <message>
        <source>Could not save the election: %1</source>
        <translation>Не удалось сохранить выборы: %1</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>У варианта должно быть название.</translation>
    </message>
    <message>
        <source>Could not save the option: %1</source>
        <translation>Не удалось сохранить вариант: %1</translation>
    </message>
    <message>
        <source>A polling station needs its number (station_code).</source>
        <translation>У избирательного участка должен быть номер (station_code).</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows.</source>
        <translation>Supolka не знает страну «%1».</translation>
    </message>
    <message>
        <source>Could not save the polling station: %1</source>
        <translation>Не удалось сохранить избирательный участок: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>Не удалось сохранить ответ: %1</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Количество не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Could not save the count: %1</source>
        <translation>Не удалось сохранить подсчёт: %1</translation>
    </message>
    <message>
        <source>Could not save the counts: %1</source>
        <translation>Не удалось сохранить подсчёты: %1</translation>
    </message>
    <message>
        <source>Could not save the protocol: %1</source>
        <translation>Не удалось сохранить протокол: %1</translation>
    </message>
    <message>
        <source>Could not save the verified counts: %1</source>
        <translation>Не удалось сохранить подтверждённые подсчёты: %1</translation>
    </message>
</context>
<context>
    <name>supolka::GuestDialog</name>
    <message>
        <source>Add guest</source>
        <translation>Добавить гостя</translation>
    </message>
    <message>
        <source>Register someone who is not a member for “%1”. They get a ticket code of their own.</source>
        <translation>Зарегистрировать на «%1» человека, который не является участником. Он получит собственный код билета.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>As they write it, in any script</source>
        <translation>Так, как человек пишет сам, на любом алфавите</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation>+48 512 345 678</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name.</source>
        <translation>Введите имя гостя.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>supolka::HeaderMapping</name>
    <message>
        <source>an unknown program</source>
        <translation>неизвестная программа</translation>
    </message>
    <message>
        <source>Supolka</source>
        <translation>Supolka</translation>
    </message>
</context>
<context>
    <name>supolka::ImportCommand</name>
    <message>
        <source>Import of %1: %2 new, %3 updated</source>
        <translation>Импорт %1: новых %2, обновлено %3</translation>
    </message>
</context>
<context>
    <name>supolka::ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>The first rows as read (change the encoding or delimiter if they look wrong):</source>
        <translation>Первые строки в том виде, как они прочитаны (если выглядят неправильно, смените кодировку или разделитель):</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Что содержится в каждом столбце:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Импорт участников из CSV-файла</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1). Try another encoding or delimiter.</source>
        <translation>Не удаётся прочитать этот файл как CSV (%1). Попробуйте другую кодировку или другой разделитель.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1, column %2: %3. Nothing can be imported until this is fixed; another encoding or delimiter may help.</source>
        <translation>Чтение остановилось на строке %1, в столбце %2: %3. Пока это не исправлено, импортировать ничего нельзя; возможно, поможет другая кодировка или другой разделитель.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Похоже, источник — %1</translation>
    </message>
    <message>
        <source>No column was recognised. Choose below what each column holds.</source>
        <translation>Ни один столбец не распознан. Укажите ниже, что содержится в каждом столбце.</translation>
    </message>
    <message>
        <source>More than one column is set to: %1. Choose one column for each.</source>
        <translation>Значение «%1» назначено нескольким столбцам. Для каждого значения выберите только один столбец.</translation>
    </message>
    <message>
        <source>No column is set to be imported. Choose what each column holds.</source>
        <translation>Не выбрано ни одного столбца для импорта. Укажите, что содержится в каждом столбце.</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>Импорт участников…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Из %2 прочитано строк: %1. Новых: %3, обновлено: %4, без изменений: %5, отклонено: %6.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Rows that were not imported, and rows imported with a problem to look at:</source>
        <translation>Строки, которые не импортированы, и строки, импортированные с проблемой, на которую стоит взглянуть:</translation>
    </message>
    <message>
        <source>&amp;Save the problem rows…</source>
        <translation>&amp;Сохранить строки с проблемами…</translation>
    </message>
    <message>
        <source>A CSV of the rows left out and of those imported with a problem, with line, column and reason, to fix and import again</source>
        <translation>CSV со строками, которые не вошли, и с теми, что импортированы с проблемой, со строкой, столбцом и причиной — чтобы исправить и импортировать снова</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не импортирована</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>импортирована</translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation>Сохранить строки с проблемами</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-проблемы</translation>
    </message>
    <message>
        <source>The problem rows were not saved: %1</source>
        <translation>Строки с проблемами не сохранены: %1</translation>
    </message>
    <message>
        <source>Saved the problem rows (%1) to %2. Fix them there and import that file again.</source>
        <translation>Строки с проблемами (%1) сохранены в %2. Исправьте их там и импортируйте этот файл снова.</translation>
    </message>
</context>
<context>
    <name>supolka::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не удалось открыть %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>%1 is empty: there is not even a header line.</source>
        <translation>%1 пуст: в нём нет даже строки заголовка.</translation>
    </message>
    <message>
        <source>The header line cannot be read: %1</source>
        <translation>Строку заголовка невозможно прочитать: %1</translation>
    </message>
    <message>
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation>В сопоставлении столбцов позиций: %1, а в файле столбцов: %2.</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не удалось начать запись в базу данных: %1</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>the row has %1 cells where the header has %2; a comma or semicolon inside a cell needs quotes</source>
        <translation>в строке %1 ячеек, а в заголовке %2; запятая или точка с запятой в ячейке требует кавычек</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation>Строка %1, столбец %2: %3. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation>Не удалось сохранить результат импорта: %1. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>supolka::ImportProblems</name>
    <message>
        <source>%1: %2</source>
        <comment>a column&apos;s header, then what is wrong in it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line</source>
        <comment>column of the problems file</comment>
        <translation>строка</translation>
    </message>
    <message>
        <source>column</source>
        <comment>column of the problems file</comment>
        <translation>столбец</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>column of the problems file</comment>
        <translation>результат</translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the problems file</comment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a row that was not imported</comment>
        <translation>не импортирована</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>a row imported with a problem in a field</comment>
        <translation>предупреждение</translation>
    </message>
    <message>
        <source>extra %1</source>
        <comment>a column of the problems file for cells beyond the header</comment>
        <translation>дополнительно %1</translation>
    </message>
</context>
<context>
    <name>supolka::KeysPanel</name>
    <message>
        <source>This chapter&apos;s keys</source>
        <translation>Ключи этого объединения</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Отпечаток:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Получатель:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подписи:</translation>
    </message>
    <message>
        <source>Send these public keys to the secretariat and the chapters you exchange with; they hold no secret. Then read the fingerprint to each other on a call or in person.</source>
        <translation>Отправьте эти публичные ключи секретариату и объединениям, с которыми вы обмениваетесь; секретов в них нет. Затем прочитайте друг другу отпечаток во время звонка или лично.</translation>
    </message>
    <message>
        <source>Export public keys…</source>
        <translation>Экспортировать публичные ключи…</translation>
    </message>
    <message>
        <source>Contacts: whom bundles are sealed for and taken from</source>
        <translation>Контакты: для кого запечатываются пакеты и от кого они принимаются</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Add from pasted keys…</source>
        <translation>Добавить из вставленных ключей…</translation>
    </message>
    <message>
        <source>Add from a keys file…</source>
        <translation>Добавить из файла ключей…</translation>
    </message>
    <message>
        <source>Compare fingerprint…</source>
        <translation>Сверить отпечаток…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>The public keys as a QR code, to scan with a phone</source>
        <translation>Публичные ключи в виде QR-кода, чтобы отсканировать их телефоном</translation>
    </message>
    <message>
        <source>KEYS CHANGED: not used until compared again</source>
        <translation>КЛЮЧИ ИЗМЕНИЛИСЬ: не используется, пока отпечаток не сверят снова</translation>
    </message>
    <message>
        <source>fingerprint compared</source>
        <translation>отпечаток сверен</translation>
    </message>
    <message>
        <source>NOT COMPARED: not used yet</source>
        <translation>НЕ СВЕРЕН: пока не используется</translation>
    </message>
    <message>
        <source>Export this chapter&apos;s public keys</source>
        <translation>Экспорт публичных ключей этого объединения</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Saved the public keys to %1. They hold no secret: send them, then compare the fingerprint on a call.</source>
        <translation>Публичные ключи сохранены в %1. Секретов в них нет: отправьте их, затем сверьте отпечаток во время звонка.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Добавить контакт</translation>
    </message>
    <message>
        <source>Paste the public keys they sent you: their keys file, or the message with the age1… and RW… keys.</source>
        <translation>Вставьте публичные ключи, которые вам прислали: их файл ключей или сообщение с ключами age1… и RW…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Open a public keys file</source>
        <translation>Открытие файла публичных ключей</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not a public keys file.</source>
        <translation>%1 — не файл публичных ключей.</translation>
    </message>
    <message>
        <source>No public keys were found: the text needs one age1… key and one RW… key, each copied whole.</source>
        <translation>Публичные ключи не найдены: в тексте должны быть один ключ age1… и один ключ RW…, каждый скопирован целиком.</translation>
    </message>
    <message>
        <source>Their chapter code, such as LT-VNO or SEC:</source>
        <translation>Код их объединения, например LT-VNO или SEC:</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Сверьте отпечаток</translation>
    </message>
    <message>
        <source>Read these digits with %1 on a call or in person. They must be the same as those their Supolka shows on its Keys tab:

%2</source>
        <translation>Прочитайте эти цифры вместе с %1 во время звонка или лично. Они должны совпадать с теми, что их Supolka показывает на вкладке «Ключи»:

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>If the digits differ, someone may have changed the keys on the way: do not add them.</source>
        <translation>Если цифры различаются, кто-то мог подменить ключи по пути: не добавляйте их.</translation>
    </message>
    <message>
        <source>The digits match: add</source>
        <translation>Цифры совпадают: добавить</translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation>Добавить, сверить позже</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The keys of %1 have CHANGED. Bundles are not sealed for them or taken from them until you compare the new fingerprint.</source>
        <translation>Ключи %1 ИЗМЕНИЛИСЬ. Пакеты для них не запечатываются и от них не принимаются, пока вы не сверите новый отпечаток.</translation>
    </message>
    <message>
        <source>%1 is a contact now: bundles can be sealed for them.</source>
        <translation>Теперь %1 — контакт: для них можно запечатывать пакеты.</translation>
    </message>
    <message>
        <source>%1 was added. Compare the fingerprint with them before bundles are sealed for them.</source>
        <translation>%1 добавлен. Сверьте с ними отпечаток, прежде чем для них будут запечатываться пакеты.</translation>
    </message>
    <message>
        <source>Their keys changed on %1. Ask them whether they made new keys.</source>
        <translation>Их ключи изменились %1. Спросите у них, создавали ли они новые ключи.</translation>
    </message>
    <message>
        <source>The digits match</source>
        <translation>Цифры совпадают</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>Они различаются</translation>
    </message>
    <message>
        <source>Do not exchange bundles with %1 until you know why the digits differ: remove the contact and add the keys they give you in person.</source>
        <translation>Не обменивайтесь пакетами с %1, пока не узнаете, почему цифры различаются: удалите контакт и добавьте ключи, которые они передадут вам лично.</translation>
    </message>
    <message>
        <source>%1 is checked: bundles can be sealed for them.</source>
        <translation>%1 проверен: для них можно запечатывать пакеты.</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Удаление контакта</translation>
    </message>
    <message>
        <source>Remove %1? Bundles can no longer be sealed for them, and theirs are refused until they are added again.</source>
        <translation>Удалить %1? Для них больше нельзя будет запечатывать пакеты, а их пакеты будут отклоняться, пока их не добавят снова.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 удалён.</translation>
    </message>
    <message>
        <source>Their keys have CHANGED</source>
        <translation>Их ключи ИЗМЕНИЛИСЬ</translation>
    </message>
    <message>
        <source>%1 is a contact already, with other keys (fingerprint %2). Take the new keys only if %1 tells you they made new ones.</source>
        <translation>%1 уже есть среди контактов, с другими ключами (отпечаток %2). Принимайте новые ключи, только если %1 скажет вам, что сделали новые.</translation>
    </message>
</context>
<context>
    <name>supolka::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Supolka — %1</source>
        <translation>Supolka — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>&amp;Экспорт участников…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузить &amp;демонстрационные данные</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Повторить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Supolka</source>
        <translation>&amp;О программе Supolka</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>На входе</translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation>Дела помощи</translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation>Экзитполы</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Регистрация на входе</translation>
    </message>
    <message>
        <source>&amp;Aid cases</source>
        <translation>&amp;Дела помощи</translation>
    </message>
    <message>
        <source>E&amp;xit polls</source>
        <translation>&amp;Экзитполы</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>&amp;Мероприятия</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Дела</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>О&amp;бмен</translation>
    </message>
    <message>
        <source>Aid cases (%1)</source>
        <comment>with the number of overdue cases</comment>
        <translation>Дела помощи (%1)</translation>
    </message>
    <message>
        <source>This database is open for reading only: its file or folder may not be written. You can look, search, export and print; changes cannot be saved. To change it, copy it to a folder you may write to and open the copy.</source>
        <translation>Эта база данных открыта только для чтения: её файл или папку нельзя изменять. Можно смотреть, искать, экспортировать и печатать; изменения сохранить нельзя. Чтобы изменить её, скопируйте её в папку, куда вы можете писать, и откройте копию.</translation>
    </message>
    <message>
        <source>Supolka — %1 (read-only)</source>
        <translation>Supolka — %1 (только чтение)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Зашифровать базу данных…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Close the data until the passphrase is entered again (Ctrl+L)</source>
        <translation>Закрыть данные, пока парольную фразу не введут снова (Ctrl+L)</translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked</source>
        <translation>Заблокировать можно только зашифрованную базу</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Резервная копия базы данных</translation>
    </message>
    <message>
        <source>Supolka databases (*.db)</source>
        <translation>Базы данных Supolka (*.db)</translation>
    </message>
    <message>
        <source>Backed up to %1, encrypted with this database&apos;s passphrase.</source>
        <translation>Резервная копия в %1, зашифрована парольной фразой этой базы.</translation>
    </message>
    <message>
        <source>Backed up to %1. The backup is not encrypted, as this database is not: keep it somewhere safe.</source>
        <translation>Резервная копия в %1. Она не зашифрована, как и эта база: храните её в надёжном месте.</translation>
    </message>
    <message>
        <source>The chapter&apos;s members: search in any script, import, edit, export (%1)</source>
        <translation>Участники объединения: поиск любым алфавитом, импорт, правка, экспорт (%1)</translation>
    </message>
    <message>
        <source>Events and their registrations: tickets, badges, lists (%1)</source>
        <translation>События и записи на них: билеты, бейджи, списки (%1)</translation>
    </message>
    <message>
        <source>The door: check people in as they arrive, also offline (%1)</source>
        <translation>Вход: отмечайте людей по мере прихода, и без сети (%1)</translation>
    </message>
    <message>
        <source>Refugee aid cases: needs, volunteers, notes and payments (%1)</source>
        <translation>Дела помощи беженцам: нужды, волонтёры, заметки и выплаты (%1)</translation>
    </message>
    <message>
        <source>Exit polls per polling station, compared with the official results (%1)</source>
        <translation>Экзит-полы по избирательным участкам в сравнении с официальными результатами (%1)</translation>
    </message>
    <message>
        <source>Charts of members, events and aid at a glance (%1)</source>
        <translation>Графики участников, событий и помощи одним взглядом (%1)</translation>
    </message>
    <message>
        <source>Bundles sealed for the secretariat and other chapters; keys and contacts (%1)</source>
        <translation>Пакеты, запечатанные для секретариата и других объединений; ключи и контакты (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The number in brackets: %n case(s) past the due date</source>
        <translation>
            <numerusform>Число в скобках: %n дело с истёкшим сроком</numerusform>
            <numerusform>Число в скобках: %n дела с истёкшим сроком</numerusform>
            <numerusform>Число в скобках: %n дел с истёкшим сроком</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who is at this computer…</source>
        <translation>&amp;Кто за этим компьютером…</translation>
    </message>
    <message>
        <source>L&amp;ook</source>
        <translation>Вне&amp;шний вид</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлый</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмный</translation>
    </message>
    <message>
        <source>Supolka &amp;manual</source>
        <translation>&amp;Руководство Суполки</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>Start an empty database in a file of its own, for another chapter or to try</source>
        <translation>Начать пустую базу в отдельном файле, для другой общины или чтобы попробовать</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Открыть базу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation>Других баз пока нет</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>chapter</source>
        <comment>file name</comment>
        <translation>obshchina</translation>
    </message>
    <message>
        <source>Supolka database (*.db)</source>
        <translation>База Суполки (*.db)</translation>
    </message>
    <message>
        <source>%1 is there already. A new database never replaces a file.</source>
        <translation>%1 уже есть. Новая база никогда не заменяет файл.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Открыть его</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Открыть базу</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>supolka::ManualDialog</name>
    <message>
        <source>Supolka manual</source>
        <translation>Руководство Суполки</translation>
    </message>
</context>
<context>
    <name>supolka::MemberBulkInserter</name>
    <message>
        <source>SQLite cannot be reached directly for a bulk import.</source>
        <translation>Нет прямого доступа к SQLite для массового импорта.</translation>
    </message>
    <message>
        <source>Could not prepare the bulk import: %1</source>
        <translation>Не удалось подготовить массовый импорт: %1</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не удалось обновить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>Could not build the index %1: %2</source>
        <translation>Не удалось построить индекс %1: %2</translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation>Не удалось сохранить участника: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberEditor</name>
    <message>
        <source>New member</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Изменение данных участника</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Личные данные</translation>
    </message>
    <message>
        <source>In the chapter</source>
        <translation>В отделении</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Agreed to sharing their data with the secretariat</source>
        <translation>Согласие на передачу данных в секретариат</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation>+48 512 345 678</translation>
    </message>
    <message>
        <source>Belarusian, Polish</source>
        <translation>белорусский, польский</translation>
    </message>
    <message>
        <source>lawyer, translator</source>
        <translation>юрист, переводчик</translation>
    </message>
    <message>
        <source>media, legal aid</source>
        <translation>медиа, юридическая помощь</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation>«%1» — не дата; запишите её в виде %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не сохранено. Исправьте, пожалуйста:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>тот же e-mail</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>то же имя и дата рождения</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Уже есть в базе?</translation>
    </message>
    <message>
        <source>%1 may already be in the chapter.</source>
        <translation>Возможно, %1 уже есть в отделении.</translation>
    </message>
    <message>
        <source>Merging adds what is new to the stored person and keeps one record.</source>
        <translation>При объединении новые сведения добавятся к уже сохранённой записи, и запись останется одна.</translation>
    </message>
    <message>
        <source>Merge into %1 (%2)</source>
        <translation>Объединить с записью «%1» (%2)</translation>
    </message>
    <message>
        <source>Save as a new person</source>
        <translation>Сохранить как новую запись</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Не объединено: %1</translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation>Сохранить (%1 или Enter)</translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Check it and save; saving clears the mark.</source>
        <translation>Импорт сохранил об этом человеке что-то, на что стоит взглянуть: %1. Проверьте и сохраните; сохранение снимает отметку.</translation>
    </message>
</context>
<context>
    <name>supolka::MemberExporter</name>
    <message>
        <source>Could not read every member from the database (%1 of %2); nothing was written.</source>
        <translation>Не удалось прочитать из базы данных всех участников (%1 из %2); ничего не записано.</translation>
    </message>
</context>
<context>
    <name>supolka::MemberImporter</name>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>этот человек был удалён или стёрт в этой базе данных; строка вернула бы его, поэтому она пропущена</translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation>соответствующий участник исчез во время импорта</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation>Supolka не знает страну «%1»; страна оставлена пустой</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation>Supolka не знает язык «%1»; он пропущен</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending); the member was taken as active</source>
        <translation>«%1» — не статус (активный, неактивный или ожидает); участник принят как активный</translation>
    </message>
    <message>
        <source>%1; sharing with the secretariat was taken as not agreed</source>
        <translation>%1; передача секретариату принята как не разрешённая</translation>
    </message>
    <message>
        <source>the row has no name, e-mail address or phone number</source>
        <translation>в строке нет ни имени, ни адреса электронной почты, ни телефона</translation>
    </message>
    <message>
        <source>%1; the date was left empty</source>
        <translation>%1; дата оставлена пустой</translation>
    </message>
    <message>
        <source>%1; it was left empty</source>
        <translation>%1; поле оставлено пустым</translation>
    </message>
    <message>
        <source>%1; the number was kept as typed, marked unverified</source>
        <translation>%1; номер сохранён как написан и отмечен как непроверенный</translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation>%1; адрес сохранён как написан и отмечен как непроверенный</translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another birth date</source>
        <translation>имеет тот же адрес электронной почты, что и %1, но другую дату рождения</translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another name</source>
        <translation>имеет тот же адрес электронной почты, что и %1, но другое имя</translation>
    </message>
    <message>
        <source>has the name and birth date of %1, but another e-mail address</source>
        <translation>имеет то же имя и дату рождения, что и %1, но другой адрес электронной почты</translation>
    </message>
    <message>
        <source>has the phone number of %1</source>
        <translation>имеет тот же номер телефона, что и %1</translation>
    </message>
    <message>
        <source>has the name of %1</source>
        <translation>имеет то же имя, что и %1</translation>
    </message>
    <message>
        <source>No column of %1 holds a name, an e-mail address or a phone number. Check the header line or choose the columns by hand.</source>
        <translation>Ни один столбец %1 не содержит имени, адреса электронной почты или телефона. Проверьте строку заголовка или выберите столбцы вручную.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::MemberLabels</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation>Неактивный</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <source>Form sent on</source>
        <translation>Дата отправки анкеты</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Sharing with the secretariat</source>
        <translation>Передача данных в секретариат</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Дата удаления</translation>
    </message>
    <message>
        <source>Chapter of origin</source>
        <translation>Исходное отделение</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Можно связываться</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <source>Photos may be published</source>
        <translation>Можно публиковать фото</translation>
    </message>
</context>
<context>
    <name>supolka::MemberList</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не удалось прочитать участников: %1</translation>
    </message>
    <message>
        <source>Could not count the members: %1</source>
        <translation>Не удалось посчитать участников: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberRepository</name>
    <message>
        <source>The e-mail address “%1” has no @.</source>
        <translation>В адресе e-mail «%1» нет знака @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has more than one @.</source>
        <translation>В адресе e-mail «%1» больше одного знака @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” contains a space.</source>
        <translation>В адресе e-mail «%1» есть пробел.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing before the @.</source>
        <translation>В адресе e-mail «%1» ничего нет перед знаком @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing after the @.</source>
        <translation>В адресе e-mail «%1» ничего нет после знака @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has no valid domain after the @ (such as example.org).</source>
        <translation>В адресе e-mail «%1» после знака @ нет допустимого домена (например, example.org).</translation>
    </message>
    <message>
        <source>%1 has the same e-mail address.</source>
        <translation>Такой же адрес e-mail у записи «%1».</translation>
    </message>
    <message>
        <source>%1 has the same phone number.</source>
        <translation>Такой же номер телефона у записи «%1».</translation>
    </message>
    <message>
        <source>%1 has the same name (possibly in another script) and birth date.</source>
        <translation>Такие же имя (возможно, в другом написании) и дата рождения у записи «%1».</translation>
    </message>
    <message>
        <source>A member needs at least a name, an e-mail address or a phone number.</source>
        <translation>Для участника нужно указать хотя бы имя, адрес e-mail или номер телефона.</translation>
    </message>
    <message>
        <source>“%1” is not a country code. Use the two-letter ISO code, such as PL, LT or DE.</source>
        <translation>«%1» — не код страны. Используйте двухбуквенный код ISO, например PL, LT или DE.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Use the two-letter ISO code, such as be, ru or pl.</source>
        <translation>«%1» — не код языка. Используйте двухбуквенный код ISO, например be, ru или pl.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата рождения %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата рождения %1 раньше 1900 года.</translation>
    </message>
    <message>
        <source>The joining date %1 is in the future.</source>
        <translation>Дата вступления %1 ещё не наступила.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time for the consent (use 2024-05-31T18:00:00Z).</source>
        <translation>«%1» — не дата и время согласия (используйте формат 2024-05-31T18:00:00Z).</translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation>Не удалось сохранить участника: %1</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased. Reload the list.</source>
        <translation>Этого участника больше нет — возможно, его данные стёрты. Обновите список.</translation>
    </message>
    <message>
        <source>This member was erased and can no longer be changed.</source>
        <translation>Данные этого участника стёрты, изменить их больше нельзя.</translation>
    </message>
    <message>
        <source>This member no longer exists. Reload the list.</source>
        <translation>Этого участника больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>Could not delete the member: %1</source>
        <translation>Не удалось удалить участника: %1</translation>
    </message>
    <message>
        <source>This member was erased; there is nothing left to restore.</source>
        <translation>Данные этого участника стёрты, восстанавливать нечего.</translation>
    </message>
    <message>
        <source>Could not restore the member: %1</source>
        <translation>Не удалось восстановить участника: %1</translation>
    </message>
    <message>
        <source>Could not erase the member: %1</source>
        <translation>Не удалось стереть данные участника: %1</translation>
    </message>
    <message>
        <source>The member to merge into no longer exists. Reload the list.</source>
        <translation>Участника, с которым нужно объединить запись, больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>Could not prepare the members table for writing: %1</source>
        <translation>Не удалось подготовить таблицу участников к записи: %1</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не удалось обновить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>Could not save the member: it was never stored.</source>
        <translation>Не удалось сохранить участника: он ещё не был записан в базу.</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased.</source>
        <translation>Этого участника больше нет — возможно, его данные стёрты.</translation>
    </message>
    <message>
        <source>Could not note the possible duplicates: %1</source>
        <translation>Не удалось записать возможные дубликаты: %1</translation>
    </message>
    <message>
        <source>Could not read the possible duplicates: %1</source>
        <translation>Не удалось прочитать возможные дубликаты: %1</translation>
    </message>
    <message>
        <source>One of the two members no longer exists. Reload the list.</source>
        <translation>Одного из двух участников уже нет. Обновите список.</translation>
    </message>
    <message>
        <source>Could not merge the members: %1</source>
        <translation>Не удалось объединить участников: %1</translation>
    </message>
    <message>
        <source>Could not keep the two apart: %1</source>
        <translation>Не удалось оставить их по отдельности: %1</translation>
    </message>
    <message>
        <source>Could not write the members&apos; sort keys: %1</source>
        <translation>Не удалось записать ключи сортировки участников: %1</translation>
    </message>
    <message>
        <source>Could not index the members list: %1</source>
        <translation>Не удалось проиндексировать список участников: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberStatistics</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не удалось прочитать участников: %1</translation>
    </message>
    <message>
        <source>the members table holds %1 rows, its index of ids %2</source>
        <translation>в таблице участников строк: %1, а в её индексе идентификаторов: %2</translation>
    </message>
</context>
<context>
    <name>supolka::MemberTableModel</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation>Неактивный</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation>На рассмотрении</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыки</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата вступления</translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Open the member to check it; saving clears the mark.</source>
        <translation>Импорт сохранил об этом человеке что-то, на что стоит взглянуть: %1. Откройте участника, чтобы проверить; сохранение снимает отметку.</translation>
    </message>
    <message>
        <source>the phone number (kept as typed, not verified)</source>
        <translation>номер телефона (сохранён как написан, не проверен)</translation>
    </message>
    <message>
        <source>the e-mail address (kept as typed, not verified)</source>
        <translation>адрес электронной почты (сохранён как написан, не проверен)</translation>
    </message>
    <message>
        <source>the birth date (could not be read)</source>
        <translation>дата рождения (не удалось прочитать)</translation>
    </message>
    <message>
        <source>the joining date (could not be read)</source>
        <translation>дата вступления (не удалось прочитать)</translation>
    </message>
    <message>
        <source>the date of consent (could not be read)</source>
        <translation>дата согласия (не удалось прочитать)</translation>
    </message>
    <message>
        <source>sharing with the secretariat (could not be read)</source>
        <translation>передача секретариату (не удалось прочитать)</translation>
    </message>
    <message>
        <source>the country (not one Supolka knows)</source>
        <translation>страна (неизвестная Supolka)</translation>
    </message>
    <message>
        <source>the languages (some not known)</source>
        <translation>языки (некоторые неизвестны)</translation>
    </message>
    <message>
        <source>the status (not one Supolka knows)</source>
        <translation>статус (неизвестный Supolka)</translation>
    </message>
    <message>
        <source>the first name (a letter may be lost)</source>
        <translation>имя (возможно, потеряна буква)</translation>
    </message>
    <message>
        <source>the middle name (a letter may be lost)</source>
        <translation>отчество (возможно, потеряна буква)</translation>
    </message>
    <message>
        <source>the last name (a letter may be lost)</source>
        <translation>фамилия (возможно, потеряна буква)</translation>
    </message>
    <message>
        <source>the name (a letter may be lost)</source>
        <translation>имя (возможно, потеряна буква)</translation>
    </message>
    <message>
        <source>the city (a letter may be lost)</source>
        <translation>город (возможно, потеряна буква)</translation>
    </message>
</context>
<context>
    <name>supolka::MembersFirstRun</name>
    <message>
        <source>No members yet</source>
        <translation>Участников пока нет</translation>
    </message>
    <message>
        <source>Supolka keeps your chapter&apos;s members, their skills and groups. Start in one of three ways:</source>
        <translation>Supolka хранит сведения об участниках вашего отделения, их навыках и группах. Начните одним из трёх способов:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <source>Type in the first person yourself.</source>
        <translation>Введите данные первого человека вручную.</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Импортировать CSV…</translation>
    </message>
    <message>
        <source>Bring in a list from Excel, LibreOffice, Google Forms or another chapter, or drop the file here.</source>
        <translation>Загрузите список из Excel, LibreOffice, Google Forms или из другого отделения либо перетащите файл сюда.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузить демонстрационные данные</translation>
    </message>
    <message>
        <source>Fill every page with made-up people to look around first.</source>
        <translation>Заполнить все страницы вымышленными людьми, чтобы сначала освоиться.</translation>
    </message>
</context>
<context>
    <name>supolka::MembersPage</name>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Новый участник…</translation>
    </message>
    <message>
        <source>Add a member (%1)</source>
        <translation>Добавить участника (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Изменить участника…</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>На&amp;йти участника</translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>&amp;Экспорт данных человека…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;Стереть данные человека…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новый…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter or double-click)</source>
        <translation>Изменить выбранного участника (Enter или двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete the selected members (Del); Undo brings them back</source>
        <translation>Удалить выбранных участников (Del); вернуть их можно командой «Отменить»</translation>
    </message>
    <message>
        <source>Export person&apos;s data…</source>
        <translation>Экспорт данных человека…</translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as JSON or CSV (GDPR)</source>
        <translation>Все сохранённые данные о выбранном человеке в формате JSON или CSV (GDPR)</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Стереть данные человека…</translation>
    </message>
    <message>
        <source>Remove every personal detail of the selected person for good (GDPR)</source>
        <translation>Безвозвратно удалить все персональные данные выбранного человека (GDPR)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая страна</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Любой навык</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Участников: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Показано: %1 из %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Выбрано: %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Объединение с записью «%1»</translation>
    </message>
    <message>
        <source>Merged into %1, who was already known.</source>
        <translation>Данные объединены с уже существующей записью «%1».</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавление «%1»</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Добавлено: %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменение «%1»</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление «%1»</translation>
    </message>
    <message>
        <source>Delete members (%1)</source>
        <translation>Удаление участников (%1)</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Deleted members: %1.</source>
        <translation>Удалено участников: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Экспорт всех данных: %1</translation>
    </message>
    <message>
        <source>The data of %1 was not exported: %2</source>
        <translation>Не удалось экспортировать данные «%1»: %2</translation>
    </message>
    <message>
        <source>Everything about %1 is in %2. The file holds personal data: hand it only to them.</source>
        <translation>Все данные о человеке «%1» сохранены в %2. Файл содержит персональные данные: передавайте его только этому человеку.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Стереть данные человека</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Стереть данные «%1» безвозвратно?</translation>
    </message>
    <message>
        <source>Every personal detail (names, contacts, notes, consent) is removed from this laptop, and the erasure is passed on to other chapters at the next exchange. This cannot be undone.</source>
        <translation>Все персональные данные (имена, контакты, заметки, согласие) будут удалены с этого компьютера, а при следующем обмене удаление будет передано другим отделениям. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Стереть навсегда</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>Данные «%1» не стёрты: %2</translation>
    </message>
    <message>
        <source>%1 is erased. This cannot be undone.</source>
        <translation>Данные «%1» стёрты. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, обычный UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Экспорт участников</translation>
    </message>
    <message>
        <source>members</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>Members were not exported: %1</source>
        <translation>Участники не экспортированы: %1</translation>
    </message>
    <message>
        <source>Exported members: %1, to %2.</source>
        <translation>Экспортировано участников: %1, файл: %2.</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1</source>
        <translation>Демонстрационные данные не загружены: %1</translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation>Демонстрационные данные уже загружены.</translation>
    </message>
    <message>
        <source>Loaded the demo data (made-up members: %1).</source>
        <translation>Демонстрационные данные загружены (вымышленных участников: %1).</translation>
    </message>
    <message>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <source>Members an import marked for a look: a phone or e-mail address kept as typed, a date that could not be read. Saving the member clears the mark.</source>
        <translation>Участники, которых импорт отметил для проверки: телефон или адрес почты сохранён как написан, дату не удалось прочитать. Сохранение участника снимает отметку.</translation>
    </message>
    <message>
        <source>Members an import took for new people although they share a phone, a name or an e-mail address with someone</source>
        <translation>Участники, которых импорт принял за новых людей, хотя у них с кем-то общий телефон, имя или адрес почты</translation>
    </message>
    <message>
        <source>&amp;Merge two members into one…</source>
        <translation>&amp;Объединить двух участников в одного…</translation>
    </message>
    <message>
        <source>Select the two rows of one person: the one kept takes what the other adds, and their registrations and cases</source>
        <translation>Выберите две строки одного человека: тот, кого оставляют, получает то, что добавляет другой, и его регистрации и дела</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Это разные люди</translation>
    </message>
    <message>
        <source>Select two possible duplicates who are two people: they are no longer listed</source>
        <translation>Выберите двух возможных дубликатов, которые являются разными людьми: их больше не будет в списке</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Объединение двух участников</translation>
    </message>
    <message>
        <source>Are %1 and %2 one person? Choose whose record to keep: it takes what the other adds (fields it lacks, skills, groups, notes), and the other&apos;s registrations and aid cases. The other record is removed, and the merge is passed on to other chapters at the next exchange.</source>
        <translation>%1 и %2 — один человек? Выберите, чью запись оставить: она получит то, что добавляет другая (поля, которых в ней нет, навыки, группы, заметки), и регистрации и дела помощи другой. Другая запись будет удалена, а объединение при следующем обмене передано другим отделениям.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the merge back.</source>
        <translation>Отмена (Ctrl+Z) возвращает объединение назад.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Оставить: %1</translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation>Объединение %1 с %2</translation>
    </message>
    <message>
        <source>%1 and %2 are one member now.</source>
        <translation>%1 и %2 теперь один участник.</translation>
    </message>
    <message>
        <source>The two are kept apart and no longer listed as possible duplicates.</source>
        <translation>Эти двое остаются по отдельности и больше не отмечены как возможные дубликаты.</translation>
    </message>
    <message>
        <source>No possible duplicates: no import has found two records that may be one person.</source>
        <translation>Возможных дубликатов нет: ни один импорт не нашёл двух записей, которые могут быть одним человеком.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (%1)</source>
        <translation>Имя, e-mail или телефон (%1)</translation>
    </message>
    <message>
        <source>the search stops at %1 members: type more to narrow it</source>
        <translation>поиск останавливается на %1 участниках: уточните запрос</translation>
    </message>
</context>
<context>
    <name>supolka::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыть это сообщение</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation>Прямой доступ к SQLite невозможен.</translation>
    </message>
</context>
<context>
    <name>supolka::OperatorName</name>
    <message>
        <source>Who is at this computer?</source>
        <translation>Кто за этим компьютером?</translation>
    </message>
    <message>
        <source>Your name as the chapter knows you. It is written as who checked people in at the door and who wrote an aid case&apos;s notes; change it from the File menu when someone else takes over.</source>
        <translation>Ваше имя, как его знает объединение. Оно записывается как то, кто отмечал людей на входе и кто писал заметки в делах помощи; измените его в меню «Файл», когда вас сменит кто-то другой.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>supolka::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Открыть %1</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>База данных %1 зашифрована. Введите её парольную фразу, чтобы открыть.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <source>Supolka is making a new database, %1. Protected with a passphrase, it cannot be read without it if the computer, a backup or a USB stick is lost or seized.</source>
        <translation>Supolka создаёт новую базу данных, %1. Защищённую парольной фразой, её нельзя прочитать без фразы, если компьютер, резервную копию или флешку потеряют или изымут.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Зашифровать базу данных</translation>
    </message>
    <message>
        <source>The data of %1 is written again under a key made from the new passphrase; the old passphrase will not open it any more.</source>
        <translation>Данные %1 запишутся заново под ключом из новой парольной фразы; старая фраза больше их не откроет.</translation>
    </message>
    <message>
        <source>The data of %1 is written again, encrypted with a key made from the passphrase; the unencrypted file is then removed.</source>
        <translation>Данные %1 запишутся заново, зашифрованные ключом из парольной фразы; незашифрованный файл затем удаляется.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Сменить</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашифровать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase (recommended)</source>
        <translation>&amp;Защитить парольной фразой (рекомендуется)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Текущая фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody, not even Supolka, can open the data without it: write it down and keep it safe.</source>
        <translation>Не меньше %1 знаков; несколько не связанных между собой слов легко запомнить и трудно угадать. Без фразы никто, даже Supolka, не откроет данные: запишите её и храните в надёжном месте.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation>Для экспорта данных одного человека укажите имя файла с расширением .json или .csv.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonSearch</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не удалось обновить поисковый индекс: %1</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Не удалось выполнить поиск: %1</translation>
    </message>
</context>
<context>
    <name>supolka::PhoneNormalizer</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона не указан.</translation>
    </message>
    <message>
        <source>The phone number “%1” was turned into a number by a spreadsheet and lost its last digits. Format the column as text and enter it again.</source>
        <translation>Электронная таблица превратила номер телефона «%1» в число, и последние цифры потерялись. Задайте для столбца текстовый формат и введите номер заново.</translation>
    </message>
    <message>
        <source>The phone number “%1” has no country code: write it with + and the country code (+375 ...) or give the member&apos;s country.</source>
        <translation>В номере телефона «%1» нет кода страны: запишите его со знаком + и кодом страны (+375 ...) или укажите страну участника.</translation>
    </message>
    <message>
        <source>The phone number “%1” starts with an unknown country code.</source>
        <translation>Номер телефона «%1» начинается с неизвестного кода страны.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не номер телефона.</translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation>Номер телефона «%1» слишком короткий.</translation>
    </message>
    <message>
        <source>The phone number “%1” is too long.</source>
        <translation>Номер телефона «%1» слишком длинный.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits for a number in %2.</source>
        <translation>В номере телефона «%1» слишком мало цифр для номера в стране %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too many digits for a number in %2.</source>
        <translation>В номере телефона «%1» слишком много цифр для номера в стране %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” has the wrong number of digits for a number in %2.</source>
        <translation>В номере телефона «%1» неверное количество цифр для номера в стране %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number.</source>
        <translation>Номер телефона «%1» недействителен.</translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number in %2: check the area or operator code.</source>
        <translation>Номер телефона «%1» недействителен для страны %2: проверьте код города или оператора.</translation>
    </message>
</context>
<context>
    <name>supolka::RecordedCommand</name>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не удалось начать запись в базу данных: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>«%1» не удалось выполнить снова: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>«%1» не удалось отменить: %2</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationExporter</name>
    <message>
        <source>This event no longer exists.</source>
        <translation>Этого мероприятия больше нет.</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationImporter</name>
    <message>
        <source>“%1” is not a real date and time.</source>
        <translation>«%1» — такой даты и времени не существует.</translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>в строке нет ни имени, ни адреса e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a registration id</source>
        <translation>«%1» — не идентификатор регистрации</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation>%1; адрес сохранён как написан и отмечен как непроверенный</translation>
    </message>
    <message>
        <source>“%1” is not a status (registered or cancelled); the row was taken as registered</source>
        <translation>«%1» — не статус (зарегистрирован или отменён); строка принята как зарегистрированная</translation>
    </message>
    <message>
        <source>“%1” is not a ticket code; the registration gets a new one</source>
        <translation>«%1» — не код билета; регистрация получает новый</translation>
    </message>
    <message>
        <source>“%1” is not an attendee status Supolka knows (such as Attending, Checked In, Refunded or Cancelled); the row was taken as registered</source>
        <translation>Supolka не знает статуса участника «%1» (например, Attending, Checked In, Refunded или Cancelled); строка принята как зарегистрированная</translation>
    </message>
    <message>
        <source>%1; the row was taken as not checked in</source>
        <translation>%1; строка принята как без отметки прихода</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (such as 2026-03-25T14:05:00.000Z); it was left empty</source>
        <translation>«%1» — не дата и время (например, 2026-03-25T14:05:00.000Z); поле оставлено пустым</translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation>Ни в одном столбце файла %1 нет имени или адреса e-mail. Проверьте строку заголовка или выберите столбцы вручную.</translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не удалось прочитать участников: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>the row belongs to another event (%1)</source>
        <translation>строка относится к другому мероприятию (%1)</translation>
    </message>
    <message>
        <source>a registration with this id belongs to another event in this database</source>
        <translation>регистрация с этим id в этой базе данных относится к другому мероприятию</translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>этот человек был удалён или стёрт в этой базе данных; строка вернула бы его, поэтому она пропущена</translation>
    </message>
    <message>
        <source>this registration was deleted in this database; the row would bring it back, so it was left out</source>
        <translation>эта регистрация была удалена в этой базе данных; строка вернула бы её, поэтому она пропущена</translation>
    </message>
    <message>
        <source>the ticket code %1 is already someone else&apos;s in this database</source>
        <translation>код билета %1 в этой базе данных уже принадлежит другому человеку</translation>
    </message>
    <message>
        <source>the row has no name, and no member has its e-mail address</source>
        <translation>в строке нет имени, и ни у одного участника нет такого адреса e-mail</translation>
    </message>
    <message>
        <source>This file holds the registrations of “%1”, which was deleted here; restore that event first.</source>
        <translation>В этом файле регистрации «%1», а это мероприятие здесь удалено; сначала восстановите его.</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationList</name>
    <message>
        <source>Could not read the registrations: %1</source>
        <translation>Не удалось прочитать регистрации: %1</translation>
    </message>
    <message>
        <source>Could not search the registrations: %1</source>
        <translation>Не удалось искать среди регистраций: %1</translation>
    </message>
    <message>
        <source>Could not write the registrations&apos; sort keys: %1</source>
        <translation>Не удалось записать ключи сортировки регистраций: %1</translation>
    </message>
    <message>
        <source>Could not index the registrations list: %1</source>
        <translation>Не удалось проиндексировать список регистраций: %1</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationTableModel</name>
    <message>
        <source>Guest</source>
        <comment>registration of someone who is not a member</comment>
        <translation>Гость</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>registration of a member</comment>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation>Отменена</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>registration status</comment>
        <translation>Зарегистрирован(а)</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>registered at the door</comment>
        <translation>Без записи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation>Участник или гость</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Билет</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Время прихода</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Кто отметил</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>column: registered at the door</comment>
        <translation>Без записи</translation>
    </message>
</context>
<context>
    <name>supolka::SealedBundle</name>
    <message>
        <source>Could not record the bundle&apos;s number: %1</source>
        <translation>Не удалось сохранить номер пакета: %1</translation>
    </message>
    <message>
        <source>%1 is sealed, but this database has no keys yet, so it cannot have been sealed for it. Send your public keys to whoever sent it (on the Sync page, or supolka keys export FILE).</source>
        <translation>%1 запечатан, но у этой базы ещё нет ключей, поэтому он не мог быть запечатан для неё. Отправьте свои публичные ключи тому, кто его прислал (на странице «Обмен» или командой supolka keys export FILE).</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was sealed (%2); it was not read. Ask the sender for a new copy.</source>
        <translation>%1 повреждён или изменён после того, как его запечатали (%2); его не читали. Попросите у отправителя новую копию.</translation>
    </message>
    <message>
        <source>%1 is sealed but not signed, which Supolka never does; it was not read.</source>
        <translation>%1 запечатан, но не подписан, чего Supolka никогда не делает; его не читали.</translation>
    </message>
    <message>
        <source>The manifest of %1 names its sender&apos;s keys wrongly; it was not read.</source>
        <translation>В манифесте %1 неверно указаны ключи отправителя; его не читали.</translation>
    </message>
    <message>
        <source>The signature of %1 is not good (%2): it was changed or forged, and was not read.</source>
        <translation>Подпись %1 недействительна (%2): пакет изменили или подделали, и его не читали.</translation>
    </message>
    <message>
        <source>There is no contact “%1” to seal the bundle for. Add them with their public keys first (on the Sync page, or supolka contacts add).</source>
        <translation>Нет контакта «%1», для которого можно запечатать пакет. Сначала добавьте этот контакт с его публичными ключами (на странице «Обмен» или командой supolka contacts add).</translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them. Compare the fingerprint with them again before sending them anything (supolka contacts check %1).</source>
        <translation>Ключи %1 изменились после того, как вы их проверили. Прежде чем что-либо им отправлять, снова сверьте с ними отпечаток (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>The fingerprint of %1 has not been checked. Compare it with them on a call or in person first (supolka contacts check %1).</source>
        <translation>Отпечаток %1 не проверен. Сначала сверьте его с ними во время звонка или лично (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>%1 was sealed by this database, for %2: it is the copy kept of what was sent, not a bundle to import.</source>
        <translation>%1 запечатан этой базой для %2: это сохранённая копия отправленного, а не пакет для импорта.</translation>
    </message>
    <message>
        <source>%1 says it comes from %2, but it was signed with other keys than those you have for %2 (its fingerprint is %3). If %2 made new keys, compare this fingerprint with them and add their new keys; otherwise it is forged. It was not imported.</source>
        <translation>%1 якобы пришёл от %2, но он подписан другими ключами, чем те, что есть у вас для %2 (его отпечаток — %3). Если %2 создали новые ключи, сверьте с ними этот отпечаток и добавьте их новые ключи; иначе пакет поддельный. Он не импортирован.</translation>
    </message>
    <message>
        <source>%1 names other keys for %2 than those you have; it was not imported. Compare the fingerprint %3 with them and add their keys again.</source>
        <translation>%1 указывает для %2 другие ключи, чем те, что есть у вас; он не импортирован. Сверьте с ними отпечаток %3 и добавьте их ключи снова.</translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them; %2 was not imported. Compare the fingerprint with them again (supolka contacts check %1).</source>
        <translation>Ключи %1 изменились после того, как вы их проверили; %2 не импортирован. Снова сверьте с ними отпечаток (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>%1 comes from %2, whose fingerprint has not been checked; it was not imported. Compare it with them, then: supolka contacts check %2</source>
        <translation>%1 пришёл от %2, чей отпечаток не проверен; он не импортирован. Сверьте отпечаток с ними, затем: supolka contacts check %2</translation>
    </message>
    <message>
        <source>%1 was signed by %2 but says it comes from %3: it was not imported.</source>
        <translation>%1 подписан %2, но якобы пришёл от %3: он не импортирован.</translation>
    </message>
    <message>
        <source>%1 was sealed for %2, not for this database; it was not imported.</source>
        <translation>%1 запечатан для %2, а не для этой базы; он не импортирован.</translation>
    </message>
    <message>
        <source>%1 is bundle number %2 from %3, but number %4 was imported already: it is an old bundle or was sent again, and was not imported.</source>
        <translation>%1 — пакет № %2 от %3, но № %4 уже импортирован: это старый или повторно отправленный пакет, и он не импортирован.</translation>
    </message>
    <message>
        <source>Could not read the numbers of sealed bundles: %1</source>
        <translation>Не удалось прочитать номера запечатанных пакетов: %1</translation>
    </message>
    <message>
        <source>%1 was not sealed for this database (or the part sealed for it is damaged); it was not read. Ask the sender to seal it for you again.</source>
        <translation>%1 запечатан не для этой базы (или часть, запечатанная для неё, повреждена); он не прочитан. Попросите отправителя запечатать его для вас ещё раз.</translation>
    </message>
    <message>
        <source>%1 comes from %2 (%3), who is not among your contacts; it was not imported. Its fingerprint is %4: compare it with them on a call or in person, then add them on the Sync page, or with supolka contacts add %2 NAME --recipient %5 --signing-key %6 and supolka contacts check %2 --fingerprint &quot;%4&quot;, and import it again.</source>
        <translation>%1 пришёл от %2 (%3), а их нет среди ваших контактов; он не импортирован. Его отпечаток — %4: сверьте его с ними во время звонка или лично, затем добавьте их на странице «Обмен» или командами supolka contacts add %2 NAME --recipient %5 --signing-key %6 и supolka contacts check %2 --fingerprint &quot;%4&quot; и импортируйте пакет снова.</translation>
    </message>
    <message>
        <source>Bundle number %1 from %2 was imported already; it was not imported again.</source>
        <translation>Пакет № %1 от %2 уже импортирован; повторно он не импортирован.</translation>
    </message>
</context>
<context>
    <name>supolka::SecretBytes</name>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>Не удалось прочитать файл парольной фразы %1: %2</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>No memory for the passphrase.</source>
        <translation>Не хватает памяти для парольной фразы.</translation>
    </message>
    <message>
        <source>The passphrase in %1 is longer than %2 bytes.</source>
        <translation>Парольная фраза в %1 длиннее %2 байт.</translation>
    </message>
    <message>
        <source>The passphrase in %1 is not UTF-8 text.</source>
        <translation>Парольная фраза в %1 — не текст UTF-8.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty: its first line is the passphrase.</source>
        <translation>Файл парольной фразы %1 пуст: фраза — его первая строка.</translation>
    </message>
</context>
<context>
    <name>supolka::Session</name>
    <message>
        <source>Supolka</source>
        <translation>Supolka</translation>
    </message>
    <message>
        <source>The passphrase is changed: the old one no longer opens the database.</source>
        <translation>Парольная фраза изменена: старая больше не открывает базу данных.</translation>
    </message>
    <message>
        <source>The database is encrypted: from now on it opens only with its passphrase. Backups made before are not.</source>
        <translation>База данных зашифрована: теперь она открывается только с парольной фразой. Резервные копии, сделанные раньше, не зашифрованы.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 нельзя открыть.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>supolka::SetShiftCountsCommand</name>
    <message>
        <source>Counts of shift “%1” at station %2</source>
        <translation>Подсчёты смены «%1» на участке %2</translation>
    </message>
</context>
<context>
    <name>supolka::StationSheet</name>
    <message>
        <source>morning</source>
        <comment>shift of the election day</comment>
        <translation>утро</translation>
    </message>
    <message>
        <source>Station sheet: %1</source>
        <translation>Лист участка: %1</translation>
    </message>
    <message>
        <source>Exit poll at the door: %1</source>
        <translation>Экзитпол на входе: %1</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Участок:</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>С&amp;мена:</translation>
    </message>
    <message>
        <source>for example “morning”</source>
        <translation>например, «утро»</translation>
    </message>
    <message>
        <source>Each volunteer&apos;s turn at the door has a name; counts are kept per shift</source>
        <translation>У каждой смены волонтёра на входе есть название; подсчёты ведутся по сменам</translation>
    </message>
    <message>
        <source>&amp;One key per answer</source>
        <translation>По &amp;клавише на ответ</translation>
    </message>
    <message>
        <source>&amp;Counts of a paper sheet</source>
        <translation>&amp;Итоги с бумажного листа</translation>
    </message>
    <message>
        <source>Click here or press Enter in the shift field, then press the key of each answer: %1 for the options, 0 for someone who would not answer. Holding a key counts it once. Ctrl+Z takes the last answer back.</source>
        <translation>Щёлкните здесь или нажмите Enter в поле смены, затем нажимайте клавишу каждого ответа: %1 — для вариантов, 0 — если человек не стал отвечать. Удержание клавиши засчитывается один раз. Ctrl+Z отменяет последний ответ.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Of the respondents who named an option; for refusals, of all respondents of the shift</source>
        <translation>Среди респондентов, назвавших вариант; для отказов — среди всех респондентов смены</translation>
    </message>
    <message>
        <source>&amp;Undo last answer (%1)</source>
        <translation>&amp;Отменить последний ответ (%1)</translation>
    </message>
    <message>
        <source>Type the totals of a paper sheet for this shift. They replace what the shift had, so a sheet typed twice is counted once. A field left empty is unknown and keeps what the shift had.</source>
        <translation>Введите итоги бумажного листа для этой смены. Они заменяют то, что было в смене, поэтому лист, введённый дважды, учитывается один раз. Пустое поле означает «неизвестно» и сохраняет прежнее значение смены.</translation>
    </message>
    <message>
        <source>&amp;Save counts for this shift</source>
        <translation>&amp;Сохранить итоги этой смены</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation>Отказались отвечать</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Выберите избирательный участок.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) in this shift, of whom %1 named an option.</source>
        <translation>
            <numerusform>В этой смене %n респондент, из них вариант назвали %1.</numerusform>
            <numerusform>В этой смене %n респондента, из них вариант назвали %1.</numerusform>
            <numerusform>В этой смене %n респондентов, из них вариант назвали %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers in this shift yet.</source>
        <translation>В этой смене пока нет ответов.</translation>
    </message>
    <message>
        <source>Whole day at this station: no answers yet.</source>
        <translation>Весь день на этом участке: ответов пока нет.</translation>
    </message>
    <message>
        <source>Whole day at this station: %1 respondents.</source>
        <translation>Весь день на этом участке: респондентов — %1.</translation>
    </message>
    <message>
        <source>Choose the polling station first.</source>
        <translation>Сначала выберите избирательный участок.</translation>
    </message>
    <message>
        <source>Type the name of the shift first, for example “morning”.</source>
        <translation>Сначала введите название смены, например «утро».</translation>
    </message>
    <message>
        <source>No option has the key %1.</source>
        <translation>Ни одному варианту не назначена клавиша %1.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Засчитано: %1</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>“%1” is not a count for %2.</source>
        <translation>«%1» не подходит как количество для %2.</translation>
    </message>
    <message>
        <source>Type at least one count from the sheet.</source>
        <translation>Введите хотя бы одно число с листа.</translation>
    </message>
    <message>
        <source>Saved the counts of shift “%1” at station %2. They replace what the shift had.</source>
        <translation>Итоги смены «%1» на участке %2 сохранены. Они заменяют то, что было в смене.</translation>
    </message>
</context>
<context>
    <name>supolka::StationTableModel</name>
    <message>
        <source>No exit poll at this station</source>
        <translation>На этом участке нет экзитпола</translation>
    </message>
    <message>
        <source>%1 respondents, of whom %2 named an option and %3 refused to answer</source>
        <translation>Респондентов: %1, из них вариант назвали %2, отказались отвечать %3</translation>
    </message>
    <message>
        <source>No respondent named an option here</source>
        <translation>Здесь ни один респондент не назвал вариант</translation>
    </message>
    <message>
        <source>%1 of %2 respondents who named an option; 95% interval</source>
        <translation>%1 из %2 респондентов, назвавших вариант; интервал 95%</translation>
    </message>
    <message>
        <source>No protocol published for this station</source>
        <translation>Для этого участка протокол не опубликован</translation>
    </message>
    <message>
        <source>The protocol does not give this number</source>
        <translation>В протоколе нет этого числа</translation>
    </message>
    <message>
        <source>%1 of %2 ballots cast</source>
        <translation>%1 из %2 проголосовавших</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участок</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Респонденты</translation>
    </message>
    <message>
        <source>Exit poll
(95% interval)</source>
        <translation>Экзитпол
(интервал 95%)</translation>
    </message>
    <message>
        <source>Exit poll: %1
(95% interval)</source>
        <translation>Экзитпол: %1
(интервал 95%)</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Официально</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Число проголосовавших</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Отметки</translation>
    </message>
    <message>
        <source>Outside the exit-poll interval</source>
        <translation>Вне интервала экзитпола</translation>
    </message>
    <message>
        <source>More ballots seen than the protocol gives</source>
        <translation>Бюллетеней видели больше, чем в протоколе</translation>
    </message>
    <message>
        <source>More ballots cast than voters counted</source>
        <translation>Проголосовавших больше, чем насчитано избирателей</translation>
    </message>
    <message>
        <source>Protocol does not add up</source>
        <translation>Протокол не сходится</translation>
    </message>
    <message>
        <source>Official:
%1</source>
        <translation>Официально:
%1</translation>
    </message>
</context>
<context>
    <name>supolka::StorageFaults</name>
    <message>
        <source>The disk failed while Supolka read or wrote %1 (SQLite I/O error %2), so what was shown or done may be incomplete. Copy the database to another disk and check it; if it cannot be read, restore it from a backup.</source>
        <translation>Диск отказал, когда Supolka читала или записывала %1 (ошибка ввода-вывода SQLite %2), поэтому показанное или сделанное может быть неполным. Скопируйте базу данных на другой диск и проверьте её; если её нельзя прочитать, восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>Part of the database %1 could not be read: it is damaged (SQLite error %2), so what was shown or done may be incomplete. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation>Часть базы данных %1 не удалось прочитать: она повреждена (ошибка SQLite %2), поэтому показанное или сделанное может быть неполным. Восстановите базу данных из резервной копии или скопируйте её в сторону и попросите помощи, прежде чем что-либо менять.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncExporter</name>
    <message>
        <source>Name this chapter before sending bundles: its code is what the secretariat and the other chapters know its rows by (on the Sync page, or supolka chapter CODE NAME).</source>
        <translation>Прежде чем отправлять пакеты, укажите код и название этого объединения: по коду секретариат и другие объединения узнают его строки (на странице «Обмен» или командой supolka chapter CODE NAME).</translation>
    </message>
    <message>
        <source>Say who the bundle is for, to send only what changed since their last bundle.</source>
        <translation>Укажите, для кого пакет, чтобы отправить только то, что изменилось с последнего пакета для этого получателя.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use 2026-05-31 or 2026-05-31T18:00:00Z).</source>
        <translation>«%1» — не дата и время (используйте 2026-05-31 или 2026-05-31T18:00:00Z).</translation>
    </message>
    <message>
        <source>Could not record the bundle: %1</source>
        <translation>Не удалось сохранить сведения о пакете: %1</translation>
    </message>
    <message>
        <source>The bundle was written, but could not be recorded: %1</source>
        <translation>Пакет записан, но сведения о нём сохранить не удалось: %1</translation>
    </message>
    <message>
        <source>A sealed bundle is for the contact it is sealed for, not for %1.</source>
        <translation>Запечатанный пакет — для того контакта, для которого он запечатан, а не для %1.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncImporter</name>
    <message>
        <source>Line %1 of %2 has no id.</source>
        <translation>В строке %1 файла %2 нет id.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has no valid updated_at.</source>
        <translation>В строке %1 файла %2 нет правильного updated_at.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has an invalid deleted_at.</source>
        <translation>В строке %1 файла %2 неправильный deleted_at.</translation>
    </message>
    <message>
        <source>Line %1 of %2 does not say which chapter made it (origin).</source>
        <translation>В строке %1 файла %2 не указано, какое объединение её создало (origin).</translation>
    </message>
    <message>
        <source>%1 has an unknown profile “%2”.</source>
        <translation>%1: неизвестный профиль «%2».</translation>
    </message>
    <message>
        <source>%1 holds %2, which this version of Supolka does not know.</source>
        <translation>%1 содержит %2 — эта версия Supolka такого не знает.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Не удалось начать импорт: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. %2</source>
        <translation>%1 не импортирован; ничего не изменено. %2</translation>
    </message>
    <message>
        <source>Could not finish the import; nothing was changed: %1</source>
        <translation>Не удалось завершить импорт; ничего не изменено: %1</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Не удалось разрешить конфликт: %1</translation>
    </message>
    <message>
        <source>The row of this conflict is no longer here.</source>
        <translation>Строки этого конфликта здесь больше нет.</translation>
    </message>
    <message>
        <source>This member was erased here; their copy cannot bring the personal data back. Keep yours instead.</source>
        <translation>Этот участник здесь стёрт; их копия не может вернуть личные данные. Оставьте свою.</translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation>%1 больше любого пакета, который пишет Supolka; его не читали.</translation>
    </message>
    <message>
        <source>%1 is not sealed, but says it comes from %2, a contact whose bundles come sealed: anyone could have made it. Ask %2 to send it sealed, or import it as unsealed if you know where it came from.</source>
        <translation>%1 не запечатан, но якобы пришёл от %2 — контакта, чьи пакеты приходят запечатанными: создать его мог кто угодно. Попросите %2 прислать его запечатанным или импортируйте его как незапечатанный, если знаете, откуда он.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was previewed; it was not imported. Open it again to see what it holds now.</source>
        <translation>%1 изменился после предварительного просмотра; он не импортирован. Откройте его снова, чтобы увидеть, что в нём теперь.</translation>
    </message>
    <message>
        <source>%1 is not sealed: anyone could have made it under the name of %2. This database exchanges sealed bundles; import it as unsealed only if you know where it came from.</source>
        <translation>%1 не запечатан: кто угодно мог сделать его от имени %2. Эта база обменивается запечатанными пакетами; импортируйте его как незапечатанный, только если знаете, откуда он.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncKinds</name>
    <message>
        <source>Elections</source>
        <translation>Выборы</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Избирательные участки</translation>
    </message>
    <message>
        <source>Exit-poll counts</source>
        <translation>Подсчёты экзитпола</translation>
    </message>
    <message>
        <source>Official results</source>
        <translation>Официальные результаты</translation>
    </message>
    <message>
        <source>Observers&apos; counts</source>
        <translation>Подсчёты наблюдателей</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation>Дела помощи</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Записи по делам</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it should start with its header.</source>
        <translation>Файл %1 пуст; он должен начинаться со строки заголовка.</translation>
    </message>
    <message>
        <source>%1 does not have the columns of this bundle format (%2).</source>
        <translation>Столбцы файла %1 не соответствуют этому формату пакета (%2).</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 fields instead of %4.</source>
        <translation>В строке %1 файла %2 полей: %3 вместо %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read at line %2: %3</source>
        <translation>Не удаётся прочитать %1 в строке %2: %3</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>Строка %1 в %2: %3</translation>
    </message>
</context>
<context>
    <name>supolka::SyncPage</name>
    <message>
        <source>(no name: %1)</source>
        <translation>(без имени: %1)</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a row a bundle adds</comment>
        <translation>новая</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a row a bundle updates</comment>
        <translation>изменена</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>a row a bundle deletes</comment>
        <translation>удалена</translation>
    </message>
    <message>
        <source>Exchange with the secretariat and other chapters</source>
        <translation>Обмен данными с секретариатом и другими объединениями</translation>
    </message>
    <message>
        <source>This chapter:</source>
        <translation>Это объединение:</translation>
    </message>
    <message>
        <source>Code, such as PL-WAW</source>
        <translation>Код, например PL-WAW</translation>
    </message>
    <message>
        <source>Name, such as Warszawa</source>
        <translation>Название, например Warszawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Получение</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Bundle to send</source>
        <translation>Пакет для отправки</translation>
    </message>
    <message>
        <source>What goes in it:</source>
        <translation>Что в него входит:</translation>
    </message>
    <message>
        <source>Full: members who agreed to sharing, the others pseudonymized</source>
        <translation>Полный: участники, согласившиеся на передачу данных; остальные — под псевдонимами</translation>
    </message>
    <message>
        <source>Pseudonymized: no names, contacts or free text</source>
        <translation>С псевдонимами: без имён, контактов и произвольного текста</translation>
    </message>
    <message>
        <source>Counts only, and the exit poll</source>
        <translation>Только сводные числа и экзитпол</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Строки:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>What changed since their last bundle</source>
        <translation>Изменённые с последнего пакета для получателя</translation>
    </message>
    <message>
        <source>What changed since a day</source>
        <translation>Изменённые с указанной даты</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Записать пакет…</translation>
    </message>
    <message>
        <source>Chapter report</source>
        <translation>Отчёт объединения</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Открыть пакет…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Changed here and there: choose which version stays</source>
        <translation>Изменено и здесь, и там: выберите, какая версия останется</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить свою версию</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Принять их версию</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Отправлен или получен</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Members by country, skill and status, attendance per event, cases by need and status, payments per currency, and the exit-poll data, which is not personal.</source>
        <translation>Численность участников по странам, навыкам и статусам, посещаемость мероприятий, дела по потребностям и статусам, платежи по валютам, а также данные экзитпола — они не персональные.</translation>
    </message>
    <message>
        <source>People, registrations and cases go under keyed pseudonyms that stay the same from one bundle to the next; nobody&apos;s name, contact or notes leave the laptop.</source>
        <translation>Люди, регистрации и дела передаются под псевдонимами, созданными с секретным ключом, и от пакета к пакету эти псевдонимы не меняются; ничьи имена, контакты и заметки не покидают ноутбук.</translation>
    </message>
    <message>
        <source>Members who did not agree to sharing with the secretariat, guests and sensitive aid cases leave without names or contacts.</source>
        <translation>Участники, не давшие согласия на передачу данных секретариату, гости и чувствительные дела помощи передаются без имён и контактов.</translation>
    </message>
    <message>
        <source>This chapter is %1 now.</source>
        <translation>Теперь это объединение — %1.</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Запись пакета</translation>
    </message>
    <message>
        <source>Supolka bundles (*.supolka)</source>
        <translation>Пакеты Supolka (*.supolka)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n rows. Send the file as it is; it is checked when it is read.</source>
        <translation>
            <numerusform>Записан %1: %n строка. Отправьте файл как есть: он проверяется при чтении.</numerusform>
            <numerusform>Записан %1: %n строки. Отправьте файл как есть: он проверяется при чтении.</numerusform>
            <numerusform>Записан %1: %n строк. Отправьте файл как есть: он проверяется при чтении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chapter report</source>
        <translation>Сохранение отчёта объединения</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf)</source>
        <translation>PDF с диаграммами (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для электронных таблиц (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Отчёт сохранён в %1.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Открытие пакета</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflict(s).</source>
        <translation>
            <numerusform>От %1, создан %2. Строк будет добавлено: %3, изменено: %4, удалено: %5; уже есть здесь: %6; %n конфликт.</numerusform>
            <numerusform>От %1, создан %2. Строк будет добавлено: %3, изменено: %4, удалено: %5; уже есть здесь: %6; %n конфликта.</numerusform>
            <numerusform>От %1, создан %2. Строк будет добавлено: %3, изменено: %4, удалено: %5; уже есть здесь: %6; %n конфликтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: changed here too</source>
        <translation>конфликт: изменена и здесь</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 already here.</source>
        <translation>Импортировано: добавлено — %1, изменено — %2, удалено — %3, уже были здесь — %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed here and there: yours stay until you choose below.</source>
        <translation>
            <numerusform>%n строка изменена и здесь, и там: пока вы не выберете ниже, остаётся ваша версия.</numerusform>
            <numerusform>%n строки изменены и здесь, и там: пока вы не выберете ниже, остаются ваши версии.</numerusform>
            <numerusform>%n строк изменено и здесь, и там: пока вы не выберете ниже, остаются ваши версии.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Нет конфликтов, ждущих решения.</translation>
    </message>
    <message>
        <source>%1: here “%2”, at %3 “%4”</source>
        <translation>%1: здесь «%2», в %3 «%4»</translation>
    </message>
    <message>
        <source>Changed here %1, at %2 %3.</source>
        <translation>Изменено здесь %1, в %2 — %3.</translation>
    </message>
    <message>
        <source>Kept this chapter&apos;s version of %1; it goes to %2 with the next bundle.</source>
        <translation>Оставлена версия этого объединения для %1; она уйдёт в %2 со следующим пакетом.</translation>
    </message>
    <message>
        <source>Took the version of %1 from %2.</source>
        <translation>Принята версия %1 от %2.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <source>received</source>
        <translation>получен</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>любое</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Sealed for:</source>
        <translation>Запечатать для:</translation>
    </message>
    <message>
        <source>Nobody: a plain bundle anyone can read</source>
        <translation>Ни для кого: незапечатанный пакет, который может прочитать любой</translation>
    </message>
    <message>
        <source>Only %1 and this chapter can open the file, and %1 can tell that this chapter made it.</source>
        <translation>Открыть файл могут только %1 и это объединение, и %1 может убедиться, что его создало это объединение.</translation>
    </message>
    <message>
        <source>Not sealed: it holds counts and the exit poll, and nobody&apos;s name.</source>
        <translation>Не запечатан: в нём только числа и экзитпол, имён в нём нет.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it. Add the secretariat on the Keys tab to seal bundles for them.</source>
        <translation>Не запечатан: прочитать файл может любой, к кому он попадёт. Добавьте секретариат на вкладке «Ключи», чтобы запечатывать пакеты для него.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it.</source>
        <translation>Не запечатан: прочитать файл может любой, к кому он попадёт.</translation>
    </message>
    <message>
        <source>Write a plain bundle?</source>
        <translation>Записать незапечатанный пакет?</translation>
    </message>
    <message>
        <source>Add the recipient on the Keys tab to seal it for them.</source>
        <translation>Добавьте получателя на вкладке «Ключи», чтобы запечатать пакет для него.</translation>
    </message>
    <message>
        <source>Write it plain</source>
        <translation>Записать незапечатанным</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>It is not sealed.</source>
        <translation>Он не запечатан.</translation>
    </message>
    <message>
        <source>Sealed for %1: only they can open it.</source>
        <translation>Запечатан для %1: открыть его могут только они.</translation>
    </message>
    <message>
        <source>A bundle that is not sealed</source>
        <translation>Незапечатанный пакет</translation>
    </message>
    <message>
        <source>This bundle says it comes from %1, but it is not sealed: anyone could have made it. Take it only if you know that %1 gave it to you.</source>
        <translation>Этот пакет якобы от %1, но он не запечатан: создать его мог кто угодно. Принимайте его, только если знаете, что получили его от %1.</translation>
    </message>
    <message>
        <source>Preview it anyway</source>
        <translation>Всё равно просмотреть</translation>
    </message>
    <message>
        <source>Sealed for this chapter and signed by %1, whose fingerprint you compared.</source>
        <translation>Запечатан для этого объединения и подписан %1, чей отпечаток вы сверили.</translation>
    </message>
    <message>
        <source>Not sealed: nothing shows who made it.</source>
        <translation>Не запечатан: ничто не показывает, кто его создал.</translation>
    </message>
    <message>
        <source>This bundle was sealed and signed by %1, who is not among your contacts. Add them to open it.</source>
        <translation>Этот пакет запечатан и подписан %1, а их нет среди ваших контактов. Добавьте их, чтобы открыть пакет.</translation>
    </message>
    <message>
        <source>This bundle comes from %1, whose fingerprint has not been compared since their keys were added or changed.</source>
        <translation>Этот пакет пришёл от %1, чей отпечаток не сверяли с тех пор, как их ключи добавили или изменили.</translation>
    </message>
    <message>
        <source>Name this chapter first: its code and name in the fields above, then Save.</source>
        <translation>Сначала назовите это объединение: его код и название в полях выше, затем «Сохранить».</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n row(s): </source>
        <translation>
            <numerusform>Пакет содержит %n строку: </numerusform>
            <numerusform>Пакет содержит %n строки: </numerusform>
            <numerusform>Пакет содержит %n строк: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n under pseudonyms only.</source>
        <translation>
            <numerusform>, и %n только под псевдонимом.</numerusform>
            <numerusform>, и %n только под псевдонимами.</numerusform>
            <numerusform>, и %n только под псевдонимами.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sealed for %1: only they and this chapter can open it.</source>
        <translation>Он запечатан для %1: открыть его могут только они и это объединение.</translation>
    </message>
    <message>
        <source>It is not sealed: it holds counts and no person&apos;s name.</source>
        <translation>Он не запечатан: в нём цифры и ни одного имени.</translation>
    </message>
    <message>
        <source>It will not be sealed. Anyone who gets the file (a mailbox, a messenger, a lost USB stick) can read the names and contacts in it, and nobody can tell that this chapter made it.</source>
        <translation>Он не будет запечатан. Любой, к кому попадёт файл (почтовый ящик, мессенджер, потерянная флешка), сможет прочитать имена и контакты в нём, и никто не сможет убедиться, что его сделало это объединение.</translation>
    </message>
    <message>
        <source>full</source>
        <comment>bundle profile</comment>
        <translation>полный</translation>
    </message>
    <message>
        <source>pseudonymized</source>
        <comment>bundle profile</comment>
        <translation>под псевдонимами</translation>
    </message>
    <message>
        <source>counts only</source>
        <comment>bundle profile</comment>
        <translation>только цифры</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with people&apos;s names or contacts</source>
        <translation>
            <numerusform>%n запись с именами или контактами людей</numerusform>
            <numerusform>%n записи с именами или контактами людей</numerusform>
            <numerusform>%n записей с именами или контактами людей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::SyncState</name>
    <message>
        <source>Could not keep the pseudonymization key: %1</source>
        <translation>Не удалось сохранить ключ псевдонимизации: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation>«%1» не может быть кодом объединения: используйте до 32 букв, цифр, точек, дефисов или подчёркиваний, например PL-WAW.</translation>
    </message>
    <message>
        <source>Could not name the chapter: %1</source>
        <translation>Не удалось задать название объединения: %1</translation>
    </message>
    <message>
        <source>Could not record the exchange: %1</source>
        <translation>Не удалось записать сведения об обмене: %1</translation>
    </message>
    <message>
        <source>Could not record the conflict: %1</source>
        <translation>Не удалось записать конфликт: %1</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Не удалось разрешить конфликт: %1</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>Этот конфликт уже разрешён.</translation>
    </message>
    <message>
        <source>Could not record the bundle in the history: %1</source>
        <translation>Не удалось записать пакет в историю: %1</translation>
    </message>
    <message>
        <source>Could not keep the counts of %1: %2</source>
        <translation>Не удалось сохранить сводные данные %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::SyncStore</name>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Не удалось прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>Could not read the exit-poll counts: %1</source>
        <translation>Не удалось прочитать подсчёты экзитпола: %1</translation>
    </message>
    <message>
        <source>Could not read the official results: %1</source>
        <translation>Не удалось прочитать официальные результаты: %1</translation>
    </message>
    <message>
        <source>A row of %1 has %2 values instead of %3.</source>
        <translation>В строке файла %1 значений: %2 вместо %3.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2 of %3 %4).</source>
        <translation>«%1» — не целое число (%2 в %3 %4).</translation>
    </message>
    <message>
        <source>%1 %2 refers to %3 %4, which this database does not have. Import the earlier bundles of its chapter first.</source>
        <translation>%1 %2 ссылается на %3 %4, а в этой базе данных такой записи нет. Сначала импортируйте более ранние пакеты от того же объединения.</translation>
    </message>
    <message>
        <source>Could not save %1 %2: %3</source>
        <translation>Не удалось сохранить %1 %2: %3</translation>
    </message>
    <message>
        <source>the member cannot be read back</source>
        <translation>не удаётся прочитать сохранённого участника</translation>
    </message>
    <message>
        <source>“%1” is not a count (%2 of station %3).</source>
        <translation>«%1» не подходит как количество (%2 участка %3).</translation>
    </message>
    <message>
        <source>The votes of station %1 cannot be read.</source>
        <translation>Не удаётся прочитать голоса участка %1.</translation>
    </message>
    <message>
        <source>%1 of station %2: this database does not have the station.</source>
        <translation>%1 участка %2: в этой базе данных нет такого участка.</translation>
    </message>
    <message>
        <source>Could not save the %1 of station %2: %3</source>
        <translation>Не удалось сохранить %1 участка %2: %3</translation>
    </message>
    <message>
        <source>The options of an election cannot be read: %1</source>
        <translation>Не удаётся прочитать варианты выборов: %1</translation>
    </message>
</context>
<context>
    <name>supolka::TicketPrinter</name>
    <message>
        <source>There is nobody to print for.</source>
        <translation>Печатать не для кого.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Show this code at the door.</source>
        <translation>Покажите этот код на входе.</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Билеты: %1</translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>Бейджи: %1</translation>
    </message>
    <message>
        <source>The printer “%1” did not take the pages.</source>
        <translation>Принтер «%1» не принял страницы.</translation>
    </message>
</context>
<context>
    <name>supolka::TypedCheckIn</name>
    <message>
        <source>Nobody registered for “%1” matches “%2”.</source>
        <translation>Среди зарегистрированных на «%1» никто не подходит под «%2».</translation>
    </message>
    <message numerus="yes">
        <source>%n registrants match “%1”; type more of the name, or the ticket code.</source>
        <translation>
            <numerusform>Под «%1» подходит %n зарегистрированный; введите имя полнее или код билета.</numerusform>
            <numerusform>Под «%1» подходят %n зарегистрированных; введите имя полнее или код билета.</numerusform>
            <numerusform>Под «%1» подходят %n зарегистрированных; введите имя полнее или код билета.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::VolunteerSuggester</name>
    <message>
        <source>%1 for %2</source>
        <comment>skill for need</comment>
        <translation>%1 для %2</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>владеет языком: %1</translation>
    </message>
    <message>
        <source>lives in the same country</source>
        <translation>живёт в той же стране</translation>
    </message>
    <message>
        <source>in the same city</source>
        <translation>в том же городе</translation>
    </message>
    <message numerus="yes">
        <source>already holds %n open case(s)</source>
        <translation>
            <numerusform>уже ведёт %n открытое дело</numerusform>
            <numerusform>уже ведёт %n открытых дела</numerusform>
            <numerusform>уже ведёт %n открытых дел</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::WalkInCommand</name>
    <message>
        <source>Walk-in %1</source>
        <translation>Приход без регистрации: %1</translation>
    </message>
    <message>
        <source>%1 is registered and checked in again.</source>
        <translation>%1: снова зарегистрирован(а), приход отмечен.</translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in, not a member.</source>
        <translation>Приход %1 без регистрации отменён: регистрации нет, приход не отмечен, в участники не добавлен(а).</translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in.</source>
        <translation>Приход %1 без регистрации отменён: регистрации нет, приход не отмечен.</translation>
    </message>
</context>
<context>
    <name>supolka::WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Без записи</translation>
    </message>
    <message>
        <source>Register someone who is not on the list of “%1” and check them in now.</source>
        <translation>Зарегистрировать человека, которого нет в списке «%1», и сразу отметить его приход.</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation>+48 512 345 678</translation>
    </message>
    <message>
        <source>They agree that the chapter may contact them (e-mail, phone)</source>
        <translation>Согласен(на), что объединение может с ним связываться (e-mail, телефон)</translation>
    </message>
    <message>
        <source>They agree that photos of them at events may be published</source>
        <translation>Согласен(на) на публикацию своих фотографий с мероприятий</translation>
    </message>
    <message>
        <source>Ask before ticking: contact means the chapter may write to or call them about its work and events; photos means pictures taken at events where they can be recognized may appear on the chapter&apos;s pages. Their data stays with the chapter and is not passed on without asking. Either can be withdrawn at any time.</source>
        <translation>Спросите, прежде чем ставить отметки: «связь» значит, что объединение может писать или звонить человеку о своей работе и мероприятиях; «фото» значит, что снимки с мероприятий, на которых его можно узнать, могут появиться на страницах объединения. Его данные остаются в объединении и не передаются дальше без спроса. Любое согласие можно отозвать в любой момент.</translation>
    </message>
    <message>
        <source>Also make them a member of the chapter</source>
        <translation>Также сделать его участником объединения</translation>
    </message>
    <message>
        <source>&amp;Save and check in</source>
        <translation>&amp;Сохранить и отметить приход</translation>
    </message>
    <message>
        <source>Register and check them in (Enter)</source>
        <translation>Зарегистрировать и отметить приход (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close without registering anyone (Esc)</source>
        <translation>Закрыть, никого не регистрируя (Esc)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Введите имя гостя, пришедшего без записи.</translation>
    </message>
</context>
<context>
    <name>supolka::age::Codec</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>A sealed file needs at least one recipient.</source>
        <translation>Запечатанному файлу нужен хотя бы один получатель.</translation>
    </message>
    <message>
        <source>“%1” is not an age recipient (age1…).</source>
        <translation>«%1» — не получатель age (age1…).</translation>
    </message>
    <message>
        <source>“%1” is not a usable X25519 key.</source>
        <translation>«%1» — непригодный ключ X25519.</translation>
    </message>
    <message>
        <source>The file is not a well-formed age file (damaged, or not age at all).</source>
        <translation>Файл — не правильный файл age (повреждён или вовсе не age).</translation>
    </message>
    <message>
        <source>The file has a damaged X25519 stanza.</source>
        <translation>В файле повреждена станза X25519.</translation>
    </message>
    <message>
        <source>The file was not sealed for this key.</source>
        <translation>Файл запечатан не для этого ключа.</translation>
    </message>
    <message>
        <source>The file&apos;s header was altered.</source>
        <translation>Заголовок файла изменён.</translation>
    </message>
    <message>
        <source>The file is cut off.</source>
        <translation>Файл обрезан.</translation>
    </message>
    <message>
        <source>The file was altered or cut off (chunk %1 fails its check).</source>
        <translation>Файл изменён или обрезан (фрагмент %1 не проходит проверку).</translation>
    </message>
    <message>
        <source>The file ends in an empty chunk, which age never writes.</source>
        <translation>Файл заканчивается пустым фрагментом, какого age никогда не пишет.</translation>
    </message>
</context>
<context>
    <name>supolka::minisign::Verifier</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>The signature is not a minisign signature.</source>
        <translation>Подпись — не подпись minisign.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>Подпись повреждена.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Supolka does not know.</source>
        <translation>Подпись сделана алгоритмом, которого Supolka не знает.</translation>
    </message>
    <message>
        <source>The signature was made with another key (key id %1).</source>
        <translation>Подпись сделана другим ключом (идентификатор ключа %1).</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered, or signed by someone else.</source>
        <translation>Подпись не соответствует файлу: его изменили или подписал кто-то другой.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>Доверенный комментарий подписи изменён.</translation>
    </message>
</context>
</TS>
