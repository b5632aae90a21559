<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
<context>
    <name>supolka::AboutDialog</name>
    <message>
        <source>About Supolka</source>
        <translation>Пра Суполку</translation>
    </message>
    <message>
        <source>Supolka %1</source>
        <translation>Суполка %1</translation>
    </message>
    <message>
        <source>Members, events with check-in at the door, aid cases and exit polls for chapters of the Belarusian diaspora: offline, private, in one file.</source>
        <translation>Удзельнікі, падзеі з адзнакай на ўваходзе, справы дапамогі і экзіт-полы для суполак беларускай дыяспары: без сеткі, прыватна, у адным файле.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1): you may use, study, share and change it. It comes with no warranty.</source>
        <translation>Свабодная праграма пад GNU General Public License, версія 3 або пазнейшая (%1): яе можна выкарыстоўваць, вывучаць, распаўсюджваць і мяняць. Гарантыі няма.</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <source>This computer keeps the database in %1</source>
        <translation>Гэты камп&apos;ютар захоўвае базу ў %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Сабрана з Qt %1, працуе на Qt %2.</translation>
    </message>
    <message>
        <source>&amp;Licence…</source>
        <translation>&amp;Ліцэнзія…</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Ліцэнзія: %1</translation>
    </message>
</context>
<context>
    <name>supolka::AddAnswerCommand</name>
    <message>
        <source>Answer “%1” at station %2</source>
        <translation>Адказ „%1“ на ўчастку %2</translation>
    </message>
</context>
<context>
    <name>supolka::AidCase</name>
    <message>
        <source>housing</source>
        <translation>жыллё</translation>
    </message>
    <message>
        <source>food</source>
        <translation>харчаванне</translation>
    </message>
    <message>
        <source>legal help</source>
        <translation>юрыдычная дапамога</translation>
    </message>
    <message>
        <source>documents, visa, asylum</source>
        <translation>дакументы, віза, прытулак</translation>
    </message>
    <message>
        <source>medical</source>
        <translation>медыцынская дапамога</translation>
    </message>
    <message>
        <source>psychological</source>
        <translation>псіхалагічная дапамога</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>фінансавая дапамога</translation>
    </message>
    <message>
        <source>employment</source>
        <translation>працаўладкаванне</translation>
    </message>
    <message>
        <source>other</source>
        <comment>need of an aid case</comment>
        <translation>іншае</translation>
    </message>
</context>
<context>
    <name>supolka::AtomicFile</name>
    <message>
        <source>Could not save %1: the disk %2 is full (%3 free). Free some space or choose another place; the file was left as it was.</source>
        <translation>Не ўдалося захаваць %1: дыск %2 поўны (вольна %3). Вызваліце месца або выберыце іншае месца; файл застаўся як быў.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation>Не ўдалося захаваць %1: %2. Файл застаўся як быў.</translation>
    </message>
</context>
<context>
    <name>supolka::Bundle</name>
    <message>
        <source>“%1” cannot be a file of a bundle.</source>
        <translation>„%1“ не можа быць файлам пакета.</translation>
    </message>
    <message>
        <source>Could not write the bundle: %1</source>
        <translation>Не ўдалося запісаць пакет: %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існуе.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не ўдалося прачытаць %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka bundle, or it is damaged or cut short.</source>
        <translation>%1 — не пакет Supolka, або ён пашкоджаны ці запісаны не цалкам.</translation>
    </message>
    <message>
        <source>%1 is damaged: an entry cannot be read.</source>
        <translation>%1 пашкоджаны: не ўдаецца прачытаць адзін з файлаў у ім.</translation>
    </message>
    <message>
        <source>%1 holds “%2”, which a bundle never has; it was not made by Supolka or was changed.</source>
        <translation>%1 змяшчае „%2“, чаго ў пакеце не бывае; яго зрабіла не Supolka, або яго змянялі.</translation>
    </message>
    <message>
        <source>%1 is damaged: “%2” does not read back whole.</source>
        <translation>%1 пашкоджаны: „%2“ не прачытваецца цалкам.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json: it is not a Supolka bundle.</source>
        <translation>У %1 няма manifest.json: гэта не пакет Supolka.</translation>
    </message>
    <message>
        <source>The manifest of %1 cannot be read: %2</source>
        <translation>Не ўдаецца прачытаць маніфест %1: %2</translation>
    </message>
    <message>
        <source>The manifest of %1 has no format version.</source>
        <translation>У маніфесце %1 няма версіі фармату.</translation>
    </message>
    <message>
        <source>%1 was made by a newer Supolka (bundle format %2; this version reads up to %3). Update Supolka to read it.</source>
        <translation>%1 зроблены навейшай версіяй Supolka (фармат пакета %2; гэтая версія чытае да %3). Абнавіце Supolka, каб яго прачытаць.</translation>
    </message>
    <message>
        <source>The manifest of %1 does not say which chapter sent it.</source>
        <translation>У маніфесце %1 не сказана, якая суполка яго даслала.</translation>
    </message>
    <message>
        <source>The manifest of %1 lists “%2” wrongly.</source>
        <translation>Маніфест %1 няправільна апісвае „%2“.</translation>
    </message>
    <message>
        <source>%1 lacks %2, which its manifest lists: it is incomplete.</source>
        <translation>У %1 няма %2, хоць маніфест яго пералічвае: пакет няпоўны.</translation>
    </message>
    <message>
        <source>%2 in %1 is not what was sent (its checksum differs): the bundle was damaged or changed.</source>
        <translation>%2 у %1 — не тое, што было дасланае (кантрольная сума не супадае): пакет пашкоджаны або зменены.</translation>
    </message>
    <message>
        <source>%2 in %1 has %3 rows, but its manifest says %4.</source>
        <translation>У %2 з %1 радкоў: %3, а паводле маніфеста — %4.</translation>
    </message>
    <message>
        <source>%1 holds %2, which its manifest does not list: it was changed.</source>
        <translation>%1 змяшчае %2, чаго няма ў маніфесце: пакет змянялі.</translation>
    </message>
    <message>
        <source>Could not write the bundle: out of memory.</source>
        <translation>Не ўдалося запісаць пакет: не хапае памяці.</translation>
    </message>
    <message>
        <source>%1 holds more files than a bundle ever has.</source>
        <translation>%1 мае больш файлаў, чым бывае ў пакеце.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than any bundle Supolka writes; it was not unpacked.</source>
        <translation>%1 распакоўваецца ў больш чым %2 МБ — больш, чым любы пакет, які піша Supolka; яго не распакоўвалі.</translation>
    </message>
    <message>
        <source>The manifest of %1 gives a format version that is not a whole number of a bundle format.</source>
        <translation>Маніфест %1 называе версію фармату, якая не з&apos;яўляецца цэлым нумарам фармату пакета.</translation>
    </message>
    <message>
        <source>The manifest of %1 gives %2 a number of rows that is not a whole number in range.</source>
        <translation>Маніфест %1 дае для %2 колькасць радкоў, якая не з&apos;яўляецца цэлым лікам у дапушчальных межах.</translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation>%1 большы за любы пакет, які піша Supolka; яго не чыталі.</translation>
    </message>
    <message>
        <source>The manifest of %1 names its seal wrongly.</source>
        <translation>Маніфест %1 няправільна апісвае пячатку пакета.</translation>
    </message>
    <message>
        <source>The manifest of %1 names a chapter in a way Supolka never writes; it was not read.</source>
        <translation>Маніфест %1 называе суполку так, як Supolka ніколі не піша; пакет не прачытаны.</translation>
    </message>
</context>
<context>
    <name>supolka::CaseCharts</name>
    <message>
        <source>Cases: %1 · open: %2 · overdue: %3</source>
        <translation>Спраў: %1 · адкрытых: %2 · пратэрмінаваных: %3</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>выплачана: %1</translation>
    </message>
    <message>
        <source>Open cases by need</source>
        <translation>Адкрытыя справы паводле патрэб</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Адкрытыя справы</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Справы паводле статусу</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Payments per month, by currency</source>
        <translation>Плацяжы па месяцах, паводле валюты</translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has aid cases.</source>
        <translation>Дыяграмы з’явяцца тут, калі ў суполкі будуць справы дапамогі.</translation>
    </message>
</context>
<context>
    <name>supolka::CaseCsv</name>
    <message>
        <source>“%1” is not a case status</source>
        <translation>„%1“ — не статус справы</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>„%1“ — не дата і час</translation>
    </message>
    <message>
        <source>the submission has no _uuid</source>
        <translation>у адпраўленай анкеце няма _uuid</translation>
    </message>
    <message>
        <source>there is no case with the id “%1”; import the cases first</source>
        <translation>няма справы з ідэнтыфікатарам „%1“; спачатку імпартуйце справы</translation>
    </message>
    <message>
        <source>“%1” is not a kind of note (note, call, meeting, status, assignment)</source>
        <translation>„%1“ — не від запісу (note, call, meeting, status, assignment)</translation>
    </message>
    <message>
        <source>the note is empty</source>
        <translation>нататка пустая</translation>
    </message>
    <message>
        <source>the payment has no date</source>
        <translation>у плацяжу няма даты</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN)</source>
        <translation>„%1“ — не код валюты (ISO 4217, напрыклад EUR або PLN)</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of minor units (cents)</source>
        <translation>„%1“ — не цэлая колькасць дробных адзінак (цэнтаў)</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2 of the %3 format (see docs/csv-formats.md).</source>
        <translation>У %1 не хапае слупкоў фармату %3: %2 (гл. docs/csv-formats.md).</translation>
    </message>
    <message>
        <source>Person %1</source>
        <comment>pseudonym of a sensitive case</comment>
        <translation>Асоба %1</translation>
    </message>
    <message>
        <source>a payment needs an amount above zero, not %1</source>
        <translation>плацёж павінен быць большы за нуль, а не %1</translation>
    </message>
    <message>
        <source>Could not read every aid case from the database; nothing was written.</source>
        <translation>Не ўдалося прачытаць з базы ўсе справы дапамогі; нічога не запісана.</translation>
    </message>
    <message>
        <source>“%1” is not a priority (low, normal, high, urgent); the case was taken as normal</source>
        <translation>„%1“ — не прыярытэт (нізкі, звычайны, высокі, тэрміновы); справа ўзята як звычайная</translation>
    </message>
    <message>
        <source>“%1” is not a need Supolka knows; it was left out</source>
        <translation>Supolka не ведае патрэбы „%1“; яна прапушчана</translation>
    </message>
    <message>
        <source>the row names no need Supolka knows; the case was filed under “other”</source>
        <translation>у радку няма ніводнай вядомай Supolka патрэбы; справа ўнесена як „іншае“</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation>Supolka не ведае краіны „%1“; краіна засталася пустой</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation>Supolka не ведае мовы „%1“; яна прапушчана</translation>
    </message>
    <message>
        <source>the case would be opened in the future (%1); it was opened today</source>
        <translation>справа была б адкрыта ў будучыні (%1); яна адкрыта сёння</translation>
    </message>
    <message>
        <source>the due date %1 is before the case was opened; it was left empty</source>
        <translation>тэрмін %1 раней за дзень адкрыцця справы; ён застаўся пустым</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Радок %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::CaseEditor</name>
    <message>
        <source>Member</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Кантакт</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Патрэбы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Прыярытэт</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кароткае апісанне</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Дата адкрыцця</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation>Атрымальнік дапамогі</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Запыт</translation>
    </message>
    <message>
        <source>Not a member</source>
        <translation>Не ўдзельнік</translation>
    </message>
    <message>
        <source>Name as the person gives it</source>
        <translation>Імя так, як яго называе чалавек</translation>
    </message>
    <message>
        <source>Phone, e-mail or messenger</source>
        <translation>Тэлефон, эл. пошта або месенджар</translation>
    </message>
    <message>
        <source>Belarusian, Russian</source>
        <translation>Беларуская, руская</translation>
    </message>
    <message>
        <source>What the person asks for, in a few lines</source>
        <translation>Чаго просіць чалавек, у некалькіх радках</translation>
    </message>
    <message>
        <source>%1 (empty: no due date)</source>
        <translation>%1 (пуста: без тэрміну)</translation>
    </message>
    <message>
        <source>Status and volunteer</source>
        <translation>Статус і валанцёр</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Плацяжы</translation>
    </message>
    <message>
        <source>Save the case first; then you can move it on, assign a volunteer, write notes and record payments.</source>
        <translation>Спачатку захавайце справу; потым можна будзе рухаць яе далей, прызначыць валанцёра, пісаць нататкі і запісваць плацяжы.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Валанцёр</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ніхто</translation>
    </message>
    <message>
        <source>Nobody is responsible for the case</source>
        <translation>Ніхто не адказвае за справу</translation>
    </message>
    <message>
        <source>Suggest…</source>
        <translation>Прапанаваць…</translation>
    </message>
    <message>
        <source>Members whose skills, languages and place fit this case</source>
        <translation>Удзельнікі, чые навыкі, мовы і месца адпавядаюць гэтай справе</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Адкрытыя справы</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Прызначыць</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>timeline entry</comment>
        <translation>Нататка</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>timeline entry</comment>
        <translation>Званок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <comment>timeline entry</comment>
        <translation>Сустрэча</translation>
    </message>
    <message>
        <source>What happened, what was agreed, what comes next</source>
        <translation>Што адбылося, пра што дамовіліся, што далей</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Дадаць</translation>
    </message>
    <message>
        <source>Add to the timeline (%1)</source>
        <translation>Дадаць у храналогію (%1)</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Аўтар:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Прызначэнне</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Сума:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Прызначэнне:</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Запісаць плацёж</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Выдаліць плацёж</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Захаваць (%1)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыць (Esc)</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation>„%1“ — не дата; пішыце, напрыклад, так: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не захавана. Выпраўце, калі ласка:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
    <message>
        <source>Case %1 is opened. Now move it on, assign a volunteer, write notes or record payments.</source>
        <translation>Справа %1 адкрыта. Цяпер рухайце яе далей, прызначце валанцёра, пішыце нататкі або запісвайце плацяжы.</translation>
    </message>
    <message>
        <source>Saved case %1.</source>
        <translation>Справа %1 захавана.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <source>Save the new case before closing?</source>
        <translation>Захаваць новую справу перад закрыццём?</translation>
    </message>
    <message>
        <source>Save the changes to case %1 before closing?</source>
        <translation>Захаваць змены ў справе %1 перад закрыццём?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Адкінуць змены</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Працягнуць рэдагаванне</translation>
    </message>
    <message>
        <source>Start work…</source>
        <translation>Пачаць працу…</translation>
    </message>
    <message>
        <source>Resume work…</source>
        <translation>Аднавіць працу…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Адкрыць зноў…</translation>
    </message>
    <message>
        <source>Wait for others…</source>
        <translation>Чакаць іншых…</translation>
    </message>
    <message>
        <source>Mark resolved…</source>
        <translation>Пазначыць вырашанай…</translation>
    </message>
    <message>
        <source>Close case…</source>
        <translation>Закрыць справу…</translation>
    </message>
    <message>
        <source>Case %1 — %2</source>
        <translation>Справа %1 — %2</translation>
    </message>
    <message>
        <source>New aid case</source>
        <translation>Новая справа дапамогі</translation>
    </message>
    <message>
        <source>A member of the chapter: %1</source>
        <translation>Удзельнік суполкі: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Вынік: %1</translation>
    </message>
    <message>
        <source>The case becomes “%1”</source>
        <translation>Справа пераходзіць у статус „%1“</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Пакуль ніхто</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>status change</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>timeline entry</comment>
        <translation>Адкрыта</translation>
    </message>
    <message>
        <source>Nothing paid yet.</source>
        <translation>Пакуль нічога не выплачана.</translation>
    </message>
    <message>
        <source>Paid in total: %1</source>
        <translation>Усяго выплачана: %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Справа %1</translation>
    </message>
    <message>
        <source>What came of the case? Closing needs the outcome.</source>
        <translation>Чым скончылася справа? Каб закрыць яе, трэба ўказаць вынік.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Закрыць справу</translation>
    </message>
    <message>
        <source>Why is the case reopened? (optional)</source>
        <translation>Чаму справа адкрываецца зноў? (неабавязкова)</translation>
    </message>
    <message>
        <source>Why does the case become “%1”? (optional)</source>
        <translation>Чаму справа пераходзіць у статус „%1“? (неабавязкова)</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Змяніць статус</translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation>Статус не зменены: %1</translation>
    </message>
    <message>
        <source>Case %1 is now “%2”.</source>
        <translation>Справа %1 цяпер мае статус „%2“.</translation>
    </message>
    <message>
        <source>No active member has skills, languages or a place that fit. Type a name above to assign anybody.</source>
        <translation>Ні ў аднаго актыўнага ўдзельніка няма адпаведных навыкаў, моў або месца. Увядзіце імя вышэй, каб прызначыць каго-небудзь.</translation>
    </message>
    <message>
        <source>Best fit first. Choose one and press Assign.</source>
        <translation>Спачатку найбольш адпаведныя. Выберыце аднаго і націсніце „Прызначыць“.</translation>
    </message>
    <message>
        <source>The volunteer was not changed: %1</source>
        <translation>Валанцёр не зменены: %1</translation>
    </message>
    <message>
        <source>Nobody is responsible for case %1 now.</source>
        <translation>Цяпер за справу %1 ніхто не адказвае.</translation>
    </message>
    <message>
        <source>%1 takes care of case %2.</source>
        <translation>%1 вядзе справу %2.</translation>
    </message>
    <message>
        <source>Not added to the timeline: %1</source>
        <translation>Не дададзена ў храналогію: %1</translation>
    </message>
    <message>
        <source>Added to the timeline of case %1.</source>
        <translation>Дададзена ў храналогію справы %1.</translation>
    </message>
    <message>
        <source>The payment was not recorded: %1</source>
        <translation>Плацёж не запісаны: %1</translation>
    </message>
    <message>
        <source>“%1” is not a currency code; choose one such as EUR or PLN.</source>
        <translation>„%1“ — не код валюты; выберыце, напрыклад, EUR або PLN.</translation>
    </message>
    <message>
        <source>Type the amount paid, such as %1.</source>
        <translation>Увядзіце выплачаную суму, напрыклад %1.</translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2; write it like %3.</source>
        <translation>„%1“ — не сума ў %2; пішыце, напрыклад, так: %3.</translation>
    </message>
    <message>
        <source>Recorded a payment of %1.</source>
        <translation>Запісаны плацёж на %1.</translation>
    </message>
    <message>
        <source>Removed the payment of %1.</source>
        <translation>Выдалены плацёж на %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Nobody is responsible any more</source>
        <comment>timeline entry</comment>
        <translation>Ніхто больш не адказвае</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <comment>timeline entry</comment>
        <translation>Даручана: %1</translation>
    </message>
    <message>
        <source>Assigned to a volunteer</source>
        <comment>timeline entry</comment>
        <translation>Даручана валанцёру</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Адчувальная</translation>
    </message>
    <message>
        <source>Hidden from the list unless shown on purpose, never exported with the name.</source>
        <translation>Схаваная са спісу, пакуль яе не паказаць наўмысна; ніколі не экспартуецца з імем.</translation>
    </message>
    <message>
        <source>A member&apos;s name, e-mail or phone</source>
        <translation>Імя, пошта або тэлефон удзельніка</translation>
    </message>
    <message>
        <source>The member who is helped; leave it empty for someone who is not a member</source>
        <translation>Удзельнік, якому дапамагаюць; пакіньце пустым для таго, хто не ўдзельнік</translation>
    </message>
    <message>
        <source>Type a member&apos;s name</source>
        <translation>Імя ўдзельніка</translation>
    </message>
    <message>
        <source>Rent, lawyer, tickets…</source>
        <translation>Арэнда, юрыст, білеты…</translation>
    </message>
</context>
<context>
    <name>supolka::CaseList</name>
    <message>
        <source>Could not read the aid cases: %1</source>
        <translation>Не ўдалося прачытаць справы дапамогі: %1</translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; payments: %1</source>
        <translation>Не ўдалося прачытаць выплаты па справах дапамогі: %1</translation>
    </message>
    <message>
        <source>Could not read the aid cases&apos; volunteers: %1</source>
        <translation>Не ўдалося прачытаць валанцёраў спраў дапамогі: %1</translation>
    </message>
</context>
<context>
    <name>supolka::CaseRepository</name>
    <message>
        <source>Say who is helped: choose a member or type a name.</source>
        <translation>Укажыце, каму дапамагаем: выберыце ўдзельніка або ўвядзіце імя.</translation>
    </message>
    <message>
        <source>Choose at least one need.</source>
        <translation>Выберыце хаця б адну патрэбу.</translation>
    </message>
    <message>
        <source>“%1” is not a known need; use one of: %2.</source>
        <translation>„%1“ — невядомая патрэба; выкарыстоўвайце адну з гэтых: %2.</translation>
    </message>
    <message>
        <source>Write a short summary of the request.</source>
        <translation>Напішыце кароткае апісанне запыту.</translation>
    </message>
    <message>
        <source>The due date is before the case was opened.</source>
        <translation>Тэрмін раней за дату адкрыцця справы.</translation>
    </message>
    <message>
        <source>The case cannot be opened in the future.</source>
        <translation>Справу нельга адкрыць у будучыні.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation>„%1“ — не код краіны (ISO 3166, напрыклад PL або LT).</translation>
    </message>
    <message>
        <source>“%1” is not a language code (ISO 639-1, such as be, ru, pl).</source>
        <translation>„%1“ — не код мовы (ISO 639-1, напрыклад be, ru, pl).</translation>
    </message>
    <message>
        <source>A closed case needs its outcome.</source>
        <translation>Для закрытай справы трэба ўказаць вынік.</translation>
    </message>
    <message>
        <source>Could not save the case: %1</source>
        <translation>Не ўдалося захаваць справу: %1</translation>
    </message>
    <message>
        <source>Could not save the note: %1</source>
        <translation>Не ўдалося захаваць нататку: %1</translation>
    </message>
    <message>
        <source>This case no longer exists. Reload the list.</source>
        <translation>Гэтай справы больш не існуе. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>Could not delete the case: %1</source>
        <translation>Не ўдалося выдаліць справу: %1</translation>
    </message>
    <message>
        <source>Could not restore the case: %1</source>
        <translation>Не ўдалося аднавіць справу: %1</translation>
    </message>
    <message>
        <source>Say what came of the case before closing it.</source>
        <translation>Перш чым закрыць справу, укажыце, чым яна скончылася.</translation>
    </message>
    <message>
        <source>This volunteer is no longer a member.</source>
        <translation>Гэты валанцёр больш не ўдзельнік суполкі.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Нататка пустая.</translation>
    </message>
    <message>
        <source>Status changes and assignments are written by the case itself.</source>
        <translation>Змены статусу і прызначэнні запісвае сама справа.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation>„%1“ — не дата і час.</translation>
    </message>
    <message>
        <source>Could not delete the note: %1</source>
        <translation>Не ўдалося выдаліць нататку: %1</translation>
    </message>
    <message>
        <source>Only notes, calls and meetings can be deleted; status changes stay.</source>
        <translation>Выдаляць можна толькі нататкі, званкі і сустрэчы; змены статусу застаюцца.</translation>
    </message>
    <message>
        <source>“%1” is not a currency code (ISO 4217, such as EUR or PLN).</source>
        <translation>„%1“ — не код валюты (ISO 4217, напрыклад EUR або PLN).</translation>
    </message>
    <message>
        <source>A payment needs an amount above zero.</source>
        <translation>Сума плацяжу павінна быць большая за нуль.</translation>
    </message>
    <message>
        <source>A payment cannot be dated in the future.</source>
        <translation>Плацёж не можа быць датаваны будучыняй.</translation>
    </message>
    <message>
        <source>Could not save the payment: %1</source>
        <translation>Не ўдалося захаваць плацёж: %1</translation>
    </message>
    <message>
        <source>Could not delete the payment: %1</source>
        <translation>Не ўдалося выдаліць плацёж: %1</translation>
    </message>
    <message>
        <source>Could not restore the payment: %1</source>
        <translation>Не ўдалося аднавіць плацёж: %1</translation>
    </message>
    <message>
        <source>Could not write the cases&apos; list keys: %1</source>
        <translation>Не ўдалося запісаць ключы спіса спраў: %1</translation>
    </message>
    <message>
        <source>Could not index the cases list: %1</source>
        <translation>Не ўдалося праіндэксаваць спіс спраў: %1</translation>
    </message>
</context>
<context>
    <name>supolka::CaseTableModel</name>
    <message>
        <source>Number</source>
        <comment>of an aid case</comment>
        <translation>Нумар</translation>
    </message>
    <message>
        <source>Person helped</source>
        <translation>Атрымальнік дапамогі</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Патрэбы</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Прыярытэт</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>of an aid case</comment>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Валанцёр</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Адкрыта</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Выплачана</translation>
    </message>
</context>
<context>
    <name>supolka::CaseWorkflow</name>
    <message>
        <source>The case is already “%1”.</source>
        <translation>Справа ўжо мае статус „%1“.</translation>
    </message>
    <message>
        <source>A case that is “%1” cannot become “%2”; from here it can become %3.</source>
        <translation>Справа са статусам „%1“ не можа перайсці ў „%2“; адсюль яна можа перайсці ў %3.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>joins the allowed next states</comment>
        <translation> або </translation>
    </message>
    <message>
        <source>new</source>
        <comment>case status</comment>
        <translation>новая</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>case status</comment>
        <translation>у працы</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>case status</comment>
        <translation>у чаканні</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>case status</comment>
        <translation>вырашаная</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>case status</comment>
        <translation>закрытая</translation>
    </message>
    <message>
        <source>low</source>
        <comment>case priority</comment>
        <translation>нізкі</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>case priority</comment>
        <translation>звычайны</translation>
    </message>
    <message>
        <source>high</source>
        <comment>case priority</comment>
        <translation>высокі</translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>case priority</comment>
        <translation>тэрміновы</translation>
    </message>
