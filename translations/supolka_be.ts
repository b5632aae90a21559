<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be">
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
        <source>Usage:
  supolka [--db FILE] [--lang CODE]                 start the window
  supolka --version | --help
  supolka [--db FILE] preview FILE [--json]         how a CSV file reads
  supolka [--db FILE] import members FILE [--dry-run] [--errors OUT] [--json]
  supolka [--db FILE] export members FILE [--profile plain|excel] [--json]
  supolka [--db FILE] search TEXT [--json]          members matching TEXT in any script
  supolka [--db FILE] report members [--json]       counts by country, status and skill
  supolka [--db FILE] demo                          load the demo data set

Options:
  --db FILE      the database file (default: %1)
  --lang CODE    be, ru or en (default: the system&apos;s language)
  --json         print one JSON object on standard output
  --dry-run      check the file and count, but change nothing
  --errors OUT   write the rejected rows, with line and reason, to OUT
  --profile P    plain (UTF-8) or excel (UTF-8 with a BOM)

Exit codes: 0 success, 1 done but some rows rejected, 2 usage error, 3 failure (nothing changed).
</source>
        <translation>Выкарыстанне:
  supolka [--db ФАЙЛ] [--lang КОД]                  адкрыць акно
  supolka --version | --help
  supolka [--db ФАЙЛ] preview ФАЙЛ [--json]         як чытаецца CSV-файл
  supolka [--db ФАЙЛ] import members ФАЙЛ [--dry-run] [--errors ФАЙЛ] [--json]
  supolka [--db ФАЙЛ] export members ФАЙЛ [--profile plain|excel] [--json]
  supolka [--db ФАЙЛ] search ТЭКСТ [--json]         удзельнікі з ТЭКСТАМ (любым алфавітам)
  supolka [--db ФАЙЛ] report members [--json]       колькасць па краінах, статусах і навыках
  supolka [--db ФАЙЛ] demo                          загрузіць дэманстрацыйныя даныя

Параметры:
  --db ФАЙЛ      файл базы даных (па змаўчанні: %1)
  --lang КОД     be, ru або en (па змаўчанні: мова сістэмы)
  --json         вывесці адзін JSON-аб’ект у стандартны вывад
  --dry-run      праверыць файл і падлічыць радкі, нічога не змяняючы
  --errors ФАЙЛ  запісаць адхіленыя радкі (з нумарам радка і прычынай) у ФАЙЛ
  --profile P    plain (UTF-8) або excel (UTF-8 з BOM)