</context>
<context>
    <name>supolka::CasesPage</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Новая справа…</translation>
    </message>
    <message>
        <source>Open a new aid case (%1)</source>
        <translation>Адкрыць новую справу дапамогі (%1)</translation>
    </message>
    <message>
        <source>&amp;Open case…</source>
        <translation>&amp;Адкрыць справу…</translation>
    </message>
    <message>
        <source>Open the chosen case (Enter)</source>
        <translation>Адкрыць выбраную справу (Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete case</source>
        <translation>&amp;Выдаліць справу</translation>
    </message>
    <message>
        <source>Delete the chosen cases (%1); can be undone</source>
        <translation>Выдаліць выбраныя справы (%1); гэта можна адрабіць</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Шукаць справу</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новая справа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Адкрыць</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Толькі пратэрмінаваныя</translation>
    </message>
    <message>
        <source>Show sensitive cases</source>
        <translation>Паказваць адчувальныя справы</translation>
    </message>
    <message>
        <source>Sensitive cases name people at risk; show them only where nobody looks over your shoulder.</source>
        <translation>Адчувальныя справы называюць людзей, якім пагражае небяспека; паказвайце іх, толькі калі ніхто не зазірае вам цераз плячо.</translation>
    </message>
    <message>
        <source>Sensitive cases are hidden.</source>
        <translation>Адчувальныя справы схаваныя.</translation>
    </message>
    <message>
        <source>No aid cases here yet. Press “New case” (%1) when somebody asks for help.</source>
        <translation>Тут пакуль няма спраў дапамогі. Націсніце „Новая справа“ (%1), калі нехта папросіць дапамогі.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Дыяграмы</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Адкрытыя справы</translation>
    </message>
    <message>
        <source>Any need</source>
        <translation>Любая патрэба</translation>
    </message>
    <message>
        <source>Any volunteer</source>
        <translation>Любы валанцёр</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Нікога не прызначана</translation>
    </message>
    <message>
        <source>Cases: %1</source>
        <translation>Спраў: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Паказана: %1 з %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Вылучана: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) past the due date.</source>
        <translation>
            <numerusform>%n справа з мінулым тэрмінам.</numerusform>
            <numerusform>%n справы з мінулым тэрмінам.</numerusform>
            <numerusform>%n спраў з мінулым тэрмінам.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them sensitive: tick “Show sensitive cases” to see them.</source>
        <translation>
            <numerusform>З іх %n адчувальная: пазначце „Паказваць адчувальныя справы“, каб убачыць.</numerusform>
            <numerusform>З іх %n адчувальныя: пазначце „Паказваць адчувальныя справы“, каб убачыць.</numerusform>
            <numerusform>З іх %n адчувальных: пазначце „Паказваць адчувальныя справы“, каб убачыць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Паказаць іх</translation>
    </message>
    <message>
        <source>Case %1 is sensitive, so the list does not show it; tick “Show sensitive cases” to see it.</source>
        <translation>Справа %1 адчувальная, таму спіс яе не паказвае; пазначце „Паказваць адчувальныя справы“, каб яе ўбачыць.</translation>
    </message>
    <message>
        <source>Opened case %1.</source>
        <translation>Адкрыта справа %1.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Гэтай справы больш не існуе.</translation>
    </message>
    <message>
        <source>Delete case %1</source>
        <translation>Выдаліць справу %1</translation>
    </message>
    <message>
        <source>Delete cases (%1)</source>
        <translation>Выдаліць справы (%1)</translation>
    </message>
    <message>
        <source>Deleted case %1.</source>
        <translation>Выдалена справа %1.</translation>
    </message>
    <message>
        <source>Deleted cases: %1.</source>
        <translation>Выдалена спраў: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспартаваць</translation>
    </message>
    <message>
        <source>Cases (also a KoBoToolbox intake export)…</source>
        <translation>Справы (таксама экспарт анкет KoBoToolbox)…</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Нататкі…</translation>
    </message>
    <message>
        <source>Payments…</source>
        <translation>Плацяжы…</translation>
    </message>
    <message>
        <source>Cases…</source>
        <translation>Справы…</translation>
    </message>
    <message>
        <source>Sensitive cases are written with a pseudonym, without name or contact</source>
        <translation>Адчувальныя справы запісваюцца пад псеўданімам, без імя і кантактаў</translation>
    </message>
    <message>
        <source>Import aid cases, notes or payments</source>
        <translation>Імпарт спраў дапамогі, нататак або плацяжоў</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>aid cases.csv</source>
        <translation>справы дапамогі.csv</translation>
    </message>
    <message>
        <source>case notes.csv</source>
        <translation>нататкі спраў.csv</translation>
    </message>
    <message>
        <source>case payments.csv</source>
        <translation>плацяжы спраў.csv</translation>
    </message>
    <message>
        <source>Export aid cases, notes or payments</source>
        <translation>Экспарт спраў дапамогі, нататак або плацяжоў</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows to %1; sensitive cases carry a pseudonym, not a name.</source>
        <translation>
            <numerusform>Запісаны %n радок у %1; адчувальныя справы — пад псеўданімам, без імя.</numerusform>
            <numerusform>Запісана %n радкі ў %1; адчувальныя справы — пад псеўданімам, без імя.</numerusform>
            <numerusform>Запісана %n радкоў у %1; адчувальныя справы — пад псеўданімам, без імя.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import aid cases</source>
        <translation>Імпарт справаў дапамогі</translation>
    </message>
    <message>
        <source>Import case notes</source>
        <translation>Імпарт нататак да справаў</translation>
    </message>
    <message>
        <source>Import case payments</source>
        <translation>Імпарт выплат па справах</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Імпарт…</translation>
    </message>
    <message>
        <source>Number, name, contact, city</source>
        <translation>Нумар, імя, кантакт, горад</translation>
    </message>
</context>
<context>
    <name>supolka::ChangeLog</name>
    <message>
        <source>Could not prepare the undo record: %1</source>
        <translation>Не ўдалося падрыхтаваць запіс для адмены: %1</translation>
    </message>
    <message>
        <source>The undo record was never started.</source>
        <translation>Запіс для адмены не быў пачаты.</translation>
    </message>
    <message>
        <source>Could not finish the undo record: %1</source>
        <translation>Не ўдалося завяршыць запіс для адмены: %1</translation>
    </message>
    <message>
        <source>Could not read the undo record: %1</source>
        <translation>Не ўдалося прачытаць запіс для адмены: %1</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не ўдалося пачаць запіс у базу даных: %1</translation>
    </message>
    <message>
        <source>Could not put the rows back: %1</source>
        <translation>Не ўдалося вярнуць радкі: %1</translation>
    </message>
    <message>
        <source>Could not put the rows back: a row has changed or gone since. Nothing was changed.</source>
        <translation>Не ўдалося вярнуць радкі: нейкі радок з таго часу змяніўся або знік. Нічога не зменена.</translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReport</name>
    <message>
        <source>Members who joined</source>
        <translation>Удзельнікі, якія далучыліся</translation>
    </message>
    <message>
        <source>Members who left</source>
        <translation>Удзельнікі, якія выйшлі</translation>
    </message>
    <message>
        <source>Events and attendance</source>
        <translation>Падзеі і наведвальнасць</translation>
    </message>
    <message>
        <source>Aid cases opened</source>
        <translation>Адкрытыя справы дапамогі</translation>
    </message>
    <message>
        <source>Aid cases closed</source>
        <translation>Закрытыя справы дапамогі</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Плацяжы</translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation>Экзіт-полы</translation>
    </message>
    <message>
        <source>Counts chapters reported</source>
        <translation>Лічбы, дасланыя суполкамі</translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation>Для справаздачы трэба ўказаць першы і апошні дзень.</translation>
    </message>
    <message>
        <source>The report&apos;s last day (%1) is before its first (%2).</source>
        <translation>Апошні дзень справаздачы (%1) раней за першы (%2).</translation>
    </message>
    <message>
        <source>Could not make the report: %1</source>
        <translation>Не ўдалося скласці справаздачу: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ChapterReportPdf</name>
    <message>
        <source>(unknown)</source>
        <translation>(невядома)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Chapter report: %1</source>
        <translation>Справаздача суполкі: %1</translation>
    </message>
    <message>
        <source>From %1 to %2. Made on %3.</source>
        <translation>З %1 па %2. Складзена %3.</translation>
    </message>
    <message numerus="yes">
        <source>Across %n chapters: %1.</source>
        <translation>
            <numerusform>Усяго па %n суполцы: %1.</numerusform>
            <numerusform>Усяго па %n суполках: %1.</numerusform>
            <numerusform>Усяго па %n суполках: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>За гэты перыяд нічога не адбылося.</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Суполка</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Паказчык</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значэнне</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усе</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInCommand</name>
    <message>
        <source>Check in %1</source>
        <translation>Адзначыць прыход: %1</translation>
    </message>
    <message>
        <source>%1 is checked in again.</source>
        <translation>%1: прыход зноў адзначаны.</translation>
    </message>
    <message>
        <source>%1 is no longer checked in.</source>
        <translation>%1: прыход больш не адзначаны.</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInPage</name>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Падзея:</translation>
    </message>
    <message>
        <source>The event people are checked in to: today&apos;s and coming ones first</source>
        <translation>Падзея, на якую адзначаюць прыход: спачатку сённяшнія і будучыя</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>На ўвесь экран</translation>
    </message>
    <message>
        <source>Let the door fill the screen (%1); Esc in the empty search field leaves it</source>
        <translation>Разгарнуць рэгістрацыю на ўваходзе на ўвесь экран (%1); Esc у пустым полі пошуку вяртае назад</translation>
    </message>
    <message>
        <source>Find the person to check in</source>
        <translation>Знайдзіце чалавека, каб адзначыць прыход</translation>
    </message>
    <message>
        <source>People who match</source>
        <translation>Знойдзеныя людзі</translation>
    </message>
    <message>
        <source>checked in</source>
        <comment>counter at the door</comment>
        <translation>прыйшлі</translation>
    </message>
    <message>
        <source>registered</source>
        <comment>counter at the door</comment>
        <translation>зарэгістраваныя</translation>
    </message>
    <message>
        <source>walk-ins</source>
        <comment>counter at the door</comment>
        <translation>без запісу</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Адзначыць прыход</translation>
    </message>
    <message>
        <source>Check in the chosen person (Enter)</source>
        <translation>Адзначыць прыход выбранага чалавека (Enter)</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Без запісу…</translation>
    </message>
    <message>
        <source>Register and check in someone who is not on the list (%1 or %2)</source>
        <translation>Зарэгістраваць і адзначыць прыход чалавека, якога няма ў спісе (%1 або %2)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Enter: check in · ↑/↓: choose · %1: walk-in · %2: undo · Esc: clear · %3: full screen</source>
        <translation>Enter: адзначыць прыход · ↑/↓: выбраць · %1: без запісу · %2: адрабіць · Esc: ачысціць · %3: на ўвесь экран</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>event title — when it starts</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nobody on the list matches. %1 registers them as a walk-in.</source>
        <translation>У спісе нікога не знойдзена. Націсніце %1, каб зарэгістраваць чалавека без запісу.</translation>
    </message>
    <message>
        <source>Enter checks in %1.</source>
        <translation>Enter адзначыць прыход: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: ↑/↓ choose, Enter checks in %1.</source>
        <translation>
            <numerusform>Знойдзены %n чалавек: ↑/↓ — выбраць, Enter адзначыць прыход: %1.</numerusform>
            <numerusform>Знойдзена %n чалавекі: ↑/↓ — выбраць, Enter адзначыць прыход: %1.</numerusform>
            <numerusform>Знойдзена %n чалавек: ↑/↓ — выбраць, Enter адзначыць прыход: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody on the list matches “%1”.</source>
        <translation>У спісе нікога не знойдзена па запыце „%1“.</translation>
    </message>
    <message>
        <source>Check the spelling, or try the e-mail, phone or ticket code. %1 registers them as a walk-in.</source>
        <translation>Праверце напісанне або паспрабуйце эл. пошту, тэлефон ці код білета. Націсніце %1, каб зарэгістраваць чалавека без запісу.</translation>
    </message>
    <message>
        <source>Checked in · ticket %1</source>
        <translation>Прыход адзначаны · білет %1</translation>
    </message>
    <message>
        <source>This ticket has been used. Let them in only if you are sure it was not someone else.</source>
        <translation>Гэты білет ужо выкарыстаны. Прапускайце, толькі калі ўпэўненыя, што гэта не хтосьці іншы.</translation>
    </message>
    <message>
        <source>Ask them to see the organisers.</source>
        <translation>Папрасіце чалавека звярнуцца да арганізатараў.</translation>
    </message>
    <message>
        <source>There is no check-in to take back.</source>
        <translation>Няма адзнакі прыходу, якую можна адрабіць.</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Гэтай падзеі больш не існуе.</translation>
    </message>
    <message>
        <source>Was on the list after all: checked in on their registration.</source>
        <translation>Чалавек усё ж быў у спісе: прыход адзначаны па яго рэгістрацыі.</translation>
    </message>
    <message>
        <source>Walk-in: registered, checked in and now a member of the chapter.</source>
        <translation>Без запісу: зарэгістраваны, прыход адзначаны, і цяпер гэта ўдзельнік суполкі.</translation>
    </message>
    <message>
        <source>Walk-in: registered and checked in.</source>
        <translation>Без запісу: зарэгістраваны, прыход адзначаны.</translation>
    </message>
    <message>
        <source>There is no event to check in to yet.</source>
        <translation>Пакуль няма падзеі, на якую можна адзначаць прыход.</translation>
    </message>
    <message>
        <source>Add the event on the Events page first; its registrations can be imported there.</source>
        <translation>Спачатку дадайце падзею на старонцы „Падзеі“; там жа можна імпартаваць рэгістрацыі на яе.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Гатова</translation>
    </message>
    <message>
        <source>Type a name, e-mail, phone or ticket code, or scan a ticket.</source>
        <translation>Увядзіце імя, эл. пошту, тэлефон або код білета ці адсканіруйце білет.</translation>
    </message>
    <message>
        <source>%1 of %2 registered people have come in</source>
        <translation>Прыйшлі %1 з %2 зарэгістраваных</translation>
    </message>
    <message numerus="yes">
        <source>%n registered (walk-ins included, cancelled ones not)</source>
        <translation>
            <numerusform>%n зарэгістраваны (уключна з тымі, хто без запісу, без скасаваных)</numerusform>
            <numerusform>%n зарэгістраваныя (уключна з тымі, хто без запісу, без скасаваных)</numerusform>
            <numerusform>%n зарэгістраваных (уключна з тымі, хто без запісу, без скасаваных)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered at the door</source>
        <translation>
            <numerusform>%n зарэгістраваны на ўваходзе</numerusform>
            <numerusform>%n зарэгістраваныя на ўваходзе</numerusform>
            <numerusform>%n зарэгістраваных на ўваходзе</numerusform>
        </translation>
    </message>
    <message>
        <source>Take back: %1 (%2)</source>
        <translation>Адрабіць: %1 (%2)</translation>
    </message>
    <message>
        <source>Takes back the last check-in (%1)</source>
        <translation>Адрабляе апошнюю адзнаку прыходу (%1)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” starts on %2, in %n day(s): check that it is the event at the door.</source>
        <translation>
            <numerusform>„%1“ пачынаецца %2, праз %n дзень: праверце, ці гэта падзея на ўваходзе.</numerusform>
            <numerusform>„%1“ пачынаецца %2, праз %n дні: праверце, ці гэта падзея на ўваходзе.</numerusform>
            <numerusform>„%1“ пачынаецца %2, праз %n дзён: праверце, ці гэта падзея на ўваходзе.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” was on %2, %n day(s) ago: check that it is the event at the door.</source>
        <translation>
            <numerusform>„%1“ была %2, %n дзень таму: праверце, ці гэта падзея на ўваходзе.</numerusform>
            <numerusform>„%1“ была %2, %n дні таму: праверце, ці гэта падзея на ўваходзе.</numerusform>
            <numerusform>„%1“ была %2, %n дзён таму: праверце, ці гэта падзея на ўваходзе.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, e-mail, phone or ticket code</source>
        <translation>Імя, пошта, тэлефон, код білета</translation>
    </message>
</context>
<context>
    <name>supolka::CheckInResultsModel</name>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation>Скасавана</translation>
    </message>
    <message>
        <source>Walk-in, checked in</source>
        <translation>Без запісу, прыход адзначаны</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прыход адзначаны</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Прыход яшчэ не адзначаны</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, адзначыў(-ла) %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Білет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Час прыходу</translation>
    </message>
</context>
<context>
    <name>supolka::CommandRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>Для %1 патрэбна значэнне.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Невядомы параметр %1.</translation>
    </message>
    <message>
        <source>Run “supolka --help” to see the commands.</source>
        <translation>Каб убачыць спіс каманд, выканайце «supolka --help».</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>Невядомая каманда «%1».</translation>
    </message>
    <message>
        <source>preview takes one file: supolka preview FILE</source>
        <translation>preview патрабуе адзін файл: supolka preview ФАЙЛ</translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation>Кадоўка: %1%2</translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation> (з BOM)</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Падзяляльнік: %1</translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation>Крыніца: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Радкоў: %1</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(прапускаецца)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Радок %1: %2</translation>
    </message>
    <message>
        <source>import takes a kind and a file: supolka import members FILE</source>
        <translation>import патрабуе від даных і файл: supolka import members ФАЙЛ</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Файла %1 не існуе.</translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6</source>
        <translation>Прачытана радкоў: %1. Новых: %2, абноўлена: %3, без змен: %4, адхілена: %5.%6</translation>
    </message>
    <message>
        <source> (dry run: nothing was changed)</source>
        <translation> (пробны запуск: нічога не зменена)</translation>
    </message>
    <message>
        <source>export takes a kind and a file: supolka export members FILE</source>
        <translation>export патрабуе від даных і файл: supolka export members ФАЙЛ</translation>
    </message>
    <message>
        <source>The export profile is plain or excel, not “%1”.</source>
        <translation>Профіль экспарту можа быць plain або excel, а не «%1».</translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation>Запісана ўдзельнікаў: %1, файл: %2.</translation>
    </message>
    <message>
        <source>search takes the text to look for: supolka search TEXT</source>
        <translation>search патрабуе тэкст для пошуку: supolka search ТЭКСТ</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Па запыце «%1» нікога не знойдзена.</translation>
    </message>
    <message>
        <source>report takes a kind: supolka report members</source>
        <translation>report патрабуе від даных: supolka report members</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Удзельнікаў: %1</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невядома)</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo не прымае аргументаў.</translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation>Мова «%1» недаступная; выберыце be, ru або en.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Не ўдалося захаваць адхіленыя радкі: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n rows of %1 to %2.</source>
        <translation>
            <numerusform>У %2 запісаны %n радок (%1).</numerusform>
            <numerusform>У %2 запісаны %n радкі (%1).</numerusform>
            <numerusform>У %2 запісана %n радкоў (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Aid cases: %1, of them overdue: %2</source>
        <translation>Справы дапамогі: %1, з іх пратэрмінаваных: %2</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Выплачана: %1</translation>
    </message>
    <message>
        <source>import %1 needs the election: supolka import %1 FILE --election NAME</source>
        <translation>Для import %1 трэба ўказаць выбары: supolka import %1 FILE --election NAME</translation>
    </message>
    <message>
        <source>report exitpoll needs the election: supolka report exitpoll --election NAME</source>
        <translation>Для report exitpoll трэба ўказаць выбары: supolka report exitpoll --election NAME</translation>
    </message>
    <message>
        <source>There is no election “%1”.</source>
        <translation>Няма выбараў „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll at %n station(s), %1 respondents.</source>
        <translation>
            <numerusform>Экзіт-пол на %n участку, апытаных: %1.</numerusform>
            <numerusform>Экзіт-пол на %n участках, апытаных: %1.</numerusform>
            <numerusform>Экзіт-пол на %n участках, апытаных: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols of %n station(s).</source>
        <translation>
            <numerusform>Афіцыйныя пратаколы %n участка.</numerusform>
            <numerusform>Афіцыйныя пратаколы %n участкаў.</numerusform>
            <numerusform>Афіцыйныя пратаколы %n участкаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>exit poll %1, official %2</source>
        <translation>экзіт-пол %1, афіцыйна %2</translation>
    </message>
    <message>
        <source>Flagged stations: %1</source>
        <translation>Участкі з пазнакамі: %1</translation>
    </message>
    <message>
        <source>Supolka cannot import “%1”; it knows: members, registrations, cases, notes, payments, stations, exitpoll, official, verified.</source>
        <translation>Supolka не ўмее імпартаваць „%1“; вядомыя віды: members, registrations, cases, notes, payments, stations, exitpoll, official, verified.</translation>
    </message>
    <message>
        <source>import registrations needs the event: supolka import registrations FILE --event TITLE</source>
        <translation>Для import registrations трэба ўказаць падзею: supolka import registrations FILE --event TITLE</translation>
    </message>
    <message>
        <source>Made the event “%1”.</source>
        <translation>Створана падзея „%1“.</translation>
    </message>
    <message>
        <source>Supolka cannot export “%1”; it knows: members, registrations, cases, notes, payments.</source>
        <translation>Supolka не ўмее экспартаваць „%1“; вядомыя віды: members, registrations, cases, notes, payments.</translation>
    </message>
    <message>
        <source>export registrations needs the event: supolka export registrations FILE --event TITLE</source>
        <translation>Для export registrations трэба ўказаць падзею: supolka export registrations FILE --event TITLE</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations of “%1” to %2.</source>
        <translation>
            <numerusform>У %2 запісана %n рэгістрацыя на „%1“.</numerusform>
            <numerusform>У %2 запісаны %n рэгістрацыі на „%1“.</numerusform>
            <numerusform>У %2 запісана %n рэгістрацый на „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>checkin takes an event and the text to look for: supolka checkin EVENT TEXT</source>
        <translation>Для checkin трэба ўказаць падзею і тэкст для пошуку: supolka checkin EVENT TEXT</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Падзеі: %1</translation>
    </message>
    <message>
        <source>%1 registered, %2 cancelled, %3 checked in, %4 walk-ins</source>
        <translation>зарэгістравана: %1, скасавана: %2, прыйшлі: %3, без запісу: %4</translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 members, %2 events with %3 registrations, %4 aid cases, an election with %5 polling stations.</source>
        <translation>Загружаны дэманстрацыйныя даныя: удзельнікі: %1, падзеі: %2 (рэгістрацыі: %3), справы дапамогі: %4, выбары (выбарчыя ўчасткі: %5).</translation>
    </message>
    <message>
        <source>Supolka cannot report on “%1”; it knows: members, events, cases, exitpoll, chapter.</source>
        <translation>Supolka не ўмее складаць справаздачу „%1“; вядомыя віды: members, events, cases, exitpoll, chapter.</translation>
    </message>
    <message>
        <source>sync takes export, import, conflicts, resolve or history: supolka sync export FILE</source>
        <translation>Для sync трэба ўказаць export, import, conflicts, resolve або history: supolka sync export FILE</translation>
    </message>
    <message>
        <source>The bundle profile is full, pseudonymized or aggregate, not “%1”.</source>
        <translation>Профіль пакета можа быць full, pseudonymized або aggregate, а не „%1“.</translation>
    </message>
    <message>
        <source>--since-last and --recipient name two different recipients.</source>
        <translation>--since-last і --recipient называюць двух розных атрымальнікаў.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows.</source>
        <translation>
            <numerusform>Запісаны %1 (%2): %n радок.</numerusform>
            <numerusform>Запісаны %1 (%2): %n радкі.</numerusform>
            <numerusform>Запісаны %1 (%2): %n радкоў.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%2): %n rows changed since %3.</source>
        <translation>
            <numerusform>Запісаны %1 (%2): %n радок, зменены пасля %3.</numerusform>
            <numerusform>Запісаны %1 (%2): %n радкі, змененыя пасля %3.</numerusform>
            <numerusform>Запісаны %1 (%2): %n радкоў, змененых пасля %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync import takes the bundle to read: supolka sync import FILE</source>
        <translation>Для sync import трэба ўказаць пакет, які трэба прачытаць: supolka sync import FILE</translation>
    </message>
    <message>
        <source>This bundle was made for %1, not for this chapter (%2).</source>
        <translation>Гэты пакет зроблены для %1, а не для гэтай суполкі (%2).</translation>
    </message>
    <message>
        <source>From %1: %2 added, %3 updated, %4 deleted, %5 unchanged, %6 conflicts.%7</source>
        <translation>Ад %1: дададзена: %2, абноўлена: %3, выдалена: %4, без змен: %5, канфліктаў: %6.%7</translation>
    </message>
    <message>
        <source>Conflict %1: %2 %3 changed here and at %4; this chapter&apos;s version was kept.</source>
        <translation>Канфлікт %1: %2 %3 зменена і тут, і ў %4; пакінута версія гэтай суполкі.</translation>
    </message>
    <message>
        <source>Choose with: supolka sync resolve CONFLICT mine|theirs</source>
        <translation>Выберыце камандай: supolka sync resolve CONFLICT mine|theirs</translation>
    </message>
    <message>
        <source>sync conflicts takes no arguments.</source>
        <translation>sync conflicts не прымае аргументаў.</translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Нявырашаных канфліктаў няма.</translation>
    </message>
    <message>
        <source>sync resolve takes a conflict&apos;s number and mine or theirs: supolka sync resolve 3 theirs</source>
        <translation>Для sync resolve трэба ўказаць нумар канфлікту і mine або theirs: supolka sync resolve 3 theirs</translation>
    </message>
    <message>
        <source>Conflict %1: this chapter&apos;s version was kept.</source>
        <translation>Канфлікт %1: пакінута версія гэтай суполкі.</translation>
    </message>
    <message>
        <source>Conflict %1: the other version was taken.</source>
        <translation>Канфлікт %1: прынята іншая версія.</translation>
    </message>
    <message>
        <source>sync history takes no arguments.</source>
        <translation>sync history не прымае аргументаў.</translation>
    </message>
    <message>
        <source>chapter takes a code and a name: supolka chapter PL-WAW &quot;Warszawa&quot;</source>
        <translation>Для chapter трэба ўказаць код і назву: supolka chapter PL-WAW &quot;Warszawa&quot;</translation>
    </message>
    <message>
        <source>erase takes a member&apos;s id or e-mail address: supolka erase member ID|EMAIL</source>
        <translation>Для erase трэба ўказаць id або адрас эл. пошты ўдзельніка: supolka erase member ID|EMAIL</translation>
    </message>
    <message numerus="yes">
        <source>%n members have the e-mail address %1; erase one by its id.</source>
        <translation>
            <numerusform>Адрас эл. пошты %1 мае %n удзельнік; сатрыце патрэбнага па яго id.</numerusform>
            <numerusform>Адрас эл. пошты %1 маюць %n удзельнікі; сатрыце патрэбнага па яго id.</numerusform>
            <numerusform>Адрас эл. пошты %1 маюць %n удзельнікаў; сатрыце патрэбнага па яго id.</numerusform>
        </translation>
    </message>
    <message>
        <source>No member has the id or e-mail address “%1”.</source>
        <translation>Ні ў аднаго ўдзельніка няма id або адраса эл. пошты „%1“.</translation>
    </message>
    <message>
        <source>Erased member %1: nothing about them is left but the id, which carries the erasure to the other chapters with the next bundle.</source>
        <translation>Удзельнік %1 сцёрты: ад яго не засталося нічога, акрамя id, які перадасць сціранне іншым суполкам з наступным пакетам.</translation>
    </message>
    <message>
        <source>report chapter needs the period: supolka report chapter --from 2026-01-01 --to 2026-06-30 --pdf REPORT.pdf --csv REPORT.csv</source>
        <translation>Для report chapter трэба ўказаць перыяд: supolka report chapter --from 2026-01-01 --to 2026-06-30 --pdf REPORT.pdf --csv REPORT.csv</translation>
    </message>
    <message>
        <source>report chapter writes --pdf FILE, --csv FILE or both (or prints --json).</source>
        <translation>report chapter запісвае --pdf FILE, --csv FILE або абодва (ці выводзіць --json).</translation>
    </message>
    <message numerus="yes">
        <source>The report from %1 to %2 covers %n chapters.</source>
        <translation>
            <numerusform>Справаздача з %1 па %2 ахоплівае %n суполку.</numerusform>
            <numerusform>Справаздача з %1 па %2 ахоплівае %n суполкі.</numerusform>
            <numerusform>Справаздача з %1 па %2 ахоплівае %n суполак.</numerusform>
        </translation>
    </message>
    <message>
        <source>The event %1 (“%2”) was deleted; restore it first.</source>
        <translation>Падзея %1 („%2“) выдаленая; спачатку аднавіце яе.</translation>
    </message>
    <message>
        <source>There is no event with the id %1.</source>
        <translation>Няма падзеі з ідэнтыфікатарам %1.</translation>
    </message>
    <message>
        <source>The file belongs to the event “%1”; its registrations went there.</source>
        <translation>Файл належыць падзеі „%1“; яго рэгістрацыі трапілі туды.</translation>
    </message>
    <message>
        <source>There is no database at %1. Check the path given with --db.</source>
        <translation>Няма базы даных па шляху %1. Праверце шлях, пададзены ў --db.</translation>
    </message>
    <message>
        <source>Line %1 (imported): %2</source>
        <translation>Радок %1 (імпартаваны): %2</translation>
    </message>
    <message>
        <source>Line %1: %2 %3; kept as a new person, listed as a possible duplicate.</source>
        <translation>Радок %1: %2 %3; захаваны як новы чалавек і пазначаны як магчымы дублікат.</translation>
    </message>
    <message>
        <source>… and %1 more; --errors FILE saves them all.</source>
        <translation>… і яшчэ %1; --errors FILE захоўвае ўсе.</translation>
    </message>
    <message>
        <source>… and %1 more possible duplicates; --json lists them all.</source>
        <translation>… і яшчэ %1 магчымых дублікатаў; --json пералічвае ўсе.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the chapter&apos;s data is not in it. Restore the database from a backup; Supolka left the file as it is.</source>
        <translation>%1 пусты (0 байт): даных суполкі ў ім няма. Аднавіце базу з рэзервовай копіі; Supolka пакінула файл як ёсць.</translation>
    </message>
    <message>
        <source>encrypt takes the new passphrase from a file: supolka encrypt --new-passphrase-file FILE</source>
        <translation>encrypt бярэ новую парольную фразу з файла: supolka encrypt --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>%1 is already encrypted; to change its passphrase: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation>%1 ужо зашыфраваная; каб змяніць яе парольную фразу: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</translation>
    </message>
    <message>
        <source>Encrypted %1. Keep the passphrase safe: without it nobody, not even Supolka, can read the data.</source>
        <translation>%1 зашыфраваная. Захоўвайце парольную фразу ў бяспецы: без яе ніхто, нават Supolka, не прачытае даных.</translation>
    </message>
    <message>
        <source>passphrase takes the old and the new passphrase from files: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</source>
        <translation>passphrase бярэ старую і новую парольныя фразы з файлаў: supolka passphrase --passphrase-file OLD --new-passphrase-file NEW</translation>
    </message>
    <message>
        <source>%1 is not encrypted; to encrypt it: supolka encrypt --new-passphrase-file FILE</source>
        <translation>%1 не зашыфраваная; каб зашыфраваць: supolka encrypt --new-passphrase-file FILE</translation>
    </message>
    <message>
        <source>The passphrase of %1 is changed; the old one no longer opens it.</source>
        <translation>Парольная фраза %1 зменена; старая яе больш не адкрывае.</translation>
    </message>
    <message>
        <source>backup takes the file to write: supolka backup FILE</source>
        <translation>backup бярэ файл, у які пісаць: supolka backup FILE</translation>
    </message>
    <message>
        <source>Wrote the backup %1, encrypted with the database&apos;s passphrase.</source>
        <translation>Рэзервовая копія %1 запісаная, зашыфраваная парольнай фразай базы.</translation>
    </message>
    <message>
        <source>Wrote the backup %1. It is not encrypted, as the database is not.</source>
        <translation>Рэзервовая копія %1 запісаная. Яна не зашыфраваная, як і сама база.</translation>
    </message>
    <message>
        <source>Wrote the public keys of %1 to %2. They hold no secret: send them to the other side, and compare the fingerprint on a call.</source>
        <translation>Публічныя ключы %1 запісаныя ў %2. Сакрэтаў у іх няма: дашліце іх другому боку і звярыце адбітак падчас званка.</translation>
    </message>
    <message>
        <source>Recipient:   %1</source>
        <translation>Атрымальнік:  %1</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Ключ подпісу: %1</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Адбітак:      %1</translation>
    </message>
    <message>
        <source>KEYS CHANGED, check again</source>
        <translation>КЛЮЧЫ ЗМЯНІЛІСЯ, праверце зноў</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>правераны</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>не правераны</translation>
    </message>
    <message>
        <source>contacts add takes a code, a name and both keys: supolka contacts add CODE NAME --recipient age1… --signing-key RW…</source>
        <translation>contacts add бярэ код, назву і абодва ключы: supolka contacts add CODE NAME --recipient age1… --signing-key RW…</translation>
    </message>
    <message>
        <source>The keys of %1 CHANGED. Bundles to and from %1 stop until you compare the new fingerprint with them on a call: %2</source>
        <translation>Ключы %1 ЗМЯНІЛІСЯ. Пакеты да %1 і ад іх спыняюцца, пакуль вы не звярыце новы адбітак з імі падчас званка: %2</translation>
    </message>
    <message>
        <source>Added %1. Compare the fingerprint with them on a call, then: supolka contacts check %1 --fingerprint &quot;%2&quot;</source>
        <translation>%1 дададзены. Звярыце адбітак з імі падчас званка, потым: supolka contacts check %1 --fingerprint &quot;%2&quot;</translation>
    </message>
    <message>
        <source>contacts %1 takes a contact&apos;s code</source>
        <translation>contacts %1 бярэ код кантакту</translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation>Кантакту «%1» няма.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 выдалены.</translation>
    </message>
    <message>
        <source>Not checked. The fingerprint of %1 is %2: compare it with them on a call, then give it with --fingerprint &quot;…&quot;.</source>
        <translation>Не правераны. Адбітак %1 — %2: звярыце яго з імі падчас званка, потым дайце яго праз --fingerprint &quot;…&quot;.</translation>
    </message>
    <message>
        <source>%1 is checked: bundles to and from it may be sealed and opened.</source>
        <translation>%1 правераны: пакеты да яго і ад яго можна пячатаць і адкрываць.</translation>
    </message>
    <message>
        <source>contacts knows: add, check, remove (or nothing, to list them)</source>
        <translation>contacts ведае: add, check, remove (або нічога — каб паказаць спіс)</translation>
    </message>
    <message>
        <source>keys shows this database&apos;s public keys; keys export FILE writes them for others; keys export-identity FILE writes the secret identity for the age tool</source>
        <translation>keys паказвае публічныя ключы гэтай базы; keys export FILE запісвае іх для іншых; keys export-identity FILE запісвае сакрэтную ідэнтычнасць для праграмы age</translation>
    </message>
    <message>
        <source>Wrote the SECRET identity of %1 to %2. Anyone who has this file can open every bundle sealed to %1: keep it on an encrypted disk, never send it, and delete it when it is no longer needed.</source>
        <translation>САКРЭТНАЯ ідэнтычнасць %1 запісаная ў %2. Хто мае гэты файл, можа адкрыць кожны пакет, запячатаны для %1: трымайце яго на зашыфраваным дыску, ніколі не дасылайце і выдаліце, калі ён больш не патрэбны.</translation>
    </message>
    <message>
        <source>sync export takes the bundle to write: supolka sync export FILE --to CODE [--profile full|pseudonymized|aggregate] [--since-last CODE]</source>
        <translation>Для sync export трэба ўказаць пакет, у які запісваць: supolka sync export FILE --to CODE [--profile full|pseudonymized|aggregate] [--since-last CODE]</translation>
    </message>
    <message>
        <source>--to seals the bundle and --unsealed does not: choose one.</source>
        <translation>--to запячатвае пакет, а --unsealed — не: выберыце нешта адно.</translation>
    </message>
    <message>
        <source>--to and --since-last or --recipient name two different recipients.</source>
        <translation>--to і --since-last або --recipient называюць двух розных атрымальнікаў.</translation>
    </message>
    <message>
        <source>Say whom to seal the bundle for: --to CODE, one of your contacts (supolka contacts). To write a plain bundle that anyone who gets it can read, add --unsealed.</source>
        <translation>Укажыце, для каго запячатаць пакет: --to CODE, адзін з вашых кантактаў (supolka contacts). Каб запісаць незапячатаны пакет, які зможа прачытаць кожны, хто яго атрымае, дадайце --unsealed.</translation>
    </message>
    <message>
        <source>Sealed for %1 (their bundle number %2): only they and this database can open it.</source>
        <translation>Запячатаны для %1 (пакет № %2 для іх): адкрыць яго могуць толькі яны і гэтая база.</translation>
    </message>
    <message>
        <source>Warning: this bundle is not sealed. Anyone who gets it can read the names and contacts in it, and nobody can tell it came from you.</source>
        <translation>Увага: гэты пакет не запячатаны. Кожны, хто яго атрымае, можа прачытаць імёны і кантакты ў ім, і ніхто не можа ўпэўніцца, што ён ад вас.</translation>
    </message>
    <message>
        <source>Sealed for this database and signed by %1, whose fingerprint you checked (their bundle number %2).</source>
        <translation>Запячатаны для гэтай базы і падпісаны %1, чый адбітак вы праверылі (іх пакет № %2).</translation>
    </message>
    <message>
        <source>Warning: this bundle was not sealed; nothing shows who made it.</source>
        <translation>Увага: гэты пакет не быў запячатаны; нішто не паказвае, хто яго зрабіў.</translation>
    </message>
    <message>
        <source>The look “%1” is unknown; choose light, dark or system.</source>
        <translation>Вонкавы выгляд «%1» невядомы; абярыце light, dark або system.</translation>
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
        <translation>Выкарыстанне:
  supolka [--db FILE] [--lang CODE]                 адкрыць акно праграмы
  supolka --version | --help
  supolka [--db FILE] preview FILE [--json]         як чытаецца CSV-файл
  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]
  supolka [--db FILE] import registrations FILE --event TITLE [--dry-run] [--errors OUT] [--json]
                                                    спіс наведвальнікаў (Supolka, Eventbrite, pretix,
                                                    Google Forms) у падзею; яна ствараецца пры першым выкарыстанні
  supolka [--db FILE] import cases|notes|payments FILE [--dry-run] [--errors OUT] [--json]
                                                    справы дапамогі (таксама экспарт анкет KoBoToolbox),
                                                    нататкі з іх храналогіі і плацяжы
  supolka [--db FILE] import stations|exitpoll|official|verified FILE --election NAME
                     [--dry-run] [--errors OUT] [--json]
                                                    шырокія файлы экзіт-пола, адзін радок на выбарчы ўчастак
  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]
  supolka [--db FILE] export registrations FILE --event TITLE [--profile plain|excel] [--json]
                                                    рэгістрацыі на падзею і адзнакі прыходу
  supolka [--db FILE] export cases|notes|payments FILE [--profile plain|excel] [--json]
                                                    адчувальныя справы — без імя і кантакту
  supolka [--db FILE] search TEXT [--json]          удзельнікі, што адпавядаюць TEXT, у любым алфавіце
  supolka [--db FILE] checkin EVENT TEXT [--json]   адзначыць прыход адзінага зарэгістраванага, які адпавядае TEXT
                                                    (EVENT: id падзеі або яе ўнікальная назва)
  supolka [--db FILE] report members [--json]       колькасць паводле краіны, статусу і навыкаў
  supolka [--db FILE] report events [--json]        зарэгістраваныя, скасаваныя, прыйшлі, без запісу
  supolka [--db FILE] report cases [--json]         паводле статусу і патрэб, пратэрмінаваныя, выплачана па валютах
  supolka [--db FILE] report exitpoll --election NAME [--json]
                                                    экзіт-пол у параўнанні з афіцыйнымі вынікамі, з пазнакамі
  supolka [--db FILE] report chapter --from DATE --to DATE [--pdf FILE] [--csv FILE] [--json]
                                                    справаздача для сакратарыята з разбіўкай па суполках
  supolka [--db FILE] demo                          загрузіць дэманстрацыйныя даныя
  supolka [--db FILE] chapter [CODE [NAME]]         паказаць або задаць код і назву гэтай суполкі
  supolka [--db FILE] erase member ID|EMAIL         сціранне паводле GDPR; яно пяройдзе з наступным пакетам
  supolka [--db FILE] sync export FILE --to CODE [--profile full|pseudonymized|aggregate]
                     [--since-last CODE] [--json]
                                                    пакет, запячатаны для кантакту: сакратарыята
                                                    або суполкі
  supolka [--db FILE] sync export FILE --unsealed [--recipient CODE] [--profile …]
                                                    незапячатаны пакет, які можа прачытаць кожны, хто яго атрымае
  supolka [--db FILE] sync import FILE [--dry-run] [--unsealed] [--json]
                                                    аб’яднаць пакет: дададзена, абноўлена, выдалена,
                                                    без змен, канфлікты
  supolka [--db FILE] sync conflicts [--json]       радкі, змененыя з абодвух бакоў, — каб выбраць версію
  supolka [--db FILE] sync resolve CONFLICT mine|theirs
  supolka [--db FILE] sync history [--json]         дасланыя і атрыманыя пакеты
  supolka [--db FILE] encrypt --new-passphrase-file FILE
                                                    зашыфраваць незашыфраваную базу даных
  supolka [--db FILE] passphrase --passphrase-file OLD --new-passphrase-file NEW
                                                    змяніць парольную фразу (новы ключ)
  supolka [--db FILE] backup FILE                   цэласная копія, зашыфраваная як сама база
  supolka [--db FILE] keys [--json] | keys export FILE | keys export-identity FILE
                                                    публічныя ключы гэтай базы і іх адбітак
  supolka [--db FILE] contacts [--json]             ключы іншых суполак; contacts add CODE NAME
                     --recipient age1… --signing-key RW…; contacts check CODE --fingerprint &quot;…&quot;;
                     contacts remove CODE

Параметры:
  --db FILE      файл базы даных (па змаўчанні: %1)
  --lang CODE    be, ru або en (па змаўчанні: мова сістэмы)
  --theme T      акно: light, dark або system (прадвызначана: як абрана ў Выгляд ▸ Вонкавы выгляд)
  --screenshots DIR  акно: здымкі кожнай старонкі і галоўных дыялогаў у DIR, потым выхад
  --passphrase-file FILE  парольная фраза зашыфраванай базы, у першым радку FILE
                 (- чытае яе са стандартнага ўводу); новая база, зробленая з ёй, зашыфраваная
  --json         вывесці адзін JSON-аб’ект у стандартны вывад
  --dry-run      праверыць файл і палічыць радкі, але нічога не змяняць
  --errors OUT   запісаць адхіленыя радкі з нумарам радка і прычынай у OUT
  --profile P    export: plain (UTF-8) або excel (UTF-8 з BOM);
                 sync export: full, pseudonymized або aggregate (па змаўчанні full)
  --since-last R толькі тое, што змянілася пасля апошняга пакета для R (код суполкі-атрымальніка)
  --recipient R  код суполкі, для якой пакет; запісваецца, каб потым распазнаваць канфлікты
  --to CODE      sync export: кантакт, для якога запячатаць пакет
  --unsealed     sync export: запісаць незапячатаны пакет (без гэтага параметра незапячатаным ідзе толькі aggregate);
                 sync import: прыняць незапячатаны пакет, у якім адпраўніком названы кантакт
  --from DATE, --to DATE  перыяд для report chapter (2026-01-31 або 31.01.2026)
  --pdf FILE, --csv FILE  куды report chapter запісвае справаздачу
  --event TITLE  падзея для import/export registrations: яе назва або id
  --election NAME выбары для каманд экзіт-пола (ствараюцца пры першым імпарце)

Коды выхаду: 0 — поспех, 1 — выканана, але частка радкоў адхілена (sync import: чакаюць канфлікты),
2 — памылка выкліку, 3 — збой (нічога не зменена).
checkin: 0 — прыход адзначаны, 1 — прыход ужо адзначаны або рэгістрацыя скасавана, 3 — не знойдзена нікога або знойдзена некалькі.
</translation>
    </message>
</context>
<context>
    <name>supolka::ContactBook</name>
    <message>
        <source>A contact needs the chapter code they go by.</source>
        <translation>Кантакту патрэбны код суполкі, пад якім яго ведаюць.</translation>
    </message>
    <message>
        <source>“%1” is not a recipient key: it should start with age1 and be copied whole.</source>
        <translation>«%1» — не ключ атрымальніка: ён павінен пачынацца з age1 і быць скапіяваны цалкам.</translation>
    </message>
    <message>
        <source>“%1” is not a signing key: it should start with RW and be copied whole.</source>
        <translation>«%1» — не ключ подпісу: ён павінен пачынацца з RW і быць скапіяваны цалкам.</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Не ўдалося захаваць кантакт: %1</translation>
    </message>
    <message>
        <source>There is no contact “%1”.</source>
        <translation>Кантакту «%1» няма.</translation>
    </message>
    <message>
        <source>Could not remove the contact: %1</source>
        <translation>Не ўдалося выдаліць кантакт: %1</translation>
    </message>
    <message>
        <source>Could not read the contacts: %1</source>
        <translation>Не ўдалося прачытаць кантакты: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation>„%1“ не можа быць кодам суполкі: выкарыстоўвайце да 32 літар, лічбаў, кропак, злучкоў або падкрэсленняў, напрыклад PL-WAW.</translation>
    </message>
    <message>
        <source>These keys are %1&apos;s already; one chapter&apos;s keys cannot be another contact&apos;s too.</source>
        <translation>Гэтыя ключы ўжо належаць %1; ключы адной суполкі не могуць быць яшчэ і ключамі іншага кантакту.</translation>
    </message>
    <message>
        <source>Not checked: the fingerprint of %1 is %2, not the digits compared.</source>
        <translation>Не праверана: адбітак %1 — %2, а не звераныя лічбы.</translation>
    </message>
    <message>
        <source>The keys of %1 changed while the fingerprint was compared; compare again.</source>
        <translation>Ключы %1 змяніліся, пакуль звяраўся адбітак; звярыце яшчэ раз.</translation>
    </message>
</context>
<context>
    <name>supolka::CountryComboBox</name>
    <message>
        <source>— not given —</source>
        <translation>— не ўказана —</translation>
    </message>
</context>
<context>
    <name>supolka::CsvReader</name>
    <message>
        <source>The data could not be read: it is not open for reading.</source>
        <translation>Не ўдалося прачытаць даныя: яны не адкрыты для чытання.</translation>
    </message>
    <message>
        <source>Supolka does not know the encoding “%1”. Choose UTF-8, UTF-16LE, UTF-16BE or Windows-1251.</source>
        <translation>Supolka не ведае кадоўкі «%1». Выберыце UTF-8, UTF-16LE, UTF-16BE або Windows-1251.</translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation>Не ўдалося прачытаць даныя: %1</translation>
    </message>
    <message>
        <source>Column %1 holds “�”, the mark a program leaves where it could not save a character, so a letter is missing there. Correct the file, or export it again from where it came from.</source>
        <translation>У слупку %1 ёсць «�» — знак, які праграма ставіць на месца сімвала, што не ўдалося захаваць, таму тут не хапае літары. Выпраўце файл або зноў экспартуйце яго адтуль, адкуль ён узяты.</translation>
    </message>
    <message>
        <source>Column %1 holds the byte %2, which is no character in Windows-1251. Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>У слупку %1 ёсць байт %2, якому не адпавядае ніводны сімвал у Windows-1251. Перазахавайце файл як «CSV UTF-8» або выберыце яго кадоўку.</translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid %2 (%3). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>У слупку %1 ёсць байты, недапушчальныя ў кадоўцы %2 (%3). Перазахавайце файл як «CSV UTF-8» або выберыце яго кадоўку.</translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid UTF-8 (%2). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation>У слупку %1 ёсць байты, недапушчальныя ў UTF-8 (%2). Перазахавайце файл як «CSV UTF-8» або выберыце яго кадоўку.</translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens column %1 is never closed, so the rest of the file would become one cell. Add the missing quote.</source>
        <translation>Двукоссе (&quot;), якое адкрывае слупок %1, нідзе не закрываецца, таму ўвесь астатні файл стаў бы адной ячэйкай. Дадайце двукоссе, якога не хапае.</translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>У гэтым радку %n поле, а ў загалоўку — %1.</numerusform>
            <numerusform>У гэтым радку %n палі, а ў загалоўку — %1.</numerusform>
            <numerusform>У гэтым радку %n палёў, а ў загалоўку — %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не ўдалося адкрыць %1: %2</translation>
    </message>
    <message>
        <source>Column %1 holds a NUL byte, which no text has: the file is damaged there or is not a text file. Correct the file, or export it again from where it came from.</source>
        <translation>У слупку %1 ёсць байт NUL, якога не бывае ў тэксце: файл там пашкоджаны або гэта не тэкставы файл. Выпраўце файл або зноў экспартуйце яго адтуль, адкуль ён прыйшоў.</translation>
    </message>
</context>
<context>
    <name>supolka::CsvValues</name>
    <message>
        <source>“%1” is not a real date: there is no such day in the calendar.</source>
        <translation>«%1» — не сапраўдная дата: такога дня ў календары няма.</translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be month/day/year or day/month/year. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation>«%1» можна прачытаць двума спосабамі: месяц/дзень/год або дзень/месяц/год. Пішыце даты як гггг-мм-дд (2024-03-01) або дд.мм.гггг (01.03.2024).</translation>
    </message>
    <message>
        <source>“%1” is not a date Supolka can read. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation>Supolka не можа прачытаць дату «%1». Пішыце даты як гггг-мм-дд (2024-03-01) або дд.мм.гггг (01.03.2024).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no answer. Write yes or no (also 1/0, true/false, да/нет, так/не, or x for yes).</source>
        <translation>«%1» — не адказ «так» або «не». Напішыце так або не (падыходзяць таксама yes/no, 1/0, true/false, да/нет, а x азначае «так»).</translation>
    </message>
    <message>
        <source>Excel turned the phone number into the number “%1”, and its last digits were lost. Enter the phone again, with the column formatted as text.</source>
        <translation>Excel ператварыў нумар тэлефона ў лік «%1», і апошнія лічбы страціліся. Задайце для слупка тэкставы фармат і ўвядзіце тэлефон нанова.</translation>
    </message>
    <message>
        <source>“%1” has a “?” inside a word: a letter could not be saved because the file was saved in a code page without it. Save the file as “CSV UTF-8”, or correct the text.</source>
        <translation>У «%1» ёсць «?» у сярэдзіне слова: літару не ўдалося захаваць, бо файл захавалі ў кадоўцы, дзе яе няма. Захавайце файл як «CSV UTF-8» або выпраўце тэкст.</translation>
    </message>
</context>
<context>
    <name>supolka::DashboardPage</name>
    <message>
        <source>Members: %1</source>
        <translation>Удзельнікаў: %1</translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation>Удзельнікі па краінах</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невядома</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Іншыя</translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation>Новыя ўдзельнікі па месяцах</translation>
    </message>
    <message>
        <source>New members</source>
        <translation>Новыя ўдзельнікі</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Агляд</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Падзеі: %1</translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has members or events. Add, import or load the demo data on the Members page, or create an event on the Events page.</source>
        <translation>Дыяграмы з’явяцца тут, калі ў суполкі будуць удзельнікі або падзеі. Дадайце, імпартуйце або загрузіце дэманстрацыйныя даныя на старонцы „Удзельнікі“ ці стварыце падзею на старонцы „Падзеі“.</translation>
    </message>
</context>
<context>
    <name>supolka::Database</name>
    <message>
        <source>%1 is a folder, not a Supolka database file.</source>
        <translation>%1 — гэта папка, а не файл базы даных Supolka.</translation>
    </message>
    <message>
        <source>Supolka may not read %1. Check the file&apos;s permissions.</source>
        <translation>Supolka не мае дазволу чытаць %1. Праверце правы доступу да файла.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не ўдалося прачытаць %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 — не база даных Supolka (гэта не файл SQLite). Файл застаўся некранутым.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Не ўдалося стварыць папку %1.</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing; reinstall Supolka.</source>
        <translation>Няма драйвера SQLite для Qt (QSQLITE). Усталюйце Supolka нанова.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не ўдалося адкрыць %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Supolka database or is damaged (%2). It was left untouched.</source>
        <translation>%1 — не база даных Supolka або пашкоджаны файл (%2). Файл застаўся некранутым.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Supolka (schema %2; this version knows up to %3). Update Supolka to open it. The file was left untouched.</source>
        <translation>%1 створаны навейшай версіяй Supolka (схема %2, а гэтая версія ведае схемы да %3). Каб адкрыць файл, абнавіце Supolka. Файл застаўся некранутым.</translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation>Не ўдалося падрыхтаваць базу даных %1: %2</translation>
    </message>
    <message>
        <source>Could not start the database upgrade: %1</source>
        <translation>Не ўдалося пачаць абнаўленне базы даных: %1</translation>
    </message>
    <message>
        <source>The database upgrade to schema %1 failed and was undone: %2</source>
        <translation>Абнаўленне базы даных да схемы %1 не ўдалося, змены адменены: %2</translation>
    </message>
    <message>
        <source>Could not save a setting in the database: %1</source>
        <translation>Не ўдалося захаваць наладу ў базе даных: %1</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Supolka database. It was left untouched.</source>
        <translation>%1 — база даных SQLite іншай праграмы, а не база даных Supolka. Файл застаўся некранутым.</translation>
    </message>
    <message>
        <source>%1 is in use by another Supolka (process %2 on %3, since %4). Close it there first.</source>
        <translation>%1 выкарыстоўвае іншая Supolka (працэс %2 на %3, з %4). Спачатку закрыйце яе там.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>гэтым камп&apos;ютары</translation>
    </message>
    <message>
        <source>%1 is in use by another program that holds its lock file %2. Close it there first.</source>
        <translation>%1 выкарыстоўвае іншая праграма, якая трымае яе файл блакавання %2. Спачатку закрыйце яе там.</translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1: the disk %2 is full (%3 KB free). Free some space and try again.</source>
        <translation>Не ўдаецца запісаць файл блакавання побач з %1: дыск %2 поўны (вольна %3 КБ). Вызваліце месца і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>Cannot write the lock file beside %1. Check that the folder is writable.</source>
        <translation>Не ўдаецца запісаць файл блакавання побач з %1. Праверце, ці можна пісаць у тэчку.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Nothing was written from it. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation>База %1 пашкоджаная (%2). З яе нічога не запісана. Аднавіце базу з рэзервовай копіі або скапіруйце яе ўбок і папрасіце дапамогі, перш чым нешта мяняць.</translation>
    </message>
    <message>
        <source>another program kept the database busy for more than %1 seconds; try again when it has finished</source>
        <translation>іншая праграма трымала базу занятай больш за %1 секунд; паспрабуйце зноў, калі яна скончыць</translation>
    </message>
    <message>
        <source>%1 is open for reading only (its file or folder may not be written), and this writes to it, so nothing was done. Copy the database to a folder Supolka may write to and work on the copy.</source>
        <translation>%1 адкрыты толькі для чытання (яго файл або папку нельга змяняць), а гэта запісвае ў яго, таму нічога не зроблена. Скапіруйце базу даных у папку, куды Supolka можа пісаць, і працуйце з копіяй.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2) and cannot be opened. Restore it from a backup, or copy it aside and ask for help. It was left untouched.</source>
        <translation>База даных %1 пашкоджаная (%2), і яе нельга адкрыць. Аднавіце яе з рэзервовай копіі або скапіруйце яе ўбок і папрасіце дапамогі. Файл не кранулі.</translation>
    </message>
    <message>
        <source>the database is open for reading only (its file or folder may not be written), so nothing can be changed; copy it to a folder Supolka may write to and open the copy to change it</source>
        <translation>база даных адкрыта толькі для чытання (яе файл або папку нельга змяняць), таму нічога нельга змяніць; каб змяніць, скапіруйце яе ў папку, куды Supolka можа пісаць, і адкрыйце копію</translation>
    </message>
    <message>
        <source>%1 is empty and read-only: there is no database in it to read.</source>
        <translation>%1 пусты і толькі для чытання: у ім няма базы даных, якую можна прачытаць.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only, so the database cannot be made there.</source>
        <translation>Папка файла %1 толькі для чытання, таму базу даных там стварыць нельга.</translation>
    </message>
    <message>
        <source>%1 is read-only, and its journal %2 holds changes not yet written into it. Copy both files to a folder Supolka may write to and open the copy.</source>
        <translation>%1 толькі для чытання, а яго журнал %2 мае змены, яшчэ не запісаныя ў яго. Скапіруйце абодва файлы ў папку, куды Supolka можа пісаць, і адкрыйце копію.</translation>
    </message>
    <message>
        <source>%1 is read-only and was written by an older Supolka (schema %2): it must be upgraded before this version can read it. Copy it to a folder Supolka may write to and open the copy.</source>
        <translation>%1 толькі для чытання і запісаны старэйшай Supolka (схема %2): яго трэба абнавіць, перш чым гэтая версія зможа яго прачытаць. Скапіруйце яго ў папку, куды Supolka можа пісаць, і адкрыйце копію.</translation>
    </message>
    <message>
        <source>%1 is encrypted, and this build of Supolka cannot open encrypted databases: its Qt uses an SQLite library of its own, which does not know Supolka&apos;s encryption. Use a Supolka built with the system&apos;s Qt (Linux packages, Homebrew, vcpkg). The file was left untouched.</source>
        <translation>%1 зашыфраваная, а гэтая зборка Supolka не можа адкрываць зашыфраваныя базы: яе Qt мае ўласную бібліятэку SQLite, якая не ведае шыфравання Supolka. Карыстайцеся Supolka, сабранай з сістэмным Qt (пакеты Linux, Homebrew, vcpkg). Файл не кранулі.</translation>
    </message>
    <message>
        <source>%1 is encrypted: its passphrase is needed to open it (on the command line, --passphrase-file FILE).</source>
        <translation>%1 зашыфраваная: каб адкрыць яе, патрэбная парольная фраза (у камандным радку --passphrase-file FILE).</translation>
    </message>
    <message>
        <source>%1 is an encrypted Supolka database that this version cannot read (a newer format, or a damaged header). It was left untouched.</source>
        <translation>%1 — зашыфраваная база Supolka, якую гэтая версія не можа прачытаць (навейшы фармат або пашкоджаны загаловак). Файл не кранулі.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase (%2 MB are needed).</source>
        <translation>Не хапае памяці, каб атрымаць ключ %1 з парольнай фразы (патрэбна %2 МБ).</translation>
    </message>
    <message>
        <source>The passphrase is wrong for %1 (or its first page is damaged). Nothing was changed.</source>
        <translation>Парольная фраза не падыходзіць да %1 (або яго першая старонка пашкоджаная). Нічога не зменена.</translation>
    </message>
    <message>
        <source>Could not make sure %1 reached the disk; it was removed.</source>
        <translation>Не ўдалося пераканацца, што %1 запісаны на дыск; яго выдалілі.</translation>
    </message>
    <message>
        <source>A backup cannot replace the database it is made of; choose another file.</source>
        <translation>Рэзервовая копія не можа замяніць базу, з якой зроблена; выберыце іншы файл.</translation>
    </message>
    <message>
        <source>Could not put the backup in place at %1: %2</source>
        <translation>Не ўдалося змясціць рэзервовую копію ў %1: %2</translation>
    </message>
    <message>
        <source>The new passphrase is empty.</source>
        <translation>Новая парольная фраза пустая.</translation>
    </message>
    <message>
        <source>Not enough memory to derive a key from the new passphrase.</source>
        <translation>Не хапае памяці, каб атрымаць ключ з новай парольнай фразы.</translation>
    </message>
    <message>
        <source>Another program is still using %1; close it and try again. Nothing was changed.</source>
        <translation>Іншая праграма яшчэ карыстаецца %1; закрыйце яе і паспрабуйце зноў. Нічога не зменена.</translation>
    </message>
    <message>
        <source>Could not put the encrypted database in place of %1: %2. Nothing was changed.</source>
        <translation>Не ўдалося змясціць зашыфраваную базу на месца %1: %2. Нічога не зменена.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key of %1 from its passphrase.</source>
        <translation>Не хапае памяці, каб атрымаць ключ %1 з парольнай фразы.</translation>
    </message>
    <message>
        <source>Could not write a copy of the database to %1: %2</source>
        <translation>Не ўдалося запісаць копію базы даных у %1: %2</translation>
    </message>
    <message>
        <source>The copy written to %1 did not pass its check (%2); it was removed.</source>
        <translation>Копія, запісаная ў %1, не прайшла праверку (%2); яе выдалілі.</translation>
    </message>