Коды выхаду: 0 — поспех, 1 — выканана, але частка радкоў адхілена, 2 — памылка ў камандзе, 3 — збой (нічога не зменена).
</translation>
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
        <source>Supolka cannot import “%1” yet; it knows: members.</source>
        <translation>Supolka пакуль не ўмее імпартаваць «%1»; даступна: members.</translation>
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
        <source>Supolka cannot export “%1” yet; it knows: members.</source>
        <translation>Supolka пакуль не ўмее экспартаваць «%1»; даступна: members.</translation>
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
        <source>Supolka cannot report on “%1” yet; it knows: members.</source>
        <translation>Supolka пакуль не ўмее складаць справаздачу пра «%1»; даступна: members.</translation>
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
        <source>Loaded the demo data: %1 members.</source>
        <translation>Дэманстрацыйныя даныя загружаны, удзельнікаў: %1.</translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation>Мова «%1» недаступная; выберыце be, ru або en.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Не ўдалося захаваць адхіленыя радкі: %1</translation>
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
    <name>supolka::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не ўдалося запісаць %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was left as it was.</source>
        <translation>Не ўдалося запісаць %1: %2. Файл застаўся без змен.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation>Не ўдалося захаваць %1: %2. Файл застаўся без змен.</translation>
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
        <source>The charts appear here once the chapter has members. Add, import or load the demo data on the Members page.</source>
        <translation>Дыяграмы з’явяцца тут, калі ў суполцы будуць удзельнікі. Дадайце або імпартуйце іх ці загрузіце дэманстрацыйныя даныя на старонцы «Удзельнікі».</translation>
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
        <source>%1 is read-only. Supolka needs to write to its database: copy the file somewhere writable or change its permissions.</source>
        <translation>%1 даступны толькі для чытання, а Supolka трэба запісваць у сваю базу даных. Скапіруйце файл туды, дзе дазволены запіс, або змяніце правы доступу да яго.</translation>
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
        <source>The folder of %1 is read-only; Supolka needs to write its journal beside the database.</source>
        <translation>Папка, дзе ляжыць %1, даступная толькі для чытання, а Supolka трэба запісваць побач з базай даных свой журнал.</translation>
    </message>
    <message>
        <source>%1 is already open in another Supolka window (process %2). Close it there first.</source>
        <translation>%1 ужо адкрыты ў іншым акне Supolka (працэс %2). Спачатку закрыйце яго там.</translation>
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
        <source>Why it was not imported</source>
        <translation>Чаму не імпартаваны</translation>
    </message>
    <message>
        <source>Rows that were not imported:</source>
        <translation>Радкі, якія не імпартаваны:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Захаваць адхіленыя радкі…</translation>
    </message>
    <message>
        <source>A CSV of the rejected rows with the reason, to fix and import again</source>
        <translation>CSV з адхіленымі радкамі і прычынамі — каб выправіць іх і імпартаваць зноў</translation>
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
        <source>Save rejected rows</source>
        <translation>Захаваць адхіленыя радкі</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-адхіленыя</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were not saved: %1</source>
        <translation>Адхіленыя радкі не захаваны: %1</translation>
    </message>
    <message>
        <source>Saved the rejected rows (%1) to %2. Fix them there and import that file again.</source>
        <translation>Адхіленыя радкі (%1) захаваны ў %2. Выпраўце іх там і імпартуйце гэты файл зноў.</translation>
    </message>
</context>
<context>
    <name>supolka::MainWindow</name>
    <message>
        <source>Supolka</source>
        <translation>Supolka</translation>
    </message>
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
        <source>About Supolka</source>
        <translation>Пра Supolka</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Supolka %1&lt;/h3&gt;&lt;p&gt;Members, events, aid cases and exit polls for chapters of the Belarusian diaspora.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supolka %1&lt;/h3&gt;&lt;p&gt;Удзельнікі, мерапрыемствы, справы па дапамозе і экзіт-полы для суполак беларускай дыяспары.&lt;/p&gt;&lt;p&gt;Усё захоўваецца ў адным файле на гэтым камп’ютары:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Зроблена на Qt %3.&lt;/p&gt;</translation>
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
        <source>the row has %1 cells where the header has %2</source>
        <translation>у радку ячэек: %1, а ў загалоўку: %2</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows</source>
        <translation>Supolka не ведае краіны «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows</source>
        <translation>Supolka не ведае мовы «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending)</source>
        <translation>«%1» — не статус (трэба active, inactive або pending)</translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>у радку няма ні імя, ні адраса электроннай пошты</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation>У адпаведнасці слупкоў пазіцый: %1, а ў файле слупкоў: %2.</translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation>Ні ў адным слупку файла %1 няма імя або адраса электроннай пошты. Праверце радок загалоўка або выберыце слупкі ўручную.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Імпарт скасаваны; нічога не зменена.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation>Радок %1, слупок %2: %3. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Радок %1: %2. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation>Не ўдалося захаваць вынік імпарту: %1. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>line</source>
        <comment>column of the rejected-rows file</comment>
        <translation>радок</translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the rejected-rows file</comment>
        <translation>памылка</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не ўдалося пачаць запіс у базу даных: %1</translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>гэтую асобу выдалілі або сцерлі ў гэтай базе даных; радок вярнуў бы яе, таму ён прапушчаны</translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation>адпаведны ўдзельнік знік падчас імпарту</translation>
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
        <source>Search names in any script, e-mail, phone (%1)</source>
        <translation>Пошук па імёнах (любым алфавітам), эл. пошце, тэлефоне (%1)</translation>
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
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation>Няма прамога доступу да SQLite.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation>Каб экспартаваць даныя адной асобы, выберыце імя файла з канчаткам .json або .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не ўдалося запісаць %1: %2</translation>
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
</TS>