</context>
<context>
    <name>supolka::DemoCases</name>
    <message>
        <source>Chapter lead (demo)</source>
        <translation>Кіраўнік суполкі (дэма)</translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не ўдалося пачаць запіс дэманстрацыйных даных.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Не ўдалося запісаць дэманстрацыйныя даныя: %1</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не ўдалося захаваць дэманстрацыйныя даныя: %1</translation>
    </message>
</context>
<context>
    <name>supolka::DemoData</name>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не ўдалося пачаць запіс дэманстрацыйных даных.</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>Не ўдалося запісаць дэманстрацыйныя даныя: %1</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не ўдалося захаваць дэманстрацыйныя даныя: %1</translation>
    </message>
</context>
<context>
    <name>supolka::DemoExitPoll</name>
    <message>
        <source>Presidential election 2020 (demo)</source>
        <translation>Прэзідэнцкія выбары 2020 (дэма)</translation>
    </message>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation>Не ўдалося пачаць запіс дэманстрацыйных даных.</translation>
    </message>
    <message>
        <source>Against all</source>
        <translation>Супраць усіх</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>раніца</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>пасля поўдня</translation>
    </message>
    <message>
        <source>Could not write the demo data.</source>
        <translation>Не ўдалося запісаць дэманстрацыйныя даныя.</translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation>Не ўдалося захаваць дэманстрацыйныя даныя: %1</translation>
    </message>
</context>
<context>
    <name>supolka::EventCharts</name>
    <message>
        <source>No check-ins yet</source>
        <translation>Пакуль ніхто не прыйшоў</translation>
    </message>
    <message numerus="yes">
        <source>Check-ins per %n minutes</source>
        <translation>
            <numerusform>Прыходы па інтэрвалах у %n хвіліну</numerusform>
            <numerusform>Прыходы па інтэрвалах у %n хвіліны</numerusform>
            <numerusform>Прыходы па інтэрвалах у %n хвілін</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Прыходы</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>Наведвальнасць па месяцах</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарэгістраваныя</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прыйшлі</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n падзея</numerusform>
            <numerusform>%n падзеі</numerusform>
            <numerusform>%n падзей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::EventEditor</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation>Від</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Канец</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Колькасць месцаў</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Працоўная група</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новая падзея</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Рэдагаваць падзею</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Вядомы</translation>
    </message>
    <message>
        <source>Leave unticked when the end is open</source>
        <translation>Не пазначайце, калі час заканчэння не вызначаны</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без абмежавання</translation>
    </message>
    <message>
        <source>Freedom Day rally</source>
        <translation>Акцыя на Дзень Волі</translation>
    </message>
    <message>
        <source>Hall, address</source>
        <translation>Зала, адрас</translation>
    </message>
    <message>
        <source>The chapter</source>
        <translation>Суполка</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation>Захаваць (%1 або Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не захавана. Выпраўце, калі ласка:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
</context>
<context>
    <name>supolka::EventRepository</name>
    <message>
        <source>The event needs a title.</source>
        <translation>У падзеі павінна быць назва.</translation>
    </message>
    <message>
        <source>The event needs a start date and time.</source>
        <translation>У падзеі павінны быць дата і час пачатку.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Падзея заканчваецца раней, чым пачынаецца.</translation>
    </message>
    <message>
        <source>“%1” is not a country code (ISO 3166, such as PL or LT).</source>
        <translation>„%1“ — не код краіны (ISO 3166, напрыклад PL або LT).</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Колькасць месцаў не можа быць адмоўнай.</translation>
    </message>
    <message>
        <source>There is no event “%1”.</source>
        <translation>Няма падзеі „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n events are called “%1”; name one by its id.</source>
        <translation>
            <numerusform>Назву „%1“ мае %n падзея; укажыце патрэбную па яе id.</numerusform>
            <numerusform>Назву „%1“ маюць %n падзеі; укажыце патрэбную па яе id.</numerusform>
            <numerusform>Назву „%1“ маюць %n падзей; укажыце патрэбную па яе id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not save the event: %1</source>
        <translation>Не ўдалося захаваць падзею: %1</translation>
    </message>
    <message>
        <source>This event no longer exists. Reload the list.</source>
        <translation>Гэтай падзеі больш не існуе. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>Could not delete the event: %1</source>
        <translation>Не ўдалося выдаліць падзею: %1</translation>
    </message>
    <message>
        <source>Could not restore the event: %1</source>
        <translation>Не ўдалося аднавіць падзею: %1</translation>
    </message>
    <message>
        <source>Could not save the registration: %1</source>
        <translation>Не ўдалося захаваць рэгістрацыю: %1</translation>
    </message>
    <message>
        <source>A guest needs a name.</source>
        <translation>У госця павінна быць імя.</translation>
    </message>
    <message>
        <source>A registration needs its event.</source>
        <translation>Рэгістрацыя павінна быць прывязаная да падзеі.</translation>
    </message>
    <message>
        <source>The member of this registration does not exist.</source>
        <translation>Удзельніка гэтай рэгістрацыі не існуе.</translation>
    </message>
    <message>
        <source>The ticket code %1 is already someone else&apos;s.</source>
        <translation>Код білета %1 ужо належыць іншаму чалавеку.</translation>
    </message>
    <message>
        <source>Could not update the check-in search: %1</source>
        <translation>Не ўдалося абнавіць пошук для рэгістрацыі на ўваходзе: %1</translation>
    </message>
    <message>
        <source>This registration no longer exists. Reload the list.</source>
        <translation>Гэтай рэгістрацыі больш няма. Перазагрузіце спіс.</translation>
    </message>
    <message>
        <source>This registration no longer exists.</source>
        <translation>Гэтай рэгістрацыі больш няма.</translation>
    </message>
    <message>
        <source>%1&apos;s registration was cancelled: do not let them in on this ticket.</source>
        <translation>%1: рэгістрацыя скасаваная, не прапускайце па гэтым білеце.</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2 by %3.</source>
        <translation>%1: прыход ужо адзначаны ў %2. Адзначыў: %3.</translation>
    </message>
    <message>
        <source>another laptop</source>
        <translation>іншы ноўтбук</translation>
    </message>
    <message>
        <source>Could not save the check-in: %1</source>
        <translation>Не ўдалося захаваць адзнаку прыходу: %1</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>%1: прыход адзначаны.</translation>
    </message>
    <message>
        <source>Could not take the check-in back: %1</source>
        <translation>Не ўдалося адмяніць адзнаку прыходу: %1</translation>
    </message>
    <message>
        <source>This event no longer exists.</source>
        <translation>Гэтай падзеі больш няма.</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Увядзіце імя чалавека, які прыйшоў без запісу.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>operator on laptop</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This check-in was changed since (another laptop&apos;s earlier one was merged in); it stays.</source>
        <translation>Гэты прыход з таго часу змяніўся (аб’яднаны больш ранні з іншага ноўтбука); ён застаецца.</translation>
    </message>
</context>
<context>
    <name>supolka::EventTableModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of event</comment>
        <translation>Від</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарэгістравана</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Прыйшлі</translation>
    </message>
    <message>
        <source>Rally</source>
        <comment>event kind</comment>
        <translation>Акцыя</translation>
    </message>
    <message>
        <source>Meetup</source>
        <comment>event kind</comment>
        <translation>Сустрэча</translation>
    </message>
    <message>
        <source>Conference</source>
        <comment>event kind</comment>
        <translation>Канферэнцыя</translation>
    </message>
    <message>
        <source>Fundraiser</source>
        <comment>event kind</comment>
        <translation>Збор сродкаў</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>event kind</comment>
        <translation>Іншае</translation>
    </message>
</context>
<context>
    <name>supolka::EventsFirstRun</name>
    <message>
        <source>No events yet</source>
        <translation>Падзей пакуль няма</translation>
    </message>
    <message>
        <source>Rallies, meetups, conferences and fundraisers of the chapter live here, with who registered, their tickets and badges, and who came. Create the first event, then add guests or import the list of attendees, and check them in at the door.</source>
        <translation>Тут збіраюцца акцыі, сустрэчы, канферэнцыі і зборы сродкаў суполкі: хто зарэгістраваўся, іх білеты і бэйджы, хто прыйшоў. Стварыце першую падзею, потым дадайце гасцей або імпартуйце спіс зарэгістраваных і адзначайце іх прыход на ўваходзе.</translation>
    </message>
    <message>
        <source>New event…</source>
        <translation>Новая падзея…</translation>
    </message>
</context>
<context>
    <name>supolka::EventsPage</name>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Новая падзея…</translation>
    </message>
    <message>
        <source>&amp;Edit event…</source>
        <translation>&amp;Рэдагаваць падзею…</translation>
    </message>
    <message>
        <source>&amp;Delete event</source>
        <translation>&amp;Выдаліць падзею</translation>
    </message>
    <message>
        <source>&amp;Find event</source>
        <translation>&amp;Знайсці падзею</translation>
    </message>
    <message>
        <source>&amp;Check-in mode</source>
        <translation>Рэжым рэгістрацыі на &amp;ўваходзе</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новая…</translation>
    </message>
    <message>
        <source>Create an event</source>
        <translation>Стварыць падзею</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Рэдагаваць…</translation>
    </message>
    <message>
        <source>Edit the selected event (Enter or double-click)</source>
        <translation>Рэдагаваць выбраную падзею (Enter або падвойная пстрычка)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Delete the selected event with its registrations (Del); Undo brings it back</source>
        <translation>Выдаліць выбраную падзею разам з рэгістрацыямі (Del); „Адрабіць“ верне яе</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Фільтр падзей</translation>
    </message>
    <message>
        <source>Filter: names in any script, e-mail, phone, ticket</source>
        <translation>Фільтр: імёны любым алфавітам, эл. пошта, тэлефон, білет</translation>
    </message>
    <message>
        <source>Filter registrations</source>
        <translation>Фільтр рэгістрацый</translation>
    </message>
    <message>
        <source>Add guest…</source>
        <translation>Дадаць госця…</translation>
    </message>
    <message>
        <source>Register someone who is not a member</source>
        <translation>Зарэгістраваць чалавека, які не з’яўляецца ўдзельнікам</translation>
    </message>
    <message>
        <source>Cancel registration</source>
        <translation>Скасаваць рэгістрацыю</translation>
    </message>
    <message>
        <source>Cancel the selected registrations: their tickets are refused at the door; Undo takes it back</source>
        <translation>Скасаваць выбраныя рэгістрацыі: на ўваходзе іх білеты не прымуць; „Адрабіць“ верне ўсё назад</translation>
    </message>
    <message>
        <source>Print tickets…</source>
        <translation>Друкаваць білеты…</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Друкаваць бэйджы…</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>Рэжым уваходу</translation>
    </message>
    <message>
        <source>Check people in at the door of this event</source>
        <translation>Адзначаць прыход людзей на ўваходзе на гэтую падзею</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Дыяграмы</translation>
    </message>
    <message>
        <source>Events: %1</source>
        <translation>Падзеі: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Паказана: %1 з %2</translation>
    </message>
    <message>
        <source>Registrations (%1)</source>
        <translation>Рэгістрацыі (%1)</translation>
    </message>
    <message>
        <source>Select an event to see who registered.</source>
        <translation>Выберыце падзею, каб убачыць, хто зарэгістраваўся.</translation>
    </message>
    <message>
        <source>Registered: %1 of %2</source>
        <translation>Зарэгістравана: %1 з %2</translation>
    </message>
    <message>
        <source>Registered: %1</source>
        <translation>Зарэгістравана: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Прыйшлі: %1</translation>
    </message>
    <message>
        <source>Walk-ins: %1</source>
        <translation>Без запісу: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Скасавана: %1</translation>
    </message>
    <message>
        <source>Add event %1</source>
        <translation>Дадаць падзею %1</translation>
    </message>
    <message>
        <source>Added the event “%1”.</source>
        <translation>Дададзена падзея „%1“.</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Рэдагаваць падзею %1</translation>
    </message>
    <message>
        <source>Saved the event “%1”.</source>
        <translation>Захавана падзея „%1“.</translation>
    </message>
    <message>
        <source>Delete event %1</source>
        <translation>Выдаліць падзею %1</translation>
    </message>
    <message>
        <source>Deleted the event “%1”.</source>
        <translation>Выдалена падзея „%1“.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Дадаць госця %1</translation>
    </message>
    <message>
        <source>Registered %1; ticket %2.</source>
        <translation>Зарэгістравана: %1; білет %2.</translation>
    </message>
    <message>
        <source>Cancel the registration of %1</source>
        <translation>Скасаваць рэгістрацыю: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n registrations</source>
        <translation>
            <numerusform>Скасаваць %n рэгістрацыю</numerusform>
            <numerusform>Скасаваць %n рэгістрацыі</numerusform>
            <numerusform>Скасаваць %n рэгістрацый</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled the registration of %1.</source>
        <translation>Скасавана рэгістрацыя: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled %n registrations.</source>
        <translation>
            <numerusform>Скасавана %n рэгістрацыя.</numerusform>
            <numerusform>Скасаваны %n рэгістрацыі.</numerusform>
            <numerusform>Скасавана %n рэгістрацый.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered for “%1” yet.</source>
        <translation>На „%1“ пакуль ніхто не зарэгістраваўся.</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Друк бэйджаў</translation>
    </message>
    <message>
        <source>Print tickets</source>
        <translation>Друк білетаў</translation>
    </message>
    <message>
        <source>Print badges for the people selected, or for everyone registered?</source>
        <translation>Надрукаваць бэйджы для выбраных людзей або для ўсіх зарэгістраваных?</translation>
    </message>
    <message>
        <source>Print tickets for the people selected, or for everyone registered?</source>
        <translation>Надрукаваць білеты для выбраных людзей або для ўсіх зарэгістраваных?</translation>
    </message>
    <message>
        <source>Selected (%1)</source>
        <translation>Выбраныя (%1)</translation>
    </message>
    <message>
        <source>Everyone (%1)</source>
        <translation>Усе (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Save the badges for “%1”</source>
        <translation>Захаваць бэйджы для „%1“</translation>
    </message>
    <message>
        <source>Save the tickets for “%1”</source>
        <translation>Захаваць білеты для „%1“</translation>
    </message>
    <message>
        <source>badges</source>
        <comment>file name</comment>
        <translation>бэйджы</translation>
    </message>
    <message>
        <source>tickets</source>
        <comment>file name</comment>
        <translation>білеты</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The badges were not written: %1</source>
        <translation>Не ўдалося запісаць бэйджы: %1</translation>
    </message>
    <message>
        <source>The tickets were not written: %1</source>
        <translation>Не ўдалося запісаць білеты: %1</translation>
    </message>
    <message numerus="yes">
        <source>Badges for %n people are in %1.</source>
        <translation>
            <numerusform>Бэйджы для %n чалавека захаваныя ў %1.</numerusform>
            <numerusform>Бэйджы для %n чалавек захаваныя ў %1.</numerusform>
            <numerusform>Бэйджы для %n чалавек захаваныя ў %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tickets for %n people are in %1.</source>
        <translation>
            <numerusform>Білеты для %n чалавека захаваныя ў %1.</numerusform>
            <numerusform>Білеты для %n чалавек захаваныя ў %1.</numerusform>
            <numerusform>Білеты для %n чалавек захаваныя ў %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import list…</source>
        <translation>Імпартаваць спіс…</translation>
    </message>
    <message>
        <source>Take an attendee list into this event: an Eventbrite attendee report, a pretix check-in list, a Google Forms sheet, or another laptop&apos;s export</source>
        <translation>Узяць спіс удзельнікаў у гэтую падзею: справаздачу Eventbrite, спіс pretix, табліцу Google Forms або экспарт з іншага ноўтбука</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспартаваць…</translation>
    </message>
    <message>
        <source>Write this event&apos;s registrations and check-ins, for another laptop at the door to import and merge</source>
        <translation>Запісаць рэгістрацыі і прыходы гэтай падзеі, каб іншы ноўтбук на ўваходзе імпартаваў і аб’яднаў іх</translation>
    </message>
    <message>
        <source>Import an attendee list into “%1”</source>
        <translation>Імпарт спісу ўдзельнікаў у „%1“</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Файлы CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>Export the registrations of “%1”</source>
        <translation>Экспарт рэгістрацый „%1“</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n registrations to %1: import that file on the other laptop to merge.</source>
        <translation>
            <numerusform>Запісана %n рэгістрацыя ў %1: імпартуйце гэты файл на іншым ноўтбуку, каб аб’яднаць.</numerusform>
            <numerusform>Запісана %n рэгістрацыі ў %1: імпартуйце гэты файл на іншым ноўтбуку, каб аб’яднаць.</numerusform>
            <numerusform>Запісана %n рэгістрацый у %1: імпартуйце гэты файл на іншым ноўтбуку, каб аб’яднаць.</numerusform>
        </translation>
    </message>
    <message>
        <source>List</source>
        <comment>import and export of an attendee list</comment>
        <translation>Спіс</translation>
    </message>
    <message>
        <source>Import registrations into “%1”</source>
        <translation>Імпарт рэгістрацый у „%1“</translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation>Імпарт рэгістрацый…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Event (id)</source>
        <translation>Падзея (id)</translation>
    </message>
    <message>
        <source>Member (id)</source>
        <translation>Удзельнік (id)</translation>
    </message>
    <message>
        <source>Registration status</source>
        <translation>Статус рэгістрацыі</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>Код білета</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Час прыходу</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Хто адзначыў</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Прыйшоў без рэгістрацыі</translation>
    </message>
    <message>
        <source>Order or ticket number</source>
        <translation>Нумар заказу або білета</translation>
    </message>
    <message>
        <source>One A6 page per person with the ticket code and its QR code</source>
        <translation>Адна старонка A6 на чалавека з кодам білета і яго QR-кодам</translation>
    </message>
    <message numerus="yes">
        <source>A4 sheets of %n name badges with QR codes and cut lines</source>
        <translation>
            <numerusform>Аркушы A4, на кожным %n бэйдж з імем, QR-кодам і лініямі разрэзу</numerusform>
            <numerusform>Аркушы A4, на кожным %n бэйджы з імёнамі, QR-кодамі і лініямі разрэзу</numerusform>
            <numerusform>Аркушы A4, на кожным %n бэйджаў з імёнамі, QR-кодамі і лініямі разрэзу</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF…</source>
        <translation>Захаваць білеты ў PDF…</translation>
    </message>
    <message>
        <source>Save badges as PDF…</source>
        <translation>Захаваць бэйджы ў PDF…</translation>
    </message>
    <message>
        <source>Print badges for “%1”</source>
        <translation>Друк бэйджаў для «%1»</translation>
    </message>
    <message>
        <source>Print tickets for “%1”</source>
        <translation>Друк білетаў для «%1»</translation>
    </message>
    <message>
        <source>The badges were not printed: %1</source>
        <translation>Бэйджы не надрукаваныя: %1</translation>
    </message>
    <message>
        <source>The tickets were not printed: %1</source>
        <translation>Білеты не надрукаваныя: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent badges for %n people to %1.</source>
        <translation>
            <numerusform>Бэйдж для %n чалавека адпраўлены на %1.</numerusform>
            <numerusform>Бэйджы для %n чалавек адпраўленыя на %1.</numerusform>
            <numerusform>Бэйджы для %n чалавек адпраўленыя на %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent tickets for %n people to %1.</source>
        <translation>
            <numerusform>Білет для %n чалавека адпраўлены на %1.</numerusform>
            <numerusform>Білеты для %n чалавек адпраўленыя на %1.</numerusform>
            <numerusform>Білеты для %n чалавек адпраўленыя на %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title, city, country, kind</source>
        <translation>Назва, горад, краіна, від</translation>
    </message>
    <message>
        <source>the search stops at %1 registrations: type more to narrow it</source>
        <translation>пошук спыняецца на %1 рэгістрацыях: удакладніце запыт</translation>
    </message>
</context>
<context>
    <name>supolka::ExchangeKeyStore</name>
    <message>
        <source>This database&apos;s exchange keys are damaged; bundles cannot be sealed or opened.</source>
        <translation>Ключы абмену гэтай базы пашкоджаныя; пакеты нельга ні запячатаць, ні адкрыць.</translation>
    </message>
    <message>
        <source>Could not keep the exchange keys in the database: %1</source>
        <translation>Не ўдалося захаваць ключы абмену ў базе даных: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollAnalysis</name>
    <message>
        <source>The official share of an option lies outside the 95% interval of the exit poll at this station. With honest counting and an honest sample this happens at about one station in twenty by chance; far outside, or at many stations, it points to a result that was not counted as cast.</source>
        <translation>Афіцыйная доля варыянта выходзіць за межы 95% інтэрвалу экзіт-полу на гэтым участку. Пры сумленным падліку і сумленнай выбарцы так выпадкова бывае прыблізна на адным участку з дваццаці; калі адхіленне вялікае або паўтараецца на многіх участках, гэта паказвае на вынік, які падлічылі не так, як галасавалі.</translation>
    </message>
    <message>
        <source>Observers saw more ballots (photographed or counted) for an option than the protocol gives it. The protocol cannot be true: each of those ballots is proof of a vote.</source>
        <translation>Назіральнікі бачылі за варыянт больш бюлетэняў (сфатаграфаваных або пералічаных), чым яму дае пратакол. Пратакол не можа быць праўдай: кожны з гэтых бюлетэняў — доказ голасу.</translation>
    </message>
    <message>
        <source>The protocol gives more ballots cast than the observers counted voters at the door all day. Either voters were missed, or ballots were added.</source>
        <translation>Паводле пратакола выдадзена больш бюлетэняў, чым назіральнікі налічылі выбаршчыкаў на ўваходзе за ўвесь дзень. Альбо частку выбаршчыкаў не палічылі, альбо бюлетэні былі дададзеныя.</translation>
    </message>
    <message>
        <source>Every number of the protocol is known, and the votes of all options plus the spoiled ballots do not add up to the ballots cast. A protocol with unknown parts is never flagged for this.</source>
        <translation>Усе лічбы пратакола вядомыя, а галасы за ўсе варыянты разам з сапсаванымі бюлетэнямі ў суме не даюць колькасці выдадзеных бюлетэняў. Пратакол з невядомымі часткамі за гэта ніколі не атрымлівае пазнаку.</translation>
    </message>
    <message>
        <source>Official %1 (%2 of %3 ballots cast); exit poll %4, 95% interval %5–%6, from %7 respondents who named an option.</source>
        <translation>Афіцыйна %1 (%2 з %3 выдадзеных бюлетэняў); экзіт-пол %4, 95% інтэрвал %5–%6, паводле %7 рэспандэнтаў, якія назвалі варыянт.</translation>
    </message>
    <message>
        <source>Observers verified %1 ballots for %2; the protocol gives %3.</source>
        <translation>Бюлетэняў за %2, правераных назіральнікамі: %1; у пратаколе: %3.</translation>
    </message>
    <message>
        <source>The protocol gives %1 ballots cast; observers counted %2 voters at the door.</source>
        <translation>Паводле пратакола выдадзена бюлетэняў: %1; назіральнікі налічылі выбаршчыкаў на ўваходзе: %2.</translation>
    </message>
    <message>
        <source>The votes of all options and the spoiled ballots add up to %1, but the protocol gives %2 ballots cast.</source>
        <translation>Галасы за ўсе варыянты і сапсаваныя бюлетэні ў суме даюць %1, а паводле пратакола выдадзена бюлетэняў: %2.</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollCharts</name>
    <message>
        <source>%1 at each station: the exit poll with its 95% interval, and the official result</source>
        <translation>%1 на кожным участку: экзіт-пол з 95% інтэрвалам і афіцыйны вынік</translation>
    </message>
    <message>
        <source>Polling station</source>
        <translation>Выбарчы ўчастак</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Flagged station</source>
        <translation>Участак з пазнакай</translation>
    </message>
    <message>
        <source>Exit poll, with its 95% interval</source>
        <translation>Экзіт-пол з 95% інтэрвалам</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Афіцыйны вынік</translation>
    </message>
    <message>
        <source>Official, flagged station</source>
        <translation>Афіцыйна, участак з пазнакай</translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled, and the official totals</source>
        <translation>Усе ўчасткі: аб’яднаны экзіт-пол і афіцыйныя агульныя вынікі</translation>
    </message>
    <message>
        <source>exit poll unknown</source>
        <translation>экзіт-пол невядомы</translation>
    </message>
    <message>
        <source>official unknown</source>
        <translation>афіцыйны вынік невядомы</translation>
    </message>
    <message>
        <source>No exit poll and no official results yet</source>
        <translation>Пакуль няма ні экзіт-полу, ні афіцыйных вынікаў</translation>
    </message>
    <message>
        <source>Share of the vote</source>
        <translation>Доля галасоў</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents named an option, pooled over %n station(s)</source>
        <translation>
            <numerusform>Экзіт-пол: %1 адказаў з %n участка</numerusform>
            <numerusform>Экзіт-пол: %1 адказаў з %n участкаў</numerusform>
            <numerusform>Экзіт-пол: %1 адказаў з %n участкаў</numerusform>
        </translation>
    </message>
    <message>
        <source>Official: %1 ballots cast, over %2 protocols</source>
        <translation>Афіцыйна: %1 бюлетэняў, %2 пратаколаў</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollImporter</name>
    <message>
        <source>Name the election the file belongs to (--election NAME).</source>
        <translation>Назавіце выбары, да якіх належыць файл (--election NAME).</translation>
    </message>
    <message>
        <source>%1 has no station_code column: every row must say which polling station it is.</source>
        <translation>У %1 няма слупка station_code: у кожным радку павінна быць пазначана, які гэта выбарчы ўчастак.</translation>
    </message>
    <message>
        <source>%1 has no column for any option (a candidate, “against all”, ...).</source>
        <translation>У %1 няма ніводнага слупка для варыянта (кандыдат, „супраць усіх“, ...).</translation>
    </message>
    <message>
        <source>column “%1”: “%2” is not a count</source>
        <translation>слупок „%1“: „%2“ — не колькасць</translation>
    </message>
    <message>
        <source>the row has no station_code</source>
        <translation>у радку няма station_code</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Радок %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollPage</name>
    <message>
        <source>&amp;Station list…</source>
        <translation>&amp;Спіс участкаў…</translation>
    </message>
    <message>
        <source>Stations with their number, city, country and registered voters</source>
        <translation>Участкі з нумарам, горадам, краінай і колькасцю выбаршчыкаў у спісах</translation>
    </message>
    <message>
        <source>&amp;Exit-poll answers…</source>
        <translation>&amp;Адказы экзіт-полу…</translation>
    </message>
    <message>
        <source>Answers per station (and shift), one column per option</source>
        <translation>Адказы па ўчастках (і зменах), па адным слупку на варыянт</translation>
    </message>
    <message>
        <source>&amp;Official protocols…</source>
        <translation>А&amp;фіцыйныя пратаколы…</translation>
    </message>
    <message>
        <source>The published results per station: ballots cast, spoiled, votes</source>
        <translation>Апублікаваныя вынікі па ўчастках: выдадзеныя бюлетэні, сапсаваныя, галасы</translation>
    </message>
    <message>
        <source>Observers&apos; &amp;verified counts…</source>
        <translation>&amp;Правераныя падлікі назіральнікаў…</translation>
    </message>
    <message>
        <source>Voters counted at the door and ballots seen, per station</source>
        <translation>Выбаршчыкі, палічаныя на ўваходзе, і бюлетэні, якія бачылі назіральнікі, па ўчастках</translation>
    </message>
    <message>
        <source>Export chart as &amp;PNG…</source>
        <translation>Экспартаваць дыяграму ў &amp;PNG…</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Экспартаваць табліцу ў &amp;CSV…</translation>
    </message>
    <message>
        <source>PDF &amp;report…</source>
        <translation>&amp;Справаздача ў PDF…</translation>
    </message>
    <message>
        <source>&amp;Station sheet…</source>
        <translation>&amp;Аркуш участка…</translation>
    </message>
    <message>
        <source>&amp;Election:</source>
        <translation>&amp;Выбары:</translation>
    </message>
    <message>
        <source>Name of the election</source>
        <translation>Назва выбараў</translation>
    </message>
    <message>
        <source>Choose an election, or type the name of a new one and import its files</source>
        <translation>Абярыце выбары або ўвядзіце назву новых і імпартуйце іх файлы</translation>
    </message>
    <message>
        <source>&amp;Option:</source>
        <translation>&amp;Варыянт:</translation>
    </message>
    <message>
        <source>The option compared at each station, in the chart and the table</source>
        <translation>Варыянт, які параўноўваецца на кожным участку, на дыяграме і ў табліцы</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>Import a station list, exit-poll answers, official protocols or observers&apos; counts (CSV, one row per station)</source>
        <translation>Імпартаваць спіс участкаў, адказы экзіт-полу, афіцыйныя пратаколы або падлікі назіральнікаў (CSV, адзін радок на ўчастак)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспартаваць</translation>
    </message>
    <message>
        <source>Count exit-poll answers at the door, one key per answer, in a window of its own</source>
        <translation>Лічыць адказы экзіт-полу на ўваходзе, адна клавіша на адказ, у асобным акне</translation>
    </message>
    <message>
        <source>Load the demo election</source>
        <translation>Загрузіць дэманстрацыйныя выбары</translation>
    </message>
    <message>
        <source>Import a station list…</source>
        <translation>Імпартаваць спіс участкаў…</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Па ўчастках</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Агулам</translation>
    </message>
    <message>
        <source>&amp;Flagged stations only</source>
        <translation>Толькі ўчасткі з &amp;пазнакамі</translation>
    </message>
    <message>
        <source>Station number, city or country</source>
        <translation>Нумар участка, горад або краіна</translation>
    </message>
    <message>
        <source>the station list</source>
        <translation>спіс участкаў</translation>
    </message>
    <message>
        <source>exit-poll answers</source>
        <translation>адказы экзіт-полу</translation>
    </message>
    <message>
        <source>official protocols</source>
        <translation>афіцыйныя пратаколы</translation>
    </message>
    <message>
        <source>observers&apos; verified counts</source>
        <translation>правераныя падлікі назіральнікаў</translation>
    </message>
    <message>
        <source>Stations: %1. Exit poll at %2 of them, %3 respondents. Protocols published: %4. Observers&apos; counts: %5. Flagged stations: %6.</source>
        <translation>Участкаў: %1. Экзіт-пол на %2 з іх, рэспандэнтаў: %3. Апублікавана пратаколаў: %4. Падлікаў назіральнікаў: %5. Участкаў з пазнакамі: %6.</translation>
    </message>
    <message>
        <source>No election yet. Type the election&apos;s name above, then import its station list, exit-poll answers, official protocols and observers&apos; counts (Import), or load the demo election to see how it works.</source>
        <translation>Выбараў пакуль няма. Увядзіце назву выбараў вышэй, потым імпартуйце спіс участкаў, адказы экзіт-полу, афіцыйныя пратаколы і падлікі назіральнікаў (Імпартаваць) або загрузіце дэманстрацыйныя выбары, каб паглядзець, як гэта працуе.</translation>
    </message>
    <message>
        <source>No data for “%1” yet. Import its station list, exit-poll answers, official protocols or observers&apos; counts (Import): the election is created with its first file.</source>
        <translation>Для „%1“ пакуль няма даных. Імпартуйце спіс участкаў, адказы экзіт-полу, афіцыйныя пратаколы або падлікі назіральнікаў (Імпартаваць): выбары ствараюцца разам з першым файлам.</translation>
    </message>
    <message>
        <source>Stations: %1</source>
        <translation>Участкаў: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Паказана: %1 з %2</translation>
    </message>
    <message>
        <source>Select a station to see what each of its flags rests on and how to read it.</source>
        <translation>Выберыце ўчастак, каб убачыць, на чым грунтуецца кожная яго пазнака і як яе чытаць.</translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and never counted as zero.</source>
        <translation>Невядомая лічба паказваецца як „%1“ і ніколі не лічыцца нулём.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участак %1</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>Участак %1: %2</translation>
    </message>
    <message>
        <source>No flag: nothing known about this station contradicts its exit poll.</source>
        <translation>Пазнак няма: нічога з вядомага пра гэты ўчастак не супярэчыць яго экзіт-полу.</translation>
    </message>
    <message>
        <source>There is no exit poll from this station.</source>
        <translation>З гэтага ўчастка няма экзіт-полу.</translation>
    </message>
    <message>
        <source>Its protocol has not been published (or not imported).</source>
        <translation>Яго пратакол не апублікаваны (або не імпартаваны).</translation>
    </message>
    <message>
        <source>No observers&apos; count is known for it.</source>
        <translation>Падліку назіральнікаў для яго няма.</translation>
    </message>
    <message>
        <source>Checks need numbers on both sides:</source>
        <translation>Для праверак патрэбныя лічбы з абодвух бакоў:</translation>
    </message>
    <message>
        <source>Type the name of the election first, for example “Presidential election 2020”: the file is imported into it.</source>
        <translation>Спачатку ўвядзіце назву выбараў, напрыклад „Прэзідэнцкія выбары 2020“: файл імпартуецца ў іх.</translation>
    </message>
    <message>
        <source>Import %1 into “%2”</source>
        <translation>Імпартаваць %1 у „%2“</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>Type the name of the election first: the file is imported into it.</source>
        <translation>Спачатку ўвядзіце назву выбараў: файл імпартуецца ў іх.</translation>
    </message>
    <message>
        <source>The demo election was not loaded: %1</source>
        <translation>Не ўдалося загрузіць дэманстрацыйныя выбары: %1</translation>
    </message>
    <message>
        <source>The demo election is already loaded.</source>
        <translation>Дэманстрацыйныя выбары ўжо загружаныя.</translation>
    </message>
    <message>
        <source>Loaded the demo election with %1 made-up polling stations.</source>
        <translation>Загружаны дэманстрацыйныя выбары; выдуманых выбарчых участкаў: %1.</translation>
    </message>
    <message>
        <source>by station</source>
        <translation>па ўчастках</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>агулам</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Экспарт дыяграмы ў PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Выява PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Дыяграма захаваная ў %1.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, звычайны UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export the stations table</source>
        <translation>Экспарт табліцы ўчасткаў</translation>
    </message>
    <message>
        <source>stations</source>
        <translation>участкі</translation>
    </message>
    <message>
        <source>The table was not exported: %1</source>
        <translation>Не ўдалося экспартаваць табліцу: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n station(s) to %1.</source>
        <translation>
            <numerusform>Экспартаваны %n участак у %1.</numerusform>
            <numerusform>Экспартаваныя %n участкі ў %1.</numerusform>
            <numerusform>Экспартавана %n участкаў у %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>Справаздача ў PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 at each station: the dot is the exit-poll share with its 95% interval, the square the official share; flagged stations on red.</source>
        <translation>%1 на кожным участку: кропка — доля паводле экзіт-полу з 95% інтэрвалам, квадрат — афіцыйная доля; участкі з пазнакамі — на чырвоным фоне.</translation>
    </message>
    <message>
        <source>All stations: the exit poll pooled over the stations with answers, the official share over the protocols that give it.</source>
        <translation>Усе ўчасткі: экзіт-пол, аб’яднаны па ўчастках з адказамі, і афіцыйная доля па пратаколах, якія яе даюць.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Не ўдалося запісаць справаздачу: %1</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Справаздача запісаная ў %1.</translation>
    </message>
    <message>
        <source>Choose or import an election first: the sheet counts answers for its options at its stations.</source>
        <translation>Спачатку абярыце або імпартуйце выбары: аркуш лічыць адказы за іх варыянты на іх участках.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпарт: %1…</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollReportWriter</name>
    <message>
        <source>Exit poll report</source>
        <translation>Справаздача па экзіт-полу</translation>
    </message>
    <message>
        <source>Election: %1</source>
        <translation>Выбары: %1</translation>
    </message>
    <message>
        <source>Option compared at each station: %1</source>
        <translation>Варыянт, які параўноўваецца на кожным участку: %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Створана %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Агулам</translation>
    </message>
    <message>
        <source>Polling stations: %1; flagged: %2.</source>
        <translation>Выбарчых участкаў: %1; з пазнакамі: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exit poll: %1 respondents at %n station(s), of whom %2 named an option.</source>
        <translation>
            <numerusform>Экзіт-пол: рэспандэнтаў — %1 на %n участку, з іх варыянт назвалі %2.</numerusform>
            <numerusform>Экзіт-пол: рэспандэнтаў — %1 на %n участках, з іх варыянт назвалі %2.</numerusform>
            <numerusform>Экзіт-пол: рэспандэнтаў — %1 на %n участках, з іх варыянт назвалі %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Official protocols published: %n.</source>
        <translation>
            <numerusform>Апублікавана афіцыйных пратаколаў: %n.</numerusform>
            <numerusform>Апублікавана афіцыйных пратаколаў: %n.</numerusform>
            <numerusform>Апублікавана афіцыйных пратаколаў: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ballots cast: %1, over %n station(s).</source>
        <translation>
            <numerusform>Выдадзена бюлетэняў: %1, на %n участку.</numerusform>
            <numerusform>Выдадзена бюлетэняў: %1, на %n участках.</numerusform>
            <numerusform>Выдадзена бюлетэняў: %1, на %n участках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Registered voters: %1, over %n station(s).</source>
        <translation>
            <numerusform>Выбаршчыкаў у спісах: %1, на %n участку.</numerusform>
            <numerusform>Выбаршчыкаў у спісах: %1, на %n участках.</numerusform>
            <numerusform>Выбаршчыкаў у спісах: %1, на %n участках.</numerusform>
        </translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Варыянт</translation>
    </message>
    <message>
        <source>Exit poll, pooled</source>
        <translation>Экзіт-пол, аб’яднаны</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Участкі</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Афіцыйна</translation>
    </message>
    <message>
        <source>The official share of an option is its votes over the ballots cast, at the stations whose protocol gives both numbers.</source>
        <translation>Афіцыйная доля варыянта — гэта яго галасы, падзеленыя на колькасць выдадзеных бюлетэняў, на ўчастках, пратакол якіх дае абедзве лічбы.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Дыяграмы</translation>
    </message>
    <message>
        <source>A number that is not known is shown as “%1” and is never counted as zero.</source>
        <translation>Невядомая лічба паказваецца як „%1“ і ніколі не лічыцца нулём.</translation>
    </message>
    <message>
        <source>What each flag rests on</source>
        <translation>На чым грунтуецца кожная пазнака</translation>
    </message>
    <message>
        <source>No station is flagged.</source>
        <translation>Ніводзін участак не мае пазнак.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Station %1</source>
        <translation>Участак %1</translation>
    </message>
    <message>
        <source>Station %1: %2</source>
        <translation>Участак %1: %2</translation>
    </message>
    <message>
        <source>How to read the flags</source>
        <translation>Як чытаць пазнакі</translation>
    </message>
    <message>
        <source>There is nothing to report yet.</source>
        <translation>Пакуль няма даных для справаздачы.</translation>
    </message>
    <message>
        <source>Exit poll report: %1</source>
        <translation>Справаздача па экзіт-полу: %1</translation>
    </message>
</context>
<context>
    <name>supolka::ExitPollRepository</name>
    <message>
        <source>Name the election, for example “Presidential election 2020”.</source>
        <translation>Назавіце выбары, напрыклад „Прэзідэнцкія выбары 2020“.</translation>
    </message>
    <message>
        <source>Could not save the election: %1</source>
        <translation>Не ўдалося захаваць выбары: %1</translation>
    </message>
    <message>
        <source>An option needs a name.</source>
        <translation>У варыянта павінна быць назва.</translation>
    </message>
    <message>
        <source>Could not save the option: %1</source>
        <translation>Не ўдалося захаваць варыянт: %1</translation>
    </message>
    <message>
        <source>A polling station needs its number (station_code).</source>
        <translation>У выбарчага ўчастка павінен быць нумар (station_code).</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows.</source>
        <translation>„%1“ — краіна, якой Supolka не ведае.</translation>
    </message>
    <message>
        <source>Could not save the polling station: %1</source>
        <translation>Не ўдалося захаваць выбарчы ўчастак: %1</translation>
    </message>
    <message>
        <source>Could not save the answer: %1</source>
        <translation>Не ўдалося захаваць адказ: %1</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Колькасць не можа быць адмоўнай.</translation>
    </message>
    <message>
        <source>Could not save the count: %1</source>
        <translation>Не ўдалося захаваць падлік: %1</translation>
    </message>
    <message>
        <source>Could not save the counts: %1</source>
        <translation>Не ўдалося захаваць падлікі: %1</translation>
    </message>
    <message>
        <source>Could not save the protocol: %1</source>
        <translation>Не ўдалося захаваць пратакол: %1</translation>
    </message>
    <message>
        <source>Could not save the verified counts: %1</source>
        <translation>Не ўдалося захаваць правераныя падлікі: %1</translation>
    </message>
</context>
<context>
    <name>supolka::GuestDialog</name>
    <message>
        <source>Add guest</source>
        <translation>Дадаць госця</translation>
    </message>
    <message>
        <source>Register someone who is not a member for “%1”. They get a ticket code of their own.</source>
        <translation>Зарэгістраваць на „%1“ чалавека, які не з’яўляецца ўдзельнікам. Госць атрымае свой уласны код білета.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Імя:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. пошта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Тэлефон:</translation>
    </message>
    <message>
        <source>As they write it, in any script</source>
        <translation>Так, як піша сам чалавек, любым алфавітам</translation>
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
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не захавана. Выпраўце, калі ласка:</translation>
    </message>
    <message>
        <source>Type the guest&apos;s name.</source>
        <translation>Увядзіце імя госця.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
</context>
<context>
    <name>supolka::HeaderMapping</name>
    <message>
        <source>an unknown program</source>
        <translation>невядомая праграма</translation>
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
        <translation>Імпарт %1: новых %2, абноўлена %3</translation>
    </message>
</context>
<context>
    <name>supolka::ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation>Імпарт удзельнікаў</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбраць…</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кадоўка:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Падзяляльнік:</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Коска ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Кропка з коскай ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляцыя</translation>
    </message>
    <message>
        <source>The first rows as read (change the encoding or delimiter if they look wrong):</source>
        <translation>Першыя радкі, як яны прачыталіся (калі яны выглядаюць няправільна, змяніце кадоўку або падзяляльнік):</translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation>Што ў кожным слупку:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Слупок у файле</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Першае значэнне</translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation>Імпартуецца як</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Радок</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation>Імпарт удзельнікаў з файла CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation>Файлы CSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Не ўдаецца адкрыць %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>радок %1, слупок %2: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пусты</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1). Try another encoding or delimiter.</source>
        <translation>Гэты файл не чытаецца як CSV (%1). Паспрабуйце іншую кадоўку або падзяляльнік.</translation>
    </message>
    <message>
        <source>Reading stopped at line %1, column %2: %3. Nothing can be imported until this is fixed; another encoding or delimiter may help.</source>
        <translation>Чытанне спынілася на радку %1, слупок %2: %3. Пакуль гэта не выпраўлена, імпартаваць нічога нельга; магчыма, дапаможа іншая кадоўка або падзяляльнік.</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— прапусціць —</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Верагодная крыніца: %1</translation>
    </message>
    <message>
        <source>No column was recognised. Choose below what each column holds.</source>
        <translation>Ніводны слупок не распазнаны. Выберыце ніжэй, што ў кожным слупку.</translation>
    </message>
    <message>
        <source>More than one column is set to: %1. Choose one column for each.</source>
        <translation>Некалькі слупкоў пазначаны як: %1. Для кожнага поля выберыце толькі адзін слупок.</translation>
    </message>
    <message>
        <source>No column is set to be imported. Choose what each column holds.</source>
        <translation>Ніводны слупок не пазначаны для імпарту. Выберыце, што ў кожным слупку.</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>Імпарт удзельнікаў…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation>Імпарт скасаваны. Нічога не зменена.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічога не імпартавана: %1</translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Прачытана радкоў з %2: %1. Новых: %3, абноўлена: %4, без змен: %5, адхілена: %6.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Слупок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Праблема</translation>
    </message>
    <message>
        <source>Rows that were not imported, and rows imported with a problem to look at:</source>
        <translation>Радкі, якія не імпартаваныя, і радкі, імпартаваныя з праблемай, на якую варта зірнуць:</translation>
    </message>
    <message>
        <source>&amp;Save the problem rows…</source>
        <translation>&amp;Захаваць радкі з праблемамі…</translation>
    </message>
    <message>
        <source>A CSV of the rows left out and of those imported with a problem, with line, column and reason, to fix and import again</source>
        <translation>CSV з радкамі, якія не ўвайшлі, і з тымі, што імпартаваныя з праблемай, з радком, слупком і прычынай — каб выправіць і імпартаваць зноў</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>не імпартаваны</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>імпартаваны</translation>
    </message>
    <message>
        <source>Save the problem rows</source>
        <translation>Захаваць радкі з праблемамі</translation>
    </message>
    <message>
        <source>-problems</source>
        <translation>-праблемы</translation>
    </message>
    <message>
        <source>The problem rows were not saved: %1</source>
        <translation>Радкі з праблемамі не захаваныя: %1</translation>
    </message>
    <message>
        <source>Saved the problem rows (%1) to %2. Fix them there and import that file again.</source>
        <translation>Радкі з праблемамі (%1) захаваныя ў %2. Выпраўце іх там і імпартуйце гэты файл зноў.</translation>
    </message>
</context>
<context>
    <name>supolka::ImportJob</name>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Імпарт скасаваны; нічога не зменена.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Не ўдалося адкрыць %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Радок %1, слупок %2: %3</translation>
    </message>
    <message>
        <source>%1 is empty: there is not even a header line.</source>
        <translation>%1 пусты: у ім няма нават радка загалоўка.</translation>
    </message>
    <message>
        <source>The header line cannot be read: %1</source>
        <translation>Радок загалоўка немагчыма прачытаць: %1</translation>
    </message>
    <message>
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation>У адпаведнасці слупкоў пазіцый: %1, а ў файле слупкоў: %2.</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не ўдалося пачаць запіс у базу даных: %1</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>the row has %1 cells where the header has %2; a comma or semicolon inside a cell needs quotes</source>
        <translation>у радку %1 ячэек, а ў загалоўку %2; коска або кропка з коскай у ячэйцы патрабуе двукоссяў</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation>Радок %1, слупок %2: %3. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation>Не ўдалося захаваць вынік імпарту: %1. Нічога не імпартавана.</translation>
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
        <translation>радок</translation>
    </message>
    <message>
        <source>column</source>
        <comment>column of the problems file</comment>
        <translation>слупок</translation>
    </message>
    <message>
        <source>problem</source>
        <comment>column of the problems file</comment>
        <translation>вынік</translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the problems file</comment>
        <translation>памылка</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a row that was not imported</comment>
        <translation>не імпартаваны</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>a row imported with a problem in a field</comment>
        <translation>папярэджанне</translation>
    </message>
    <message>
        <source>extra %1</source>
        <comment>a column of the problems file for cells beyond the header</comment>
        <translation>дадаткова %1</translation>
    </message>
</context>
<context>
    <name>supolka::KeysPanel</name>
    <message>
        <source>This chapter&apos;s keys</source>
        <translation>Ключы гэтай суполкі</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Адбітак:</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Атрымальнік:</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Ключ подпісу:</translation>
    </message>
    <message>
        <source>Send these public keys to the secretariat and the chapters you exchange with; they hold no secret. Then read the fingerprint to each other on a call or in person.</source>
        <translation>Дашліце гэтыя публічныя ключы сакратарыяту і суполкам, з якімі вы абменьваецеся; сакрэтаў у іх няма. Потым прачытайце адзін аднаму адбітак падчас званка або асабіста.</translation>
    </message>
    <message>
        <source>Export public keys…</source>
        <translation>Экспартаваць публічныя ключы…</translation>
    </message>
    <message>
        <source>Contacts: whom bundles are sealed for and taken from</source>
        <translation>Кантакты: для каго пячатаюцца пакеты і ад каго яны прымаюцца</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Адбітак</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Add from pasted keys…</source>
        <translation>Дадаць з устаўленых ключоў…</translation>
    </message>
    <message>
        <source>Add from a keys file…</source>
        <translation>Дадаць з файла ключоў…</translation>
    </message>
    <message>
        <source>Compare fingerprint…</source>
        <translation>Звярыць адбітак…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>The public keys as a QR code, to scan with a phone</source>
        <translation>Публічныя ключы ў выглядзе QR-кода, каб адсканаваць іх тэлефонам</translation>
    </message>
    <message>
        <source>KEYS CHANGED: not used until compared again</source>
        <translation>КЛЮЧЫ ЗМЯНІЛІСЯ: не выкарыстоўваецца, пакуль адбітак не звераць зноў</translation>
    </message>
    <message>
        <source>fingerprint compared</source>
        <translation>адбітак звераны</translation>
    </message>
    <message>
        <source>NOT COMPARED: not used yet</source>
        <translation>НЕ ЗВЕРАНЫ: пакуль не выкарыстоўваецца</translation>
    </message>
    <message>
        <source>Export this chapter&apos;s public keys</source>
        <translation>Экспартаваць публічныя ключы гэтай суполкі</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Тэкставыя файлы (*.txt)</translation>
    </message>
    <message>
        <source>Saved the public keys to %1. They hold no secret: send them, then compare the fingerprint on a call.</source>
        <translation>Публічныя ключы захаваныя ў %1. Сакрэтаў у іх няма: дашліце іх, потым звярыце адбітак падчас званка.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Дадаць кантакт</translation>
    </message>
    <message>
        <source>Paste the public keys they sent you: their keys file, or the message with the age1… and RW… keys.</source>
        <translation>Устаўце публічныя ключы, якія вам даслалі: іх файл ключоў або паведамленне з ключамі age1… і RW…</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далей</translation>
    </message>
    <message>
        <source>Open a public keys file</source>
        <translation>Адкрыць файл публічных ключоў</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>%1 is not a public keys file.</source>
        <translation>%1 — не файл публічных ключоў.</translation>
    </message>
    <message>
        <source>No public keys were found: the text needs one age1… key and one RW… key, each copied whole.</source>
        <translation>Публічных ключоў не знойдзена: у тэксце павінны быць адзін ключ age1… і адзін ключ RW…, кожны скапіяваны цалкам.</translation>
    </message>
    <message>
        <source>Their chapter code, such as LT-VNO or SEC:</source>
        <translation>Код іх суполкі, напрыклад LT-VNO або SEC:</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Звярыце адбітак</translation>
    </message>
    <message>
        <source>Read these digits with %1 on a call or in person. They must be the same as those their Supolka shows on its Keys tab:

%2</source>
        <translation>Прачытайце гэтыя лічбы разам з %1 падчас званка або асабіста. Яны павінны супадаць з тымі, што іх Supolka паказвае на ўкладцы „Ключы“:

%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>If the digits differ, someone may have changed the keys on the way: do not add them.</source>
        <translation>Калі лічбы адрозніваюцца, хтосьці мог падмяніць ключы па дарозе: не дадавайце іх.</translation>
    </message>
    <message>
        <source>The digits match: add</source>
        <translation>Лічбы супадаюць: дадаць</translation>
    </message>
    <message>
        <source>Add, compare later</source>
        <translation>Дадаць, звярыць пазней</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>The keys of %1 have CHANGED. Bundles are not sealed for them or taken from them until you compare the new fingerprint.</source>
        <translation>Ключы %1 ЗМЯНІЛІСЯ. Пакеты для іх не пячатаюцца і ад іх не прымаюцца, пакуль вы не звярыце новы адбітак.</translation>
    </message>
    <message>
        <source>%1 is a contact now: bundles can be sealed for them.</source>
        <translation>Цяпер %1 — кантакт: для іх можна пячатаць пакеты.</translation>
    </message>
    <message>
        <source>%1 was added. Compare the fingerprint with them before bundles are sealed for them.</source>
        <translation>%1 дададзены. Звярыце з імі адбітак, перш чым для іх будуць пячатацца пакеты.</translation>
    </message>
    <message>
        <source>Their keys changed on %1. Ask them whether they made new keys.</source>
        <translation>Іх ключы змяніліся %1. Спытайце ў іх, ці стваралі яны новыя ключы.</translation>
    </message>
    <message>
        <source>The digits match</source>
        <translation>Лічбы супадаюць</translation>
    </message>
    <message>
        <source>They differ</source>
        <translation>Яны адрозніваюцца</translation>
    </message>
    <message>
        <source>Do not exchange bundles with %1 until you know why the digits differ: remove the contact and add the keys they give you in person.</source>
        <translation>Не абменьвайцеся пакетамі з %1, пакуль не даведаецеся, чаму лічбы адрозніваюцца: выдаліце кантакт і дадайце ключы, якія яны перададуць вам асабіста.</translation>
    </message>
    <message>
        <source>%1 is checked: bundles can be sealed for them.</source>
        <translation>%1 правераны: для іх можна пячатаць пакеты.</translation>
    </message>
    <message>
        <source>Remove a contact</source>
        <translation>Выдаліць кантакт</translation>
    </message>
    <message>
        <source>Remove %1? Bundles can no longer be sealed for them, and theirs are refused until they are added again.</source>
        <translation>Выдаліць %1? Для іх больш нельга будзе пячатаць пакеты, а іх пакеты будуць адхіляцца, пакуль іх не дададуць зноў.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 выдалены.</translation>
    </message>
    <message>
        <source>Their keys have CHANGED</source>
        <translation>Іх ключы ЗМЯНІЛІСЯ</translation>
    </message>
    <message>
        <source>%1 is a contact already, with other keys (fingerprint %2). Take the new keys only if %1 tells you they made new ones.</source>
        <translation>%1 ужо ёсць сярод кантактаў, з іншымі ключамі (адбітак %2). Бярыце новыя ключы, толькі калі %1 скажа вам, што зрабілі новыя.</translation>
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
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Supolka — %1</source>
        <translation>Supolka — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Агляд</translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation>&amp;Імпартаваць удзельнікаў…</translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation>&amp;Экспартаваць удзельнікаў…</translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Загрузіць &amp;дэманстрацыйныя даныя</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Адрабіць: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Адрабіць</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Паўтарыць: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Паўтарыць</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Удзельнікі</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Агляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>&amp;About Supolka</source>
        <translation>&amp;Пра Supolka</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Пра &amp;Qt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>На ўваходзе</translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation>Справы дапамогі</translation>
    </message>
    <message>
        <source>Exit polls</source>
        <translation>Экзіт-полы</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Падзеі</translation>
    </message>
    <message>
        <source>Check-&amp;in</source>
        <translation>&amp;Рэгістрацыя на ўваходзе</translation>
    </message>
    <message>
        <source>&amp;Aid cases</source>
        <translation>&amp;Справы дапамогі</translation>
    </message>
    <message>
        <source>E&amp;xit polls</source>
        <translation>&amp;Экзіт-полы</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
        <translation>Па&amp;дзеі</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Справы</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Абмен</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Абмен</translation>
    </message>
    <message>
        <source>Aid cases (%1)</source>
        <comment>with the number of overdue cases</comment>
        <translation>Справы дапамогі (%1)</translation>
    </message>
    <message>
        <source>This database is open for reading only: its file or folder may not be written. You can look, search, export and print; changes cannot be saved. To change it, copy it to a folder you may write to and open the copy.</source>
        <translation>Гэтая база даных адкрыта толькі для чытання: яе файл або папку нельга змяняць. Можна глядзець, шукаць, экспартаваць і друкаваць; змены захаваць нельга. Каб змяніць яе, скапіруйце яе ў папку, куды вы можаце пісаць, і адкрыйце копію.</translation>
    </message>
    <message>
        <source>Supolka — %1 (read-only)</source>
        <translation>Supolka — %1 (толькі чытанне)</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Рэзервовая копія…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Змяніць &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Encrypt the database…</source>
        <translation>&amp;Зашыфраваць базу даных…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблакаваць</translation>
    </message>
    <message>
        <source>Close the data until the passphrase is entered again (Ctrl+L)</source>
        <translation>Закрыць даныя, пакуль парольную фразу не ўвядуць зноў (Ctrl+L)</translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked</source>
        <translation>Заблакаваць можна толькі зашыфраваную базу</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Рэзервовая копія базы даных</translation>
    </message>
    <message>
        <source>Supolka databases (*.db)</source>
        <translation>Базы даных Supolka (*.db)</translation>
    </message>
    <message>
        <source>Backed up to %1, encrypted with this database&apos;s passphrase.</source>
        <translation>Рэзервовая копія ў %1, зашыфраваная парольнай фразай гэтай базы.</translation>
    </message>
    <message>
        <source>Backed up to %1. The backup is not encrypted, as this database is not: keep it somewhere safe.</source>
        <translation>Рэзервовая копія ў %1. Яна не зашыфраваная, як і гэтая база: захоўвайце яе ў надзейным месцы.</translation>
    </message>
    <message>
        <source>The chapter&apos;s members: search in any script, import, edit, export (%1)</source>
        <translation>Удзельнікі суполкі: пошук любым алфавітам, імпарт, праўка, экспарт (%1)</translation>
    </message>
    <message>
        <source>Events and their registrations: tickets, badges, lists (%1)</source>
        <translation>Падзеі і запісы на іх: квіткі, бэйджы, спісы (%1)</translation>
    </message>
    <message>
        <source>The door: check people in as they arrive, also offline (%1)</source>
        <translation>Уваход: адзначайце людзей, як яны прыходзяць, і без сеткі (%1)</translation>
    </message>
    <message>
        <source>Refugee aid cases: needs, volunteers, notes and payments (%1)</source>
        <translation>Справы дапамогі ўцекачам: патрэбы, валанцёры, нататкі і выплаты (%1)</translation>
    </message>
    <message>
        <source>Exit polls per polling station, compared with the official results (%1)</source>
        <translation>Экзіт-полы па выбарчых участках у параўнанні з афіцыйнымі вынікамі (%1)</translation>
    </message>
    <message>
        <source>Charts of members, events and aid at a glance (%1)</source>
        <translation>Графікі ўдзельнікаў, падзей і дапамогі адным позіркам (%1)</translation>
    </message>
    <message>
        <source>Bundles sealed for the secretariat and other chapters; keys and contacts (%1)</source>
        <translation>Пакеты, запячатаныя для сакратарыяту і іншых суполак; ключы і кантакты (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The number in brackets: %n case(s) past the due date</source>
        <translation>
            <numerusform>Лік у дужках: %n справа з мінулым тэрмінам</numerusform>
            <numerusform>Лік у дужках: %n справы з мінулым тэрмінам</numerusform>
            <numerusform>Лік у дужках: %n спраў з мінулым тэрмінам</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Who is at this computer…</source>
        <translation>&amp;Хто за гэтым камп&apos;ютарам…</translation>
    </message>
    <message>
        <source>L&amp;ook</source>
        <translation>Во&amp;нкавы выгляд</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Як у &amp;сістэме</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлы</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Цёмны</translation>
    </message>
    <message>
        <source>Supolka &amp;manual</source>
        <translation>&amp;Дапаможнік Суполкі</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база…</translation>
    </message>
    <message>
        <source>Start an empty database in a file of its own, for another chapter or to try</source>
        <translation>Пачаць пустую базу ў асобным файле, для іншай суполкі або каб паспрабаваць</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Адкрыць базу…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Нядаўнія</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Ачысціць спіс</translation>
    </message>
    <message>
        <source>No other database yet</source>
        <translation>Іншых баз яшчэ няма</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база</translation>
    </message>
    <message>
        <source>chapter</source>
        <comment>file name</comment>
        <translation>supolka</translation>
    </message>
    <message>
        <source>Supolka database (*.db)</source>
        <translation>База Суполкі (*.db)</translation>
    </message>
    <message>
        <source>%1 is there already. A new database never replaces a file.</source>
        <translation>%1 ужо ёсць. Новая база ніколі не замяняе файл.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Адкрыць яго</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Адкрыць базу</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
</context>
<context>
    <name>supolka::ManualDialog</name>
    <message>
        <source>Supolka manual</source>
        <translation>Дапаможнік Суполкі</translation>
    </message>
</context>
<context>
    <name>supolka::MemberBulkInserter</name>
    <message>
        <source>SQLite cannot be reached directly for a bulk import.</source>
        <translation>Для масавага імпарту няма прамога доступу да SQLite.</translation>
    </message>
    <message>
        <source>Could not prepare the bulk import: %1</source>
        <translation>Не ўдалося падрыхтаваць масавы імпарт: %1</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не ўдалося абнавіць пошукавы індэкс: %1</translation>
    </message>
    <message>
        <source>Could not build the index %1: %2</source>
        <translation>Не ўдалося пабудаваць індэкс %1: %2</translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation>Не ўдалося захаваць удзельніка: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberEditor</name>
    <message>
        <source>New member</source>
        <translation>Новы ўдзельнік</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Рэдагаванне ўдзельніка</translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation>Дадзена:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Асоба</translation>
    </message>
    <message>
        <source>In the chapter</source>
        <translation>У суполцы</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Agreed to sharing their data with the secretariat</source>
        <translation>Згода на перадачу даных сакратарыяту</translation>
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
        <translation>беларуская, польская</translation>
    </message>
    <message>
        <source>lawyer, translator</source>
        <translation>юрыст, перакладчык</translation>
    </message>
    <message>
        <source>media, legal aid</source>
        <translation>медыя, юрыдычная дапамога</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation>«%1» — не дата; пішыце, напрыклад, так: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation>Не захавана. Выпраўце, калі ласка:</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>той жа адрас эл. пошты</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>той жа тэлефон</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>тое ж імя і дата нараджэння</translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation>Ужо ёсць у суполцы?</translation>
    </message>
    <message>
        <source>%1 may already be in the chapter.</source>
        <translation>Магчыма, %1 ужо ёсць у суполцы.</translation>
    </message>
    <message>
        <source>Merging adds what is new to the stored person and keeps one record.</source>
        <translation>Пры аб’яднанні новыя звесткі дадаюцца да ўжо захаванага запісу, і застаецца адзін запіс.</translation>
    </message>
    <message>
        <source>Merge into %1 (%2)</source>
        <translation>Аб’яднаць з запісам %1 (%2)</translation>
    </message>
    <message>
        <source>Save as a new person</source>
        <translation>Захаваць як новую асобу</translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation>Не аб’яднана: %1</translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation>Захаваць (%1 або Enter)</translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Check it and save; saving clears the mark.</source>
        <translation>Імпарт захаваў пра гэтага чалавека нешта, на што варта зірнуць: %1. Праверце і захавайце; захаванне здымае адзнаку.</translation>
    </message>
</context>
<context>
    <name>supolka::MemberExporter</name>
    <message>
        <source>Could not read every member from the database (%1 of %2); nothing was written.</source>
        <translation>Не ўдалося прачытаць з базы даных усіх удзельнікаў (%1 з %2); нічога не запісана.</translation>
    </message>
</context>
<context>
    <name>supolka::MemberImporter</name>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>гэтую асобу выдалілі або сцерлі ў гэтай базе даных; радок вярнуў бы яе, таму ён прапушчаны</translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation>адпаведны ўдзельнік знік падчас імпарту</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows; the country was left empty</source>
        <translation>Supolka не ведае краіны „%1“; краіна засталася пустой</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows; it was left out</source>
        <translation>Supolka не ведае мовы „%1“; яна прапушчана</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending); the member was taken as active</source>
        <translation>„%1“ — не статус (актыўны, неактыўны або чакае); удзельнік узяты як актыўны</translation>
    </message>
    <message>
        <source>%1; sharing with the secretariat was taken as not agreed</source>
        <translation>%1; дзяленне з сакратарыятам узята як не дазволенае</translation>
    </message>
    <message>
        <source>the row has no name, e-mail address or phone number</source>
        <translation>у радку няма ні імя, ні адраса электроннай пошты, ні тэлефона</translation>
    </message>
    <message>
        <source>%1; the date was left empty</source>
        <translation>%1; дата засталася пустой</translation>
    </message>
    <message>
        <source>%1; it was left empty</source>
        <translation>%1; поле засталося пустым</translation>
    </message>
    <message>
        <source>%1; the number was kept as typed, marked unverified</source>
        <translation>%1; нумар захаваны як напісаны і пазначаны як неправераны</translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation>%1; адрас захаваны як напісаны і пазначаны як неправераны</translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another birth date</source>
        <translation>мае той жа адрас электроннай пошты, што і %1, але іншую дату нараджэння</translation>
    </message>
    <message>
        <source>has the e-mail address of %1, but another name</source>
        <translation>мае той жа адрас электроннай пошты, што і %1, але іншае імя</translation>
    </message>
    <message>
        <source>has the name and birth date of %1, but another e-mail address</source>
        <translation>мае тое ж імя і дату нараджэння, што і %1, але іншы адрас электроннай пошты</translation>
    </message>
    <message>
        <source>has the phone number of %1</source>
        <translation>мае той жа нумар тэлефона, што і %1</translation>
    </message>
    <message>
        <source>has the name of %1</source>
        <translation>мае тое ж імя, што і %1</translation>
    </message>
    <message>
        <source>No column of %1 holds a name, an e-mail address or a phone number. Check the header line or choose the columns by hand.</source>
        <translation>Ніводны слупок %1 не мае імя, адраса электроннай пошты або тэлефона. Праверце радок загалоўка або выберыце слупкі ўручную.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Радок %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::MemberLabels</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation>Актыўны</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation>Неактыўны</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation>На разглядзе</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Імя па бацьку</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прозвішча</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Поўнае імя</translation>
    </message>
    <message>
        <source>Form sent on</source>
        <translation>Анкета адпраўлена</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мовы</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыкі</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата ўступлення</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Дата згоды</translation>
    </message>
    <message>
        <source>Sharing with the secretariat</source>
        <translation>Перадача сакратарыяту</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нататкі</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створана</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Абноўлена</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Выдалена</translation>
    </message>
    <message>
        <source>Chapter of origin</source>
        <translation>Суполка паходжання</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Можна кантактаваць</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Рассылка навін</translation>
    </message>
    <message>
        <source>Photos may be published</source>
        <translation>Можна публікаваць фота</translation>
    </message>
</context>
<context>
    <name>supolka::MemberList</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не ўдалося прачытаць удзельнікаў: %1</translation>
    </message>
    <message>
        <source>Could not count the members: %1</source>
        <translation>Не ўдалося палічыць удзельнікаў: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberRepository</name>
    <message>
        <source>The e-mail address “%1” has no @.</source>
        <translation>У адрасе электроннай пошты «%1» няма знака @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has more than one @.</source>
        <translation>У адрасе электроннай пошты «%1» больш за адзін знак @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” contains a space.</source>
        <translation>У адрасе электроннай пошты «%1» ёсць прабел.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing before the @.</source>
        <translation>У адрасе электроннай пошты «%1» няма нічога перад @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing after the @.</source>
        <translation>У адрасе электроннай пошты «%1» няма нічога пасля @.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” has no valid domain after the @ (such as example.org).</source>
        <translation>У адрасе электроннай пошты «%1» пасля @ няма сапраўднага дамена (напрыклад, example.org).</translation>
    </message>
    <message>
        <source>%1 has the same e-mail address.</source>
        <translation>%1: такі ж адрас электроннай пошты.</translation>
    </message>
    <message>
        <source>%1 has the same phone number.</source>
        <translation>%1: такі ж нумар тэлефона.</translation>
    </message>
    <message>
        <source>%1 has the same name (possibly in another script) and birth date.</source>
        <translation>%1: такое ж імя (магчыма, іншым алфавітам) і дата нараджэння.</translation>
    </message>
    <message>
        <source>A member needs at least a name, an e-mail address or a phone number.</source>
        <translation>Для ўдзельніка патрэбна хаця б імя, адрас электроннай пошты або нумар тэлефона.</translation>
    </message>
    <message>
        <source>“%1” is not a country code. Use the two-letter ISO code, such as PL, LT or DE.</source>
        <translation>«%1» — не код краіны. Выкарыстоўвайце двухлітарны код ISO, напрыклад PL, LT або DE.</translation>
    </message>
    <message>
        <source>“%1” is not a language code. Use the two-letter ISO code, such as be, ru or pl.</source>
        <translation>«%1» — не код мовы. Выкарыстоўвайце двухлітарны код ISO, напрыклад be, ru або pl.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation>Дата нараджэння %1 — у будучыні.</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation>Дата нараджэння %1 — раней за 1900 год.</translation>
    </message>
    <message>
        <source>The joining date %1 is in the future.</source>
        <translation>Дата ўступлення %1 — у будучыні.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time for the consent (use 2024-05-31T18:00:00Z).</source>
        <translation>«%1» — не дата і час згоды (пішыце так: 2024-05-31T18:00:00Z).</translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation>Не ўдалося захаваць удзельніка: %1</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased. Reload the list.</source>
        <translation>Гэтага ўдзельніка ўжо няма; магчыма, яго даныя сцёрты. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>This member was erased and can no longer be changed.</source>
        <translation>Даныя гэтага ўдзельніка сцёрты, змяніць іх ужо нельга.</translation>
    </message>
    <message>
        <source>This member no longer exists. Reload the list.</source>
        <translation>Гэтага ўдзельніка ўжо няма. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>Could not delete the member: %1</source>
        <translation>Не ўдалося выдаліць удзельніка: %1</translation>
    </message>
    <message>
        <source>This member was erased; there is nothing left to restore.</source>
        <translation>Даныя гэтага ўдзельніка сцёрты; аднаўляць няма чаго.</translation>
    </message>
    <message>
        <source>Could not restore the member: %1</source>
        <translation>Не ўдалося аднавіць удзельніка: %1</translation>
    </message>
    <message>
        <source>Could not erase the member: %1</source>
        <translation>Не ўдалося сцерці даныя ўдзельніка: %1</translation>
    </message>
    <message>
        <source>The member to merge into no longer exists. Reload the list.</source>
        <translation>Удзельніка, з якім трэба аб’яднаць, ужо няма. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>Could not prepare the members table for writing: %1</source>
        <translation>Не ўдалося падрыхтаваць табліцу ўдзельнікаў да запісу: %1</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не ўдалося абнавіць пошукавы індэкс: %1</translation>
    </message>
    <message>
        <source>Could not save the member: it was never stored.</source>
        <translation>Не ўдалося захаваць удзельніка: яго няма ў базе даных.</translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased.</source>
        <translation>Гэтага ўдзельніка ўжо няма; магчыма, яго даныя сцёрты.</translation>
    </message>
    <message>
        <source>Could not note the possible duplicates: %1</source>
        <translation>Не ўдалося запісаць магчымыя дублікаты: %1</translation>
    </message>
    <message>
        <source>Could not read the possible duplicates: %1</source>
        <translation>Не ўдалося прачытаць магчымыя дублікаты: %1</translation>
    </message>
    <message>
        <source>One of the two members no longer exists. Reload the list.</source>
        <translation>Аднаго з двух удзельнікаў ужо няма. Абнавіце спіс.</translation>
    </message>
    <message>
        <source>Could not merge the members: %1</source>
        <translation>Не ўдалося аб&apos;яднаць удзельнікаў: %1</translation>
    </message>
    <message>
        <source>Could not keep the two apart: %1</source>
        <translation>Не ўдалося пакінуць іх паасобку: %1</translation>
    </message>
    <message>
        <source>Could not write the members&apos; sort keys: %1</source>
        <translation>Не ўдалося запісаць ключы сартавання ўдзельнікаў: %1</translation>
    </message>
    <message>
        <source>Could not index the members list: %1</source>
        <translation>Не ўдалося праіндэксаваць спіс удзельнікаў: %1</translation>
    </message>
</context>
<context>
    <name>supolka::MemberStatistics</name>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не ўдалося прачытаць удзельнікаў: %1</translation>
    </message>
    <message>
        <source>the members table holds %1 rows, its index of ids %2</source>
        <translation>у табліцы ўдзельнікаў радкоў: %1, а ў яе індэксе ідэнтыфікатараў: %2</translation>
    </message>
</context>
<context>
    <name>supolka::MemberTableModel</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation>Актыўны</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation>Неактыўны</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation>На разглядзе</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Прозвішча</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Навыкі</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групы</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Дата ўступлення</translation>
    </message>
    <message>
        <source>An import kept something of this person that needs a look: %1. Open the member to check it; saving clears the mark.</source>
        <translation>Імпарт захаваў пра гэтага чалавека нешта, на што варта зірнуць: %1. Адкрыйце ўдзельніка, каб праверыць; захаванне здымае адзнаку.</translation>
    </message>
    <message>
        <source>the phone number (kept as typed, not verified)</source>
        <translation>нумар тэлефона (захаваны як напісаны, не правераны)</translation>
    </message>
    <message>
        <source>the e-mail address (kept as typed, not verified)</source>
        <translation>адрас электроннай пошты (захаваны як напісаны, не правераны)</translation>
    </message>
    <message>
        <source>the birth date (could not be read)</source>
        <translation>дата нараджэння (не ўдалося прачытаць)</translation>
    </message>
    <message>
        <source>the joining date (could not be read)</source>
        <translation>дата ўступлення (не ўдалося прачытаць)</translation>
    </message>
    <message>
        <source>the date of consent (could not be read)</source>
        <translation>дата згоды (не ўдалося прачытаць)</translation>
    </message>
    <message>
        <source>sharing with the secretariat (could not be read)</source>
        <translation>дзяленне з сакратарыятам (не ўдалося прачытаць)</translation>
    </message>
    <message>
        <source>the country (not one Supolka knows)</source>
        <translation>краіна (невядомая Supolka)</translation>
    </message>
    <message>
        <source>the languages (some not known)</source>
        <translation>мовы (некаторыя невядомыя)</translation>
    </message>
    <message>
        <source>the status (not one Supolka knows)</source>
        <translation>статус (невядомы Supolka)</translation>
    </message>
    <message>
        <source>the first name (a letter may be lost)</source>
        <translation>імя (магчыма, згублена літара)</translation>
    </message>
    <message>
        <source>the middle name (a letter may be lost)</source>
        <translation>імя па бацьку (магчыма, згублена літара)</translation>
    </message>
    <message>
        <source>the last name (a letter may be lost)</source>
        <translation>прозвішча (магчыма, згублена літара)</translation>
    </message>
    <message>
        <source>the name (a letter may be lost)</source>
        <translation>імя (магчыма, згублена літара)</translation>
    </message>
    <message>
        <source>the city (a letter may be lost)</source>
        <translation>горад (магчыма, згублена літара)</translation>
    </message>
</context>
<context>
    <name>supolka::MembersFirstRun</name>
    <message>
        <source>No members yet</source>
        <translation>Удзельнікаў пакуль няма</translation>
    </message>
    <message>
        <source>Supolka keeps your chapter&apos;s members, their skills and groups. Start in one of three ways:</source>
        <translation>Supolka захоўвае звесткі пра ўдзельнікаў вашай суполкі, іх навыкі і групы. Пачніце адным з трох спосабаў:</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Дадаць удзельніка</translation>
    </message>
    <message>
        <source>Type in the first person yourself.</source>
        <translation>Увядзіце першага чалавека самі.</translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation>Імпартаваць CSV…</translation>
    </message>
    <message>
        <source>Bring in a list from Excel, LibreOffice, Google Forms or another chapter, or drop the file here.</source>
        <translation>Загрузіце спіс з Excel, LibreOffice, Google Forms або з іншай суполкі ці проста перацягніце файл сюды.</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Загрузіць дэманстрацыйныя даныя</translation>
    </message>
    <message>
        <source>Fill every page with made-up people to look around first.</source>
        <translation>Запоўніце ўсе старонкі выдуманымі людзьмі, каб спачатку азнаёміцца з праграмай.</translation>
    </message>
</context>
<context>
    <name>supolka::MembersPage</name>
    <message>
        <source>&amp;New member…</source>
        <translation>&amp;Новы ўдзельнік…</translation>
    </message>
    <message>
        <source>Add a member (%1)</source>
        <translation>Дадаць удзельніка (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Рэдагаваць удзельніка…</translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation>&amp;Выдаліць удзельніка</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Знайсці ўдзельніка</translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation>&amp;Экспартаваць даныя асобы…</translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation>&amp;Сцерці асобу…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Новы…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Рэдагаваць…</translation>
    </message>
    <message>
        <source>Edit the selected member (Enter or double-click)</source>
        <translation>Рэдагаваць вылучанага ўдзельніка (Enter або падвойны пстрык)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Delete the selected members (Del); Undo brings them back</source>
        <translation>Выдаліць вылучаных удзельнікаў (Del); «Адрабіць» іх верне</translation>
    </message>
    <message>
        <source>Export person&apos;s data…</source>
        <translation>Экспартаваць даныя асобы…</translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as JSON or CSV (GDPR)</source>
        <translation>Усе захаваныя звесткі пра вылучаную асобу ў JSON або CSV (GDPR)</translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation>Сцерці асобу…</translation>
    </message>
    <message>
        <source>Remove every personal detail of the selected person for good (GDPR)</source>
        <translation>Назаўсёды выдаліць усе асабістыя даныя вылучанай асобы (GDPR)</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Пошук удзельнікаў</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>Любая краіна</translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation>Любы навык</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая група</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Удзельнікаў: %1</translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation>Паказана: %1 з %2</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Вылучана: %1</translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation>Аб’яднаць з «%1»</translation>
    </message>
    <message>
        <source>Merged into %1, who was already known.</source>
        <translation>Аб’яднана з ужо вядомым запісам: %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Дадаць «%1»</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Дададзена: %1.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Рэдагаваць «%1»</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Захавана: %1.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Выдаліць «%1»</translation>
    </message>
    <message>
        <source>Delete members (%1)</source>
        <translation>Выдаліць удзельнікаў (%1)</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Выдалена: %1.</translation>
    </message>
    <message>
        <source>Deleted members: %1.</source>
        <translation>Выдалена ўдзельнікаў: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Адрабіць</translation>
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
        <translation>Экспарт усіх даных асобы: %1</translation>
    </message>
    <message>
        <source>The data of %1 was not exported: %2</source>
        <translation>Даныя асобы %1 не экспартаваны: %2</translation>
    </message>
    <message>
        <source>Everything about %1 is in %2. The file holds personal data: hand it only to them.</source>
        <translation>Усе даныя асобы %1 запісаны ў %2. У файле асабістыя даныя: перадавайце яго толькі самой гэтай асобе.</translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Сцерці асобу</translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation>Назаўсёды сцерці даныя асобы %1?</translation>
    </message>
    <message>
        <source>Every personal detail (names, contacts, notes, consent) is removed from this laptop, and the erasure is passed on to other chapters at the next exchange. This cannot be undone.</source>
        <translation>Усе асабістыя звесткі (імёны, кантакты, нататкі, згода) будуць выдалены з гэтага камп’ютара, а пры наступным абмене сціранне будзе перададзена іншым суполкам. Гэта нельга адрабіць.</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Сцерці назаўсёды</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation>Не ўдалося сцерці даныя асобы %1: %2</translation>
    </message>
    <message>
        <source>%1 is erased. This cannot be undone.</source>
        <translation>Даныя асобы %1 сцёрты. Гэта нельга адрабіць.</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation>CSV, звычайны UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Экспарт удзельнікаў</translation>
    </message>
    <message>
        <source>members</source>
        <translation>удзельнікі</translation>
    </message>
    <message>
        <source>Members were not exported: %1</source>
        <translation>Удзельнікі не экспартаваны: %1</translation>
    </message>
    <message>
        <source>Exported members: %1, to %2.</source>
        <translation>Экспартавана ўдзельнікаў: %1, файл: %2.</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1</source>
        <translation>Дэманстрацыйныя даныя не загружаны: %1</translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation>Дэманстрацыйныя даныя ўжо загружаны.</translation>
    </message>
    <message>
        <source>Loaded the demo data (made-up members: %1).</source>
        <translation>Дэманстрацыйныя даныя загружаны (выдуманых удзельнікаў: %1).</translation>
    </message>
    <message>
        <source>person</source>
        <translation>асоба</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Патрабуе ўвагі</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Магчымыя дублікаты</translation>
    </message>
    <message>
        <source>Members an import marked for a look: a phone or e-mail address kept as typed, a date that could not be read. Saving the member clears the mark.</source>
        <translation>Удзельнікі, якіх імпарт пазначыў для праверкі: тэлефон або адрас пошты захаваны як напісаны, дату не ўдалося прачытаць. Захаванне ўдзельніка здымае адзнаку.</translation>
    </message>
    <message>
        <source>Members an import took for new people although they share a phone, a name or an e-mail address with someone</source>
        <translation>Удзельнікі, якіх імпарт узяў за новых людзей, хоць яны маюць з кімсьці агульны тэлефон, імя або адрас пошты</translation>
    </message>
    <message>
        <source>&amp;Merge two members into one…</source>
        <translation>&amp;Аб&apos;яднаць двух удзельнікаў у аднаго…</translation>
    </message>
    <message>
        <source>Select the two rows of one person: the one kept takes what the other adds, and their registrations and cases</source>
        <translation>Выберыце два радкі аднаго чалавека: той, каго пакідаюць, атрымлівае тое, што дадае другі, і яго рэгістрацыі і справы</translation>
    </message>
    <message>
        <source>&amp;Not the same person</source>
        <translation>&amp;Гэта розныя людзі</translation>
    </message>
    <message>
        <source>Select two possible duplicates who are two people: they are no longer listed</source>
        <translation>Выберыце двух магчымых дублікатаў, якія з&apos;яўляюцца рознымі людзьмі: іх больш не будзе ў спісе</translation>
    </message>
    <message>
        <source>Merge two members</source>
        <translation>Аб&apos;яднанне двух удзельнікаў</translation>
    </message>
    <message>
        <source>Are %1 and %2 one person? Choose whose record to keep: it takes what the other adds (fields it lacks, skills, groups, notes), and the other&apos;s registrations and aid cases. The other record is removed, and the merge is passed on to other chapters at the next exchange.</source>
        <translation>%1 і %2 — адзін чалавек? Выберыце, чый запіс пакінуць: ён атрымае тое, што дадае другі (палі, якіх у яго няма, навыкі, групы, нататкі), і рэгістрацыі і справы дапамогі другога. Другі запіс будзе выдалены, а аб&apos;яднанне пры наступным абмене перададзена іншым суполкам.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) takes the merge back.</source>
        <translation>Адмена (Ctrl+Z) вяртае аб&apos;яднанне назад.</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>Пакінуць: %1</translation>
    </message>
    <message>
        <source>Merge of %1 into %2</source>
        <translation>Аб&apos;яднанне %1 з %2</translation>
    </message>
    <message>
        <source>%1 and %2 are one member now.</source>
        <translation>%1 і %2 цяпер адзін удзельнік.</translation>
    </message>
    <message>
        <source>The two are kept apart and no longer listed as possible duplicates.</source>
        <translation>Гэтыя двое застаюцца паасобку і больш не пазначаныя як магчымыя дублікаты.</translation>
    </message>
    <message>
        <source>No possible duplicates: no import has found two records that may be one person.</source>
        <translation>Магчымых дублікатаў няма: ніводны імпарт не знайшоў двух запісаў, якія могуць быць адным чалавекам.</translation>
    </message>
    <message>
        <source>Name, e-mail or phone (%1)</source>
        <translation>Імя, пошта або тэлефон (%1)</translation>
    </message>
    <message>
        <source>the search stops at %1 members: type more to narrow it</source>
        <translation>пошук спыняецца на %1 удзельніках: удакладніце запыт</translation>
    </message>
</context>
<context>
    <name>supolka::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Закрыць гэтае паведамленне</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыць паведамленне</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Паказаць у папцы</translation>
    </message>
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation>Няма прамога доступу да SQLite.</translation>
    </message>
</context>
<context>
    <name>supolka::OperatorName</name>
    <message>
        <source>Who is at this computer?</source>
        <translation>Хто за гэтым камп&apos;ютарам?</translation>
    </message>
    <message>
        <source>Your name as the chapter knows you. It is written as who checked people in at the door and who wrote an aid case&apos;s notes; change it from the File menu when someone else takes over.</source>
        <translation>Ваша імя, як яго ведае суполка. Яно запісваецца як тое, хто адзначаў людзей на ўваходзе і хто пісаў нататкі ў справах дапамогі; змяніце яго ў меню „Файл“, калі вас зменіць нехта іншы.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
</context>
<context>
    <name>supolka::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Адкрыць %1</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Enter its passphrase to open it.</source>
        <translation>База даных %1 зашыфраваная. Увядзіце яе парольную фразу, каб адкрыць.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Адкрыць</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Новая база даных</translation>
    </message>
    <message>
        <source>Supolka is making a new database, %1. Protected with a passphrase, it cannot be read without it if the computer, a backup or a USB stick is lost or seized.</source>
        <translation>Supolka стварае новую базу даных, %1. Абароненую парольнай фразай, яе нельга прачытаць без фразы, калі камп’ютар, рэзервовую копію або флэшку страцяць або забяруць.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Стварыць</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Змяніць парольную фразу</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Зашыфраваць базу даных</translation>
    </message>
    <message>
        <source>The data of %1 is written again under a key made from the new passphrase; the old passphrase will not open it any more.</source>
        <translation>Даныя %1 запішуцца нанова пад ключом з новай парольнай фразы; старая фраза больш іх не адкрые.</translation>
    </message>
    <message>
        <source>The data of %1 is written again, encrypted with a key made from the passphrase; the unencrypted file is then removed.</source>
        <translation>Даныя %1 запішуцца нанова, зашыфраваныя ключом з парольнай фразы; незашыфраваны файл потым выдаляецца.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Змяніць</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Зашыфраваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>&amp;Protect with a passphrase (recommended)</source>
        <translation>&amp;Абараніць парольнай фразай (раім)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Цяперашняя фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Паўтарыце яе:</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember and hard to guess. Nobody, not even Supolka, can open the data without it: write it down and keep it safe.</source>
        <translation>Не менш за %1 знакаў; некалькі не звязаных між сабой слоў лёгка запомніць і цяжка адгадаць. Без фразы ніхто, нават Supolka, не адкрые даных: запішыце яе і захоўвайце ў надзейным месцы.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation>Каб экспартаваць даныя адной асобы, выберыце імя файла з канчаткам .json або .csv.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonSearch</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Не ўдалося абнавіць пошукавы індэкс: %1</translation>
    </message>
    <message>
        <source>Could not search: %1</source>
        <translation>Не ўдалося знайсці: %1</translation>
    </message>
</context>
<context>
    <name>supolka::PhoneNormalizer</name>
    <message>
        <source>The phone number is empty.</source>
        <translation>Нумар тэлефона пусты.</translation>
    </message>
    <message>
        <source>The phone number “%1” was turned into a number by a spreadsheet and lost its last digits. Format the column as text and enter it again.</source>
        <translation>Электронная табліца ператварыла нумар тэлефона «%1» у лік, і апошнія лічбы страціліся. Задайце для слупка тэкставы фармат і ўвядзіце нумар нанова.</translation>
    </message>
    <message>
        <source>The phone number “%1” has no country code: write it with + and the country code (+375 ...) or give the member&apos;s country.</source>
        <translation>У нумары тэлефона «%1» няма кода краіны: напішыце яго з + і кодам краіны (+375 ...) або ўкажыце краіну ўдзельніка.</translation>
    </message>
    <message>
        <source>The phone number “%1” starts with an unknown country code.</source>
        <translation>Нумар тэлефона «%1» пачынаецца з невядомага кода краіны.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — не нумар тэлефона.</translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation>Нумар тэлефона «%1» занадта кароткі.</translation>
    </message>
    <message>
        <source>The phone number “%1” is too long.</source>
        <translation>Нумар тэлефона «%1» занадта доўгі.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits for a number in %2.</source>
        <translation>У нумары тэлефона «%1» замала лічбаў для нумара краіны %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” has too many digits for a number in %2.</source>
        <translation>У нумары тэлефона «%1» зашмат лічбаў для нумара краіны %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” has the wrong number of digits for a number in %2.</source>
        <translation>У нумары тэлефона «%1» няправільная колькасць лічбаў для нумара краіны %2.</translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number.</source>
        <translation>Нумар тэлефона «%1» несапраўдны.</translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number in %2: check the area or operator code.</source>
        <translation>Нумар тэлефона «%1» несапраўдны для краіны %2: праверце код горада або аператара.</translation>
    </message>
</context>
<context>
    <name>supolka::RecordedCommand</name>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не ўдалося пачаць запіс у базу даных: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Не ўдалося захаваць змену: %1</translation>
    </message>
    <message>
        <source>“%1” could not be done again: %2</source>
        <translation>„%1“ не ўдалося зрабіць зноў: %2</translation>
    </message>
    <message>
        <source>“%1” could not be undone: %2</source>
        <translation>„%1“ не ўдалося адмяніць: %2</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationExporter</name>
    <message>
        <source>This event no longer exists.</source>
        <translation>Гэтай падзеі больш няма.</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationImporter</name>
    <message>
        <source>“%1” is not a real date and time.</source>
        <translation>„%1“ — такіх даты і часу не існуе.</translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>у радку няма ні імя, ні адраса электроннай пошты</translation>
    </message>
    <message>
        <source>“%1” is not a registration id</source>
        <translation>„%1“ — не ідэнтыфікатар рэгістрацыі</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; the address was kept as typed, marked unverified</source>
        <translation>%1; адрас захаваны як напісаны і пазначаны як неправераны</translation>
    </message>
    <message>
        <source>“%1” is not a status (registered or cancelled); the row was taken as registered</source>
        <translation>„%1“ — не статус (зарэгістраваны або скасаваны); радок узяты як зарэгістраваны</translation>
    </message>
    <message>
        <source>“%1” is not a ticket code; the registration gets a new one</source>
        <translation>„%1“ — не код білета; рэгістрацыя атрымлівае новы</translation>
    </message>
    <message>
        <source>“%1” is not an attendee status Supolka knows (such as Attending, Checked In, Refunded or Cancelled); the row was taken as registered</source>
        <translation>Supolka не ведае статусу ўдзельніка „%1“ (напрыклад, Attending, Checked In, Refunded або Cancelled); радок узяты як зарэгістраваны</translation>
    </message>
    <message>
        <source>%1; the row was taken as not checked in</source>
        <translation>%1; радок узяты як без адзнакі прыходу</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (such as 2026-03-25T14:05:00.000Z); it was left empty</source>
        <translation>„%1“ — не дата і час (напрыклад, 2026-03-25T14:05:00.000Z); поле засталося пустым</translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation>Ні ў адным слупку файла %1 няма імя або адраса электроннай пошты. Праверце радок загалоўка або выберыце слупкі ўручную.</translation>
    </message>
    <message>
        <source>Could not read the members: %1</source>
        <translation>Не ўдалося прачытаць удзельнікаў: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Імпарт скасаваны; нічога не зменена.</translation>
    </message>
    <message>
        <source>the row belongs to another event (%1)</source>
        <translation>радок належыць іншай падзеі (%1)</translation>
    </message>
    <message>
        <source>a registration with this id belongs to another event in this database</source>
        <translation>рэгістрацыя з гэтым id належыць іншай падзеі ў гэтай базе даных</translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>гэтую асобу выдалілі або сцерлі ў гэтай базе даных; радок вярнуў бы яе, таму ён прапушчаны</translation>
    </message>
    <message>
        <source>this registration was deleted in this database; the row would bring it back, so it was left out</source>
        <translation>гэтую рэгістрацыю выдалілі ў гэтай базе даных; радок вярнуў бы яе, таму ён прапушчаны</translation>
    </message>
    <message>
        <source>the ticket code %1 is already someone else&apos;s in this database</source>
        <translation>код білета %1 у гэтай базе даных ужо належыць іншаму чалавеку</translation>
    </message>
    <message>
        <source>the row has no name, and no member has its e-mail address</source>
        <translation>у радку няма імя, а яго адрас эл. пошты не належыць ніводнаму ўдзельніку</translation>
    </message>
    <message>
        <source>This file holds the registrations of “%1”, which was deleted here; restore that event first.</source>
        <translation>У гэтым файле рэгістрацыі „%1“, а гэтая падзея тут выдаленая; спачатку аднавіце яе.</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationList</name>
    <message>
        <source>Could not read the registrations: %1</source>
        <translation>Не ўдалося прачытаць рэгістрацыі: %1</translation>
    </message>
    <message>
        <source>Could not search the registrations: %1</source>
        <translation>Не ўдалося шукаць сярод рэгістрацый: %1</translation>
    </message>
    <message>
        <source>Could not write the registrations&apos; sort keys: %1</source>
        <translation>Не ўдалося запісаць ключы сартавання рэгістрацый: %1</translation>
    </message>
    <message>
        <source>Could not index the registrations list: %1</source>
        <translation>Не ўдалося праіндэксаваць спіс рэгістрацый: %1</translation>
    </message>
</context>
<context>
    <name>supolka::RegistrationTableModel</name>
    <message>
        <source>Guest</source>
        <comment>registration of someone who is not a member</comment>
        <translation>Госць</translation>
    </message>
    <message>
        <source>Member</source>
        <comment>registration of a member</comment>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>registration status</comment>
        <translation>Скасавана</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>registration status</comment>
        <translation>Зарэгістравана</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>registered at the door</comment>
        <translation>Без запісу</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Тэлефон</translation>
    </message>
    <message>
        <source>Member or guest</source>
        <translation>Удзельнік ці госць</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Білет</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Час прыходу</translation>
    </message>
    <message>
        <source>Checked in by</source>
        <translation>Хто адзначыў</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <comment>column: registered at the door</comment>
        <translation>Без запісу</translation>
    </message>
</context>
<context>
    <name>supolka::SealedBundle</name>
    <message>
        <source>Could not record the bundle&apos;s number: %1</source>
        <translation>Не ўдалося зафіксаваць нумар пакета: %1</translation>
    </message>
    <message>
        <source>%1 is sealed, but this database has no keys yet, so it cannot have been sealed for it. Send your public keys to whoever sent it (on the Sync page, or supolka keys export FILE).</source>
        <translation>%1 запячатаны, але ў гэтай базы яшчэ няма ключоў, таму ён не мог быць запячатаны для яе. Дашліце свае публічныя ключы таму, хто яго даслаў (на старонцы „Абмен“ або камандай supolka keys export FILE).</translation>
    </message>
    <message>
        <source>%1 is damaged or was changed after it was sealed (%2); it was not read. Ask the sender for a new copy.</source>
        <translation>%1 пашкоджаны або зменены пасля таго, як яго запячаталі (%2); яго не чыталі. Папрасіце ў адпраўніка новую копію.</translation>
    </message>
    <message>
        <source>%1 is sealed but not signed, which Supolka never does; it was not read.</source>
        <translation>%1 запячатаны, але не падпісаны, чаго Supolka ніколі не робіць; яго не чыталі.</translation>
    </message>
    <message>
        <source>The manifest of %1 names its sender&apos;s keys wrongly; it was not read.</source>
        <translation>Маніфест %1 няправільна называе ключы адпраўніка; яго не чыталі.</translation>
    </message>
    <message>
        <source>The signature of %1 is not good (%2): it was changed or forged, and was not read.</source>
        <translation>Подпіс %1 несапраўдны (%2): пакет змянілі або падрабілі, і яго не чыталі.</translation>
    </message>
    <message>
        <source>There is no contact “%1” to seal the bundle for. Add them with their public keys first (on the Sync page, or supolka contacts add).</source>
        <translation>Няма кантакту „%1“, для якога можна было б запячатаць пакет. Спачатку дадайце гэты кантакт з яго публічнымі ключамі (на старонцы „Абмен“ або камандай supolka contacts add).</translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them. Compare the fingerprint with them again before sending them anything (supolka contacts check %1).</source>
        <translation>Ключы %1 змяніліся пасля таго, як вы іх праверылі. Перш чым нешта ім дасылаць, зноў звярыце з імі адбітак (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>The fingerprint of %1 has not been checked. Compare it with them on a call or in person first (supolka contacts check %1).</source>
        <translation>Адбітак %1 не правераны. Спачатку звярыце яго з імі падчас званка або асабіста (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>%1 was sealed by this database, for %2: it is the copy kept of what was sent, not a bundle to import.</source>
        <translation>%1 запячатаны гэтай базай для %2: гэта захаваная копія дасланага, а не пакет для імпарту.</translation>
    </message>
    <message>
        <source>%1 says it comes from %2, but it was signed with other keys than those you have for %2 (its fingerprint is %3). If %2 made new keys, compare this fingerprint with them and add their new keys; otherwise it is forged. It was not imported.</source>
        <translation>%1 нібыта прыйшоў ад %2, але ён падпісаны іншымі ключамі, чым тыя, што ёсць у вас для %2 (яго адбітак — %3). Калі %2 стварылі новыя ключы, звярыце з імі гэты адбітак і дадайце іх новыя ключы; інакш пакет падроблены. Ён не імпартаваны.</translation>
    </message>
    <message>
        <source>%1 names other keys for %2 than those you have; it was not imported. Compare the fingerprint %3 with them and add their keys again.</source>
        <translation>%1 называе для %2 іншыя ключы, чым тыя, што ёсць у вас; ён не імпартаваны. Звярыце з імі адбітак %3 і дадайце іх ключы зноў.</translation>
    </message>
    <message>
        <source>The keys of %1 have changed since you checked them; %2 was not imported. Compare the fingerprint with them again (supolka contacts check %1).</source>
        <translation>Ключы %1 змяніліся пасля таго, як вы іх праверылі; %2 не імпартаваны. Зноў звярыце з імі адбітак (supolka contacts check %1).</translation>
    </message>
    <message>
        <source>%1 comes from %2, whose fingerprint has not been checked; it was not imported. Compare it with them, then: supolka contacts check %2</source>
        <translation>%1 прыйшоў ад %2, чый адбітак не правераны; ён не імпартаваны. Звярыце адбітак з імі, потым: supolka contacts check %2</translation>
    </message>
    <message>
        <source>%1 was signed by %2 but says it comes from %3: it was not imported.</source>
        <translation>%1 падпісаны %2, але нібыта прыйшоў ад %3: ён не імпартаваны.</translation>
    </message>
    <message>
        <source>%1 was sealed for %2, not for this database; it was not imported.</source>
        <translation>%1 запячатаны для %2, а не для гэтай базы; ён не імпартаваны.</translation>
    </message>
    <message>
        <source>%1 is bundle number %2 from %3, but number %4 was imported already: it is an old bundle or was sent again, and was not imported.</source>
        <translation>%1 — пакет № %2 ад %3, але № %4 ужо імпартаваны: гэта стары або паўторна дасланы пакет, і ён не імпартаваны.</translation>
    </message>
    <message>
        <source>Could not read the numbers of sealed bundles: %1</source>
        <translation>Не ўдалося прачытаць нумары запячатаных пакетаў: %1</translation>
    </message>
    <message>
        <source>%1 was not sealed for this database (or the part sealed for it is damaged); it was not read. Ask the sender to seal it for you again.</source>
        <translation>%1 запячатаны не для гэтай базы (або частка, запячатаная для яе, пашкоджаная); ён не прачытаны. Папрасіце адпраўніка запячатаць яго для вас яшчэ раз.</translation>
    </message>
    <message>
        <source>%1 comes from %2 (%3), who is not among your contacts; it was not imported. Its fingerprint is %4: compare it with them on a call or in person, then add them on the Sync page, or with supolka contacts add %2 NAME --recipient %5 --signing-key %6 and supolka contacts check %2 --fingerprint &quot;%4&quot;, and import it again.</source>
        <translation>%1 прыйшоў ад %2 (%3), а іх няма сярод вашых кантактаў; ён не імпартаваны. Яго адбітак — %4: звярыце яго з імі падчас званка або асабіста, потым дадайце іх на старонцы „Абмен“ або камандамі supolka contacts add %2 NAME --recipient %5 --signing-key %6 і supolka contacts check %2 --fingerprint &quot;%4&quot; і імпартуйце пакет зноў.</translation>
    </message>
    <message>
        <source>Bundle number %1 from %2 was imported already; it was not imported again.</source>
        <translation>Пакет № %1 ад %2 ужо імпартаваны; паўторна ён не імпартаваны.</translation>
    </message>
</context>
<context>
    <name>supolka::SecretBytes</name>
    <message>
        <source>Could not read the passphrase file %1: %2</source>
        <translation>Не ўдалося прачытаць файл парольнай фразы %1: %2</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не ўдалося запусціць крыптаграфічную бібліятэку.</translation>
    </message>
    <message>
        <source>No memory for the passphrase.</source>
        <translation>Не хапае памяці для парольнай фразы.</translation>
    </message>
    <message>
        <source>The passphrase in %1 is longer than %2 bytes.</source>
        <translation>Парольная фраза ў %1 даўжэйшая за %2 байтаў.</translation>
    </message>
    <message>
        <source>The passphrase in %1 is not UTF-8 text.</source>
        <translation>Парольная фраза ў %1 — не тэкст UTF-8.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty: its first line is the passphrase.</source>
        <translation>Файл парольнай фразы %1 пусты: фраза — яго першы радок.</translation>
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
        <translation>Парольная фраза зменена: старая больш не адкрывае базу даных.</translation>
    </message>
    <message>
        <source>The database is encrypted: from now on it opens only with its passphrase. Backups made before are not.</source>
        <translation>База даных зашыфраваная: цяпер яна адкрываецца толькі з парольнай фразай. Рэзервовыя копіі, зробленыя раней, не зашыфраваныя.</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>%1 нельга адкрыць.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
</context>
<context>
    <name>supolka::SetShiftCountsCommand</name>
    <message>
        <source>Counts of shift “%1” at station %2</source>
        <translation>Падлікі змены „%1“ на ўчастку %2</translation>
    </message>
</context>
<context>
    <name>supolka::StationSheet</name>
    <message>
        <source>morning</source>
        <comment>shift of the election day</comment>
        <translation>раніца</translation>
    </message>
    <message>
        <source>Station sheet: %1</source>
        <translation>Аркуш участка: %1</translation>
    </message>
    <message>
        <source>Exit poll at the door: %1</source>
        <translation>Экзіт-пол на ўваходзе: %1</translation>
    </message>
    <message>
        <source>&amp;Station:</source>
        <translation>&amp;Участак:</translation>
    </message>
    <message>
        <source>S&amp;hift:</source>
        <translation>&amp;Змена:</translation>
    </message>
    <message>
        <source>for example “morning”</source>
        <translation>напрыклад „раніца“</translation>
    </message>
    <message>
        <source>Each volunteer&apos;s turn at the door has a name; counts are kept per shift</source>
        <translation>Кожная змена валанцёра на ўваходзе мае назву; падлікі вядуцца па зменах</translation>
    </message>
    <message>
        <source>&amp;One key per answer</source>
        <translation>&amp;Адна клавіша на адказ</translation>
    </message>
    <message>
        <source>&amp;Counts of a paper sheet</source>
        <translation>&amp;Падлікі з папяровага аркуша</translation>
    </message>
    <message>
        <source>Click here or press Enter in the shift field, then press the key of each answer: %1 for the options, 0 for someone who would not answer. Holding a key counts it once. Ctrl+Z takes the last answer back.</source>
        <translation>Пстрыкніце тут або націсніце Enter у полі змены, потым націскайце клавішу кожнага адказу: %1 — для варыянтаў, 0 — для таго, хто не захацеў адказваць. Утрыманая клавіша лічыцца адзін раз. Ctrl+Z адмяняе апошні адказ.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Адказы</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Of the respondents who named an option; for refusals, of all respondents of the shift</source>
        <translation>Ад рэспандэнтаў, якія назвалі варыянт; для адмоў — ад усіх рэспандэнтаў змены</translation>
    </message>
    <message>
        <source>&amp;Undo last answer (%1)</source>
        <translation>Ад&amp;рабіць апошні адказ (%1)</translation>
    </message>
    <message>
        <source>Type the totals of a paper sheet for this shift. They replace what the shift had, so a sheet typed twice is counted once. A field left empty is unknown and keeps what the shift had.</source>
        <translation>Увядзіце вынікі папяровага аркуша за гэтую змену. Яны замяняюць тое, што было ў змене, таму аркуш, уведзены двойчы, улічваецца адзін раз. Пустое поле азначае „невядома“ і пакідае тое, што было ў змене.</translation>
    </message>
    <message>
        <source>&amp;Save counts for this shift</source>
        <translation>За&amp;хаваць падлікі гэтай змены</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>Refused to answer</source>
        <translation>Адмовіліся адказаць</translation>
    </message>
    <message>
        <source>Choose the polling station.</source>
        <translation>Выберыце выбарчы ўчастак.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) in this shift, of whom %1 named an option.</source>
        <translation>
            <numerusform>У гэтай змене %n рэспандэнт, з іх варыянт назвалі %1.</numerusform>
            <numerusform>У гэтай змене %n рэспандэнты, з іх варыянт назвалі %1.</numerusform>
            <numerusform>У гэтай змене %n рэспандэнтаў, з іх варыянт назвалі %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answers in this shift yet.</source>
        <translation>У гэтай змене пакуль няма адказаў.</translation>
    </message>
    <message>
        <source>Whole day at this station: no answers yet.</source>
        <translation>Увесь дзень на гэтым участку: адказаў пакуль няма.</translation>
    </message>
    <message>
        <source>Whole day at this station: %1 respondents.</source>
        <translation>Увесь дзень на гэтым участку: рэспандэнтаў — %1.</translation>
    </message>
    <message>
        <source>Choose the polling station first.</source>
        <translation>Спачатку выберыце выбарчы ўчастак.</translation>
    </message>
    <message>
        <source>Type the name of the shift first, for example “morning”.</source>
        <translation>Спачатку ўвядзіце назву змены, напрыклад „раніца“.</translation>
    </message>
    <message>
        <source>No option has the key %1.</source>
        <translation>Ні ў аднаго варыянта няма клавішы %1.</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Улічана: %1</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>Адменена: %1</translation>
    </message>
    <message>
        <source>“%1” is not a count for %2.</source>
        <translation>„%1“ — не колькасць для %2.</translation>
    </message>
    <message>
        <source>Type at least one count from the sheet.</source>
        <translation>Увядзіце з аркуша хоць бы адну лічбу.</translation>
    </message>
    <message>
        <source>Saved the counts of shift “%1” at station %2. They replace what the shift had.</source>
        <translation>Падлікі змены „%1“ на ўчастку %2 захаваныя. Яны замянілі тое, што было ў змене.</translation>
    </message>
</context>
<context>
    <name>supolka::StationTableModel</name>
    <message>
        <source>No exit poll at this station</source>
        <translation>На гэтым участку экзіт-полу не было</translation>
    </message>
    <message>
        <source>%1 respondents, of whom %2 named an option and %3 refused to answer</source>
        <translation>Рэспандэнтаў: %1; з іх варыянт назвалі %2, адмовіліся адказаць %3</translation>
    </message>
    <message>
        <source>No respondent named an option here</source>
        <translation>Тут ніводзін рэспандэнт не назваў варыянт</translation>
    </message>
    <message>
        <source>%1 of %2 respondents who named an option; 95% interval</source>
        <translation>%1 з %2 рэспандэнтаў, якія назвалі варыянт; 95% інтэрвал</translation>
    </message>
    <message>
        <source>No protocol published for this station</source>
        <translation>Для гэтага ўчастка пратакол не апублікаваны</translation>
    </message>
    <message>
        <source>The protocol does not give this number</source>
        <translation>Пратакол не дае гэтай лічбы</translation>
    </message>
    <message>
        <source>%1 of %2 ballots cast</source>
        <translation>%1 з %2 выдадзеных бюлетэняў</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Участак</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Горад</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Краіна</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Рэспандэнты</translation>
    </message>
    <message>
        <source>Exit poll
(95% interval)</source>
        <translation>Экзіт-пол
(95% інтэрвал)</translation>
    </message>
    <message>
        <source>Exit poll: %1
(95% interval)</source>
        <translation>Экзіт-пол: %1
(95% інтэрвал)</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Афіцыйна</translation>
    </message>
    <message>
        <source>Ballots cast</source>
        <translation>Выдадзеныя бюлетэні</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Пазнакі</translation>
    </message>
    <message>
        <source>Outside the exit-poll interval</source>
        <translation>Па-за інтэрвалам экзіт-полу</translation>
    </message>
    <message>
        <source>More ballots seen than the protocol gives</source>
        <translation>Бачылі больш бюлетэняў, чым у пратаколе</translation>
    </message>
    <message>
        <source>More ballots cast than voters counted</source>
        <translation>Выдадзена больш бюлетэняў, чым палічана выбаршчыкаў</translation>
    </message>
    <message>
        <source>Protocol does not add up</source>
        <translation>Пратакол не сыходзіцца</translation>
    </message>
    <message>
        <source>Official:
%1</source>
        <translation>Афіцыйна:
%1</translation>
    </message>
</context>
<context>
    <name>supolka::StorageFaults</name>
    <message>
        <source>The disk failed while Supolka read or wrote %1 (SQLite I/O error %2), so what was shown or done may be incomplete. Copy the database to another disk and check it; if it cannot be read, restore it from a backup.</source>
        <translation>Дыск адмовіў, калі Supolka чытала або запісвала %1 (памылка ўводу-вываду SQLite %2), таму паказанае або зробленае можа быць няпоўным. Скапіруйце базу даных на іншы дыск і праверце яе; калі яе нельга прачытаць, аднавіце яе з рэзервовай копіі.</translation>
    </message>
    <message>
        <source>Part of the database %1 could not be read: it is damaged (SQLite error %2), so what was shown or done may be incomplete. Restore the database from a backup, or copy it aside and ask for help before changing anything.</source>
        <translation>Частку базы даных %1 не ўдалося прачытаць: яна пашкоджаная (памылка SQLite %2), таму паказанае або зробленае можа быць няпоўным. Аднавіце базу даных з рэзервовай копіі або скапіруйце яе ўбок і папрасіце дапамогі, перш чым нешта змяняць.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncExporter</name>
    <message>
        <source>Name this chapter before sending bundles: its code is what the secretariat and the other chapters know its rows by (on the Sync page, or supolka chapter CODE NAME).</source>
        <translation>Перш чым дасылаць пакеты, назавіце гэтую суполку: па яе кодзе сакратарыят і іншыя суполкі распазнаюць яе радкі (на старонцы „Абмен“ або камандай supolka chapter CODE NAME).</translation>
    </message>
    <message>
        <source>Say who the bundle is for, to send only what changed since their last bundle.</source>
        <translation>Укажыце, для каго пакет, каб даслаць толькі тое, што змянілася пасля іх апошняга пакета.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (use 2026-05-31 or 2026-05-31T18:00:00Z).</source>
        <translation>„%1“ — не дата і час (пішыце 2026-05-31 або 2026-05-31T18:00:00Z).</translation>
    </message>
    <message>
        <source>Could not record the bundle: %1</source>
        <translation>Не ўдалося зафіксаваць пакет: %1</translation>
    </message>
    <message>
        <source>The bundle was written, but could not be recorded: %1</source>
        <translation>Пакет запісаны, але яго не ўдалося зафіксаваць: %1</translation>
    </message>
    <message>
        <source>A sealed bundle is for the contact it is sealed for, not for %1.</source>
        <translation>Запячатаны пакет — для таго кантакту, для якога ён запячатаны, а не для %1.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncImporter</name>
    <message>
        <source>Line %1 of %2 has no id.</source>
        <translation>У радку %1 файла %2 няма id.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has no valid updated_at.</source>
        <translation>У радку %1 файла %2 няма правільнага updated_at.</translation>
    </message>
    <message>
        <source>Line %1 of %2 has an invalid deleted_at.</source>
        <translation>У радку %1 файла %2 няправільны deleted_at.</translation>
    </message>
    <message>
        <source>Line %1 of %2 does not say which chapter made it (origin).</source>
        <translation>У радку %1 файла %2 не сказана, якая суполка яго стварыла (origin).</translation>
    </message>
    <message>
        <source>%1 has an unknown profile “%2”.</source>
        <translation>У %1 невядомы профіль „%2“.</translation>
    </message>
    <message>
        <source>%1 holds %2, which this version of Supolka does not know.</source>
        <translation>%1 змяшчае %2, чаго гэтая версія Supolka не ведае.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Не ўдалося пачаць імпарт: %1</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. %2</source>
        <translation>%1 не імпартаваны; нічога не зменена. %2</translation>
    </message>
    <message>
        <source>Could not finish the import; nothing was changed: %1</source>
        <translation>Не ўдалося завяршыць імпарт; нічога не зменена: %1</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>Гэты канфлікт ужо вырашаны.</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Не ўдалося вырашыць канфлікт: %1</translation>
    </message>
    <message>
        <source>The row of this conflict is no longer here.</source>
        <translation>Радка гэтага канфлікту тут больш няма.</translation>
    </message>
    <message>
        <source>This member was erased here; their copy cannot bring the personal data back. Keep yours instead.</source>
        <translation>Гэты ўдзельнік тут сцёрты; іх копія не можа вярнуць асабістыя даныя. Пакіньце сваю.</translation>
    </message>
    <message>
        <source>%1 is larger than any bundle Supolka writes; it was not read.</source>
        <translation>%1 большы за любы пакет, які піша Supolka; яго не чыталі.</translation>
    </message>
    <message>
        <source>%1 is not sealed, but says it comes from %2, a contact whose bundles come sealed: anyone could have made it. Ask %2 to send it sealed, or import it as unsealed if you know where it came from.</source>
        <translation>%1 не запячатаны, але нібыта прыйшоў ад %2 — кантакту, чые пакеты прыходзяць запячатанымі: зрабіць яго мог хто заўгодна. Папрасіце %2 даслаць яго запячатаным або імпартуйце яго як незапячатаны, калі ведаеце, адкуль ён.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не ўдалося прачытаць %1: %2</translation>
    </message>
    <message>
        <source>%1 changed after it was previewed; it was not imported. Open it again to see what it holds now.</source>
        <translation>%1 змяніўся пасля папярэдняга прагляду; ён не імпартаваны. Адкрыйце яго зноў, каб убачыць, што ў ім цяпер.</translation>
    </message>
    <message>
        <source>%1 is not sealed: anyone could have made it under the name of %2. This database exchanges sealed bundles; import it as unsealed only if you know where it came from.</source>
        <translation>%1 не запячатаны: хто заўгодна мог зрабіць яго ад імя %2. Гэтая база абменьваецца запячатанымі пакетамі; імпартуйце яго як незапячатаны, толькі калі ведаеце, адкуль ён.</translation>
    </message>
</context>
<context>
    <name>supolka::SyncKinds</name>
    <message>
        <source>Elections</source>
        <translation>Выбары</translation>
    </message>
    <message>
        <source>Polling stations</source>
        <translation>Выбарчыя ўчасткі</translation>
    </message>
    <message>
        <source>Exit-poll counts</source>
        <translation>Лічбы экзіт-пола</translation>
    </message>
    <message>
        <source>Official results</source>
        <translation>Афіцыйныя вынікі</translation>
    </message>
    <message>
        <source>Observers&apos; counts</source>
        <translation>Лічбы назіральнікаў</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Рэгістрацыі</translation>
    </message>
    <message>
        <source>Aid cases</source>
        <translation>Справы дапамогі</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>Нататкі па справах</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Плацяжы</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не ўдаецца прачытаць %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; it should start with its header.</source>
        <translation>%1 пусты; ён павінен пачынацца з радка загалоўка.</translation>
    </message>
    <message>
        <source>%1 does not have the columns of this bundle format (%2).</source>
        <translation>У %1 няма слупкоў гэтага фармату пакета (%2).</translation>
    </message>
    <message>
        <source>Line %1 of %2 has %3 fields instead of %4.</source>
        <translation>У радку %1 файла %2 палёў: %3 замест %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read at line %2: %3</source>
        <translation>Не ўдаецца прачытаць %1 у радку %2: %3</translation>
    </message>
    <message>
        <source>Line %1 of %2: %3</source>
        <translation>Радок %1 у %2: %3</translation>
    </message>
</context>
<context>
    <name>supolka::SyncPage</name>
    <message>
        <source>(no name: %1)</source>
        <translation>(без імя: %1)</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a row a bundle adds</comment>
        <translation>новы</translation>
    </message>
    <message>
        <source>changed</source>
        <comment>a row a bundle updates</comment>
        <translation>зменены</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>a row a bundle deletes</comment>
        <translation>выдалены</translation>
    </message>
    <message>
        <source>Exchange with the secretariat and other chapters</source>
        <translation>Абмен з сакратарыятам і іншымі суполкамі</translation>
    </message>
    <message>
        <source>This chapter:</source>
        <translation>Гэтая суполка:</translation>
    </message>
    <message>
        <source>Code, such as PL-WAW</source>
        <translation>Код, напрыклад PL-WAW</translation>
    </message>
    <message>
        <source>Name, such as Warszawa</source>
        <translation>Назва, напрыклад Warszawa</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Захаваць</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Даслаць</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Атрымаць</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <source>Bundle to send</source>
        <translation>Пакет для адпраўкі</translation>
    </message>
    <message>
        <source>What goes in it:</source>
        <translation>Што ў ім будзе:</translation>
    </message>
    <message>
        <source>Full: members who agreed to sharing, the others pseudonymized</source>
        <translation>Поўны: удзельнікі, якія згадзіліся на перадачу даных, астатнія — пад псеўданімамі</translation>
    </message>
    <message>
        <source>Pseudonymized: no names, contacts or free text</source>
        <translation>З псеўданімамі: без імёнаў, кантактаў і вольнага тэксту</translation>
    </message>
    <message>
        <source>Counts only, and the exit poll</source>
        <translation>Толькі лічбы і экзіт-пол</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Радкі:</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Усе</translation>
    </message>
    <message>
        <source>What changed since their last bundle</source>
        <translation>Тое, што змянілася пасля іх апошняга пакета</translation>
    </message>
    <message>
        <source>What changed since a day</source>
        <translation>Тое, што змянілася з выбранага дня</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Запісаць пакет…</translation>
    </message>
    <message>
        <source>Chapter report</source>
        <translation>Справаздача суполкі</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Па:</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Захаваць справаздачу…</translation>
    </message>
    <message>
        <source>Open bundle…</source>
        <translation>Адкрыць пакет…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпартаваць</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змена</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Радок</translation>
    </message>
    <message>
        <source>Changed here and there: choose which version stays</source>
        <translation>Зменена і тут, і там: выберыце, якая версія застанецца</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Адкуль</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Адрозненні</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Пакінуць маю</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Узяць іхнюю</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>Даслана ці атрымана</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Суполка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Радкі</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дададзена</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Абноўлена</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>Members by country, skill and status, attendance per event, cases by need and status, payments per currency, and the exit-poll data, which is not personal.</source>
        <translation>Удзельнікі паводле краіны, навыкаў і статусу, наведвальнасць кожнай падзеі, справы паводле патрэб і статусу, плацяжы па валютах, а таксама даныя экзіт-пола, якія не з’яўляюцца асабістымі.</translation>
    </message>
    <message>
        <source>People, registrations and cases go under keyed pseudonyms that stay the same from one bundle to the next; nobody&apos;s name, contact or notes leave the laptop.</source>
        <translation>Людзі, рэгістрацыі і справы перадаюцца пад псеўданімамі, створанымі з сакрэтным ключом, якія не змяняюцца ад пакета да пакета; ні імёны, ні кантакты, ні нататкі не пакідаюць ноўтбук.</translation>
    </message>
    <message>
        <source>Members who did not agree to sharing with the secretariat, guests and sensitive aid cases leave without names or contacts.</source>
        <translation>Удзельнікі, якія не згадзіліся на перадачу даных сакратарыяту, госці і адчувальныя справы дапамогі перадаюцца без імёнаў і кантактаў.</translation>
    </message>
    <message>
        <source>This chapter is %1 now.</source>
        <translation>Цяпер гэтая суполка — %1.</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Запісаць пакет</translation>
    </message>
    <message>
        <source>Supolka bundles (*.supolka)</source>
        <translation>Пакеты Supolka (*.supolka)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n rows. Send the file as it is; it is checked when it is read.</source>
        <translation>
            <numerusform>Запісаны %1: %n радок. Дашліце файл як ёсць; ён правяраецца пры чытанні.</numerusform>
            <numerusform>Запісаны %1: %n радкі. Дашліце файл як ёсць; ён правяраецца пры чытанні.</numerusform>
            <numerusform>Запісаны %1: %n радкоў. Дашліце файл як ёсць; ён правяраецца пры чытанні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the chapter report</source>
        <translation>Захаваць справаздачу суполкі</translation>
    </message>
    <message>
        <source>PDF with charts (*.pdf)</source>
        <translation>PDF з дыяграмамі (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV для табліц (*.csv)</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Справаздача захавана ў %1.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>Адкрыць пакет</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>chapter name and code</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2. It will add %3, change %4 and delete %5 rows; %6 are here already; %n conflict(s).</source>
        <translation>
            <numerusform>Ад %1, зроблены %2. Будзе дададзена радкоў: %3, зменена: %4, выдалена: %5; ужо ёсць: %6; %n канфлікт.</numerusform>
            <numerusform>Ад %1, зроблены %2. Будзе дададзена радкоў: %3, зменена: %4, выдалена: %5; ужо ёсць: %6; %n канфлікты.</numerusform>
            <numerusform>Ад %1, зроблены %2. Будзе дададзена радкоў: %3, зменена: %4, выдалена: %5; ужо ёсць: %6; %n канфліктаў.</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: changed here too</source>
        <translation>канфлікт: зменена і тут</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 changed, %3 deleted, %4 already here.</source>
        <translation>Імпартавана. Дададзена: %1, зменена: %2, выдалена: %3, ужо было: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed here and there: yours stay until you choose below.</source>
        <translation>
            <numerusform>%n радок зменены і тут, і там: ваша версія застаецца, пакуль вы не выберыце ніжэй.</numerusform>
            <numerusform>%n радкі зменены і тут, і там: вашы версіі застаюцца, пакуль вы не выберыце ніжэй.</numerusform>
            <numerusform>%n радкоў зменена і тут, і там: вашы версіі застаюцца, пакуль вы не выберыце ніжэй.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation>Нявырашаных канфліктаў няма.</translation>
    </message>
    <message>
        <source>%1: here “%2”, at %3 “%4”</source>
        <translation>%1: тут „%2“, у %3 „%4“</translation>
    </message>
    <message>
        <source>Changed here %1, at %2 %3.</source>
        <translation>Зменена тут %1, у %2 — %3.</translation>
    </message>
    <message>
        <source>Kept this chapter&apos;s version of %1; it goes to %2 with the next bundle.</source>
        <translation>Пакінута версія %1 гэтай суполкі; яна трапіць у %2 з наступным пакетам.</translation>
    </message>
    <message>
        <source>Took the version of %1 from %2.</source>
        <translation>Прынята версія %1 ад %2.</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>даслана</translation>
    </message>
    <message>
        <source>received</source>
        <translation>атрымана</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>каму заўгодна</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключы</translation>
    </message>
    <message>
        <source>Sealed for:</source>
        <translation>Запячатаць для:</translation>
    </message>
    <message>
        <source>Nobody: a plain bundle anyone can read</source>
        <translation>Ні для каго: незапячатаны пакет, які можа прачытаць кожны</translation>
    </message>
    <message>
        <source>Only %1 and this chapter can open the file, and %1 can tell that this chapter made it.</source>
        <translation>Адкрыць файл могуць толькі %1 і гэтая суполка, і %1 можа ўпэўніцца, што яго зрабіла гэтая суполка.</translation>
    </message>
    <message>
        <source>Not sealed: it holds counts and the exit poll, and nobody&apos;s name.</source>
        <translation>Не запячатаны: у ім толькі лічбы і экзіт-пол, імёнаў у ім няма.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it. Add the secretariat on the Keys tab to seal bundles for them.</source>
        <translation>Не запячатаны: прачытаць файл можа кожны, да каго ён трапіць. Дадайце сакратарыят на ўкладцы „Ключы“, каб пячатаць пакеты для яго.</translation>
    </message>
    <message>
        <source>Not sealed: anyone who gets the file can read it.</source>
        <translation>Не запячатаны: прачытаць файл можа кожны, да каго ён трапіць.</translation>
    </message>
    <message>
        <source>Write a plain bundle?</source>
        <translation>Запісаць незапячатаны пакет?</translation>
    </message>
    <message>
        <source>Add the recipient on the Keys tab to seal it for them.</source>
        <translation>Дадайце атрымальніка на ўкладцы „Ключы“, каб запячатаць пакет для яго.</translation>
    </message>
    <message>
        <source>Write it plain</source>
        <translation>Запісаць незапячатаным</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>It is not sealed.</source>
        <translation>Ён не запячатаны.</translation>
    </message>
    <message>
        <source>Sealed for %1: only they can open it.</source>
        <translation>Запячатаны для %1: адкрыць яго могуць толькі яны.</translation>
    </message>
    <message>
        <source>A bundle that is not sealed</source>
        <translation>Незапячатаны пакет</translation>
    </message>
    <message>
        <source>This bundle says it comes from %1, but it is not sealed: anyone could have made it. Take it only if you know that %1 gave it to you.</source>
        <translation>Гэты пакет нібыта ад %1, але ён не запячатаны: зрабіць яго мог хто заўгодна. Прымайце яго, толькі калі ведаеце, што атрымалі яго ад %1.</translation>
    </message>
    <message>
        <source>Preview it anyway</source>
        <translation>Усё роўна паглядзець</translation>
    </message>
    <message>
        <source>Sealed for this chapter and signed by %1, whose fingerprint you compared.</source>
        <translation>Запячатаны для гэтай суполкі і падпісаны %1, чый адбітак вы звералі.</translation>
    </message>
    <message>
        <source>Not sealed: nothing shows who made it.</source>
        <translation>Не запячатаны: нішто не паказвае, хто яго зрабіў.</translation>
    </message>
    <message>
        <source>This bundle was sealed and signed by %1, who is not among your contacts. Add them to open it.</source>
        <translation>Гэты пакет запячатаны і падпісаны %1, а іх няма сярод вашых кантактаў. Дадайце іх, каб адкрыць пакет.</translation>
    </message>
    <message>
        <source>This bundle comes from %1, whose fingerprint has not been compared since their keys were added or changed.</source>
        <translation>Гэты пакет прыйшоў ад %1, чый адбітак не звяралі з таго часу, як іх ключы дадалі або змянілі.</translation>
    </message>
    <message>
        <source>Name this chapter first: its code and name in the fields above, then Save.</source>
        <translation>Спачатку назавіце гэтую суполку: яе код і назва ў палях вышэй, потым „Захаваць“.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle holds %n row(s): </source>
        <translation>
            <numerusform>Пакет мае %n радок: </numerusform>
            <numerusform>Пакет мае %n радкі: </numerusform>
            <numerusform>Пакет мае %n радкоў: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and %n under pseudonyms only.</source>
        <translation>
            <numerusform>, і %n толькі пад псеўданімам.</numerusform>
            <numerusform>, і %n толькі пад псеўданімамі.</numerusform>
            <numerusform>, і %n толькі пад псеўданімамі.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is sealed for %1: only they and this chapter can open it.</source>
        <translation>Ён запячатаны для %1: адкрыць яго могуць толькі яны і гэтая суполка.</translation>
    </message>
    <message>
        <source>It is not sealed: it holds counts and no person&apos;s name.</source>
        <translation>Ён не запячатаны: у ім лічбы і ніводнага імя.</translation>
    </message>
    <message>
        <source>It will not be sealed. Anyone who gets the file (a mailbox, a messenger, a lost USB stick) can read the names and contacts in it, and nobody can tell that this chapter made it.</source>
        <translation>Ён не будзе запячатаны. Хто заўгодна, да каго трапіць файл (паштовая скрыня, месенджар, згубленая флэшка), зможа прачытаць імёны і кантакты ў ім, і ніхто не зможа пераканацца, што яго зрабіла гэтая суполка.</translation>
    </message>
    <message>
        <source>full</source>
        <comment>bundle profile</comment>
        <translation>поўны</translation>
    </message>
    <message>
        <source>pseudonymized</source>
        <comment>bundle profile</comment>
        <translation>пад псеўданімамі</translation>
    </message>
    <message>
        <source>counts only</source>
        <comment>bundle profile</comment>
        <translation>толькі лічбы</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with people&apos;s names or contacts</source>
        <translation>
            <numerusform>%n запіс з імёнамі або кантактамі людзей</numerusform>
            <numerusform>%n запісы з імёнамі або кантактамі людзей</numerusform>
            <numerusform>%n запісаў з імёнамі або кантактамі людзей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::SyncState</name>
    <message>
        <source>Could not keep the pseudonymization key: %1</source>
        <translation>Не ўдалося захаваць ключ псеўданімізацыі: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a chapter code: use up to 32 letters, digits, dots, dashes or underscores, such as PL-WAW.</source>
        <translation>„%1“ не можа быць кодам суполкі: выкарыстоўвайце да 32 літар, лічбаў, кропак, злучкоў або падкрэсленняў, напрыклад PL-WAW.</translation>
    </message>
    <message>
        <source>Could not name the chapter: %1</source>
        <translation>Не ўдалося задаць назву суполкі: %1</translation>
    </message>
    <message>
        <source>Could not record the exchange: %1</source>
        <translation>Не ўдалося зафіксаваць абмен: %1</translation>
    </message>
    <message>
        <source>Could not record the conflict: %1</source>
        <translation>Не ўдалося зафіксаваць канфлікт: %1</translation>
    </message>
    <message>
        <source>Could not resolve the conflict: %1</source>
        <translation>Не ўдалося вырашыць канфлікт: %1</translation>
    </message>
    <message>
        <source>This conflict was resolved already.</source>
        <translation>Гэты канфлікт ужо вырашаны.</translation>
    </message>
    <message>
        <source>Could not record the bundle in the history: %1</source>
        <translation>Не ўдалося запісаць пакет у гісторыю: %1</translation>
    </message>
    <message>
        <source>Could not keep the counts of %1: %2</source>
        <translation>Не ўдалося захаваць лічбы %1: %2</translation>
    </message>
</context>
<context>
    <name>supolka::SyncStore</name>
    <message>
        <source>Could not read the %1: %2</source>
        <translation>Не ўдалося прачытаць %1: %2</translation>
    </message>
    <message>
        <source>Could not read the exit-poll counts: %1</source>
        <translation>Не ўдалося прачытаць лічбы экзіт-пола: %1</translation>
    </message>
    <message>
        <source>Could not read the official results: %1</source>
        <translation>Не ўдалося прачытаць афіцыйныя вынікі: %1</translation>
    </message>
    <message>
        <source>A row of %1 has %2 values instead of %3.</source>
        <translation>У адным з радкоў %1 значэнняў: %2 замест %3.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2 of %3 %4).</source>
        <translation>„%1“ — не цэлы лік (%2 у %3 %4).</translation>
    </message>
    <message>
        <source>%1 %2 refers to %3 %4, which this database does not have. Import the earlier bundles of its chapter first.</source>
        <translation>%1 %2 спасылаецца на %3 %4, чаго няма ў гэтай базе даных. Спачатку імпартуйце ранейшыя пакеты ад той суполкі, што іх стварыла.</translation>
    </message>
    <message>
        <source>Could not save %1 %2: %3</source>
        <translation>Не ўдалося захаваць %1 %2: %3</translation>
    </message>
    <message>
        <source>the member cannot be read back</source>
        <translation>удзельніка не ўдаецца прачытаць пасля запісу</translation>
    </message>
    <message>
        <source>“%1” is not a count (%2 of station %3).</source>
        <translation>„%1“ — не колькасць (%2 на ўчастку %3).</translation>
    </message>
    <message>
        <source>The votes of station %1 cannot be read.</source>
        <translation>Не ўдаецца прачытаць галасы ўчастка %1.</translation>
    </message>
    <message>
        <source>%1 of station %2: this database does not have the station.</source>
        <translation>%1 участка %2: у гэтай базе даных няма такога ўчастка.</translation>
    </message>
    <message>
        <source>Could not save the %1 of station %2: %3</source>
        <translation>Не ўдалося захаваць %1 участка %2: %3</translation>
    </message>
    <message>
        <source>The options of an election cannot be read: %1</source>
        <translation>Не ўдаецца прачытаць варыянты адказу для выбараў: %1</translation>
    </message>
</context>
<context>
    <name>supolka::TicketPrinter</name>
    <message>
        <source>There is nobody to print for.</source>
        <translation>Няма для каго друкаваць.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не ўдалося запісаць %1.</translation>
    </message>
    <message>
        <source>Show this code at the door.</source>
        <translation>Пакажыце гэты код на ўваходзе.</translation>
    </message>
    <message>
        <source>Tickets: %1</source>
        <translation>Білеты: %1</translation>
    </message>
    <message>
        <source>Badges: %1</source>
        <translation>Бэйджы: %1</translation>
    </message>
    <message>
        <source>The printer “%1” did not take the pages.</source>
        <translation>Прынтар «%1» не прыняў старонкі.</translation>
    </message>
</context>
<context>
    <name>supolka::TypedCheckIn</name>
    <message>
        <source>Nobody registered for “%1” matches “%2”.</source>
        <translation>Сярод зарэгістраваных на „%1“ нікога не знойдзена па запыце „%2“.</translation>
    </message>
    <message numerus="yes">
        <source>%n registrants match “%1”; type more of the name, or the ticket code.</source>
        <translation>
            <numerusform>Запыту „%1“ адпавядае %n рэгістрацыя; увядзіце імя больш поўна або код білета.</numerusform>
            <numerusform>Запыту „%1“ адпавядаюць %n рэгістрацыі; увядзіце імя больш поўна або код білета.</numerusform>
            <numerusform>Запыту „%1“ адпавядае %n рэгістрацый; увядзіце імя больш поўна або код білета.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::VolunteerSuggester</name>
    <message>
        <source>%1 for %2</source>
        <comment>skill for need</comment>
        <translation>%1 (патрэба: %2)</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>гаворыць: %1</translation>
    </message>
    <message>
        <source>lives in the same country</source>
        <translation>жыве ў той самай краіне</translation>
    </message>
    <message>
        <source>in the same city</source>
        <translation>у тым самым горадзе</translation>
    </message>
    <message numerus="yes">
        <source>already holds %n open case(s)</source>
        <translation>
            <numerusform>ужо вядзе %n адкрытую справу</numerusform>
            <numerusform>ужо вядзе %n адкрытыя справы</numerusform>
            <numerusform>ужо вядзе %n адкрытых спраў</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>supolka::WalkInCommand</name>
    <message>
        <source>Walk-in %1</source>
        <translation>Прыход без запісу: %1</translation>
    </message>
    <message>
        <source>%1 is registered and checked in again.</source>
        <translation>%1: рэгістрацыя і прыход зноў адзначаныя.</translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in, not a member.</source>
        <translation>Прыход без запісу (%1) адменены: без рэгістрацыі, без адзнакі прыходу, не ўдзельнік.</translation>
    </message>
    <message>
        <source>The walk-in %1 is taken back: not registered, not checked in.</source>
        <translation>Прыход без запісу (%1) адменены: без рэгістрацыі і без адзнакі прыходу.</translation>
    </message>
</context>
<context>
    <name>supolka::WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Без папярэдняй рэгістрацыі</translation>
    </message>
    <message>
        <source>Register someone who is not on the list of “%1” and check them in now.</source>
        <translation>Зарэгіструйце чалавека, якога няма ў спісе „%1“, і адразу адзначце яго прыход.</translation>
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
        <translation>Згода, каб суполка з ім кантактавала (эл. пошта, тэлефон)</translation>
    </message>
    <message>
        <source>They agree that photos of them at events may be published</source>
        <translation>Згода, каб фота з ім з падзей можна было публікаваць</translation>
    </message>
    <message>
        <source>Ask before ticking: contact means the chapter may write to or call them about its work and events; photos means pictures taken at events where they can be recognized may appear on the chapter&apos;s pages. Their data stays with the chapter and is not passed on without asking. Either can be withdrawn at any time.</source>
        <translation>Спытайце, перш чым ставіць птушку: кантакт азначае, што суполка можа пісаць або тэлефанаваць чалавеку наконт сваёй працы і падзей; фота азначае, што здымкі з падзей, на якіх яго можна пазнаць, могуць з’явіцца на старонках суполкі. Даныя застаюцца ў суполцы і без згоды нікому не перадаюцца. Любую згоду можна адклікаць у любы час.</translation>
    </message>
    <message>
        <source>Also make them a member of the chapter</source>
        <translation>Таксама запісаць ва ўдзельнікі суполкі</translation>
    </message>
    <message>
        <source>&amp;Save and check in</source>
        <translation>&amp;Захаваць і адзначыць прыход</translation>
    </message>
    <message>
        <source>Register and check them in (Enter)</source>
        <translation>Зарэгістраваць і адзначыць прыход (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Close without registering anyone (Esc)</source>
        <translation>Закрыць, нікога не рэгіструючы (Esc)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не захавана: %1</translation>
    </message>
    <message>
        <source>Type the walk-in&apos;s name.</source>
        <translation>Увядзіце імя чалавека, які прыйшоў без запісу.</translation>
    </message>
</context>
<context>
    <name>supolka::age::Codec</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не ўдалося запусціць крыптаграфічную бібліятэку.</translation>
    </message>
    <message>
        <source>A sealed file needs at least one recipient.</source>
        <translation>Запячатанаму файлу патрэбны хаця б адзін атрымальнік.</translation>
    </message>
    <message>
        <source>“%1” is not an age recipient (age1…).</source>
        <translation>«%1» — не атрымальнік age (age1…).</translation>
    </message>
    <message>
        <source>“%1” is not a usable X25519 key.</source>
        <translation>«%1» — непрыдатны ключ X25519.</translation>
    </message>
    <message>
        <source>The file is not a well-formed age file (damaged, or not age at all).</source>
        <translation>Файл — не правільны файл age (пашкоджаны або зусім не age).</translation>
    </message>
    <message>
        <source>The file has a damaged X25519 stanza.</source>
        <translation>У файле пашкоджаная станза X25519.</translation>
    </message>
    <message>
        <source>The file was not sealed for this key.</source>
        <translation>Файл запячатаны не для гэтага ключа.</translation>
    </message>
    <message>
        <source>The file&apos;s header was altered.</source>
        <translation>Загаловак файла зменены.</translation>
    </message>
    <message>
        <source>The file is cut off.</source>
        <translation>Файл абрэзаны.</translation>
    </message>
    <message>
        <source>The file was altered or cut off (chunk %1 fails its check).</source>
        <translation>Файл зменены або абрэзаны (кавалак %1 не праходзіць праверку).</translation>
    </message>
    <message>
        <source>The file ends in an empty chunk, which age never writes.</source>
        <translation>Файл сканчаецца пустым кавалкам, якога age ніколі не піша.</translation>
    </message>
</context>
<context>
    <name>supolka::minisign::Verifier</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не ўдалося запусціць крыптаграфічную бібліятэку.</translation>
    </message>
    <message>
        <source>The signature is not a minisign signature.</source>
        <translation>Подпіс — не подпіс minisign.</translation>
    </message>
    <message>
        <source>The signature is damaged.</source>
        <translation>Подпіс пашкоджаны.</translation>
    </message>
    <message>
        <source>The signature uses an algorithm Supolka does not know.</source>
        <translation>Подпіс зроблены алгарытмам, якога Supolka не ведае.</translation>
    </message>
    <message>
        <source>The signature was made with another key (key id %1).</source>
        <translation>Подпіс зроблены іншым ключом (ідэнтыфікатар ключа %1).</translation>
    </message>
    <message>
        <source>The signature does not match the file: it was altered, or signed by someone else.</source>
        <translation>Подпіс не адпавядае файлу: яго змянілі або падпісаў хтосьці іншы.</translation>
    </message>
    <message>
        <source>The signature&apos;s trusted comment was altered.</source>
        <translation>Давераны каментар подпісу зменены.</translation>
    </message>
</context>
</TS>
