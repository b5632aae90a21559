<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <translation>Использование:
  supolka [--db ФАЙЛ] [--lang КОД]                  открыть окно программы
  supolka --version | --help
  supolka [--db ФАЙЛ] preview ФАЙЛ [--json]         как будет прочитан CSV-файл
  supolka [--db ФАЙЛ] import members ФАЙЛ [--dry-run] [--errors ВЫВОД] [--json]
  supolka [--db ФАЙЛ] export members ФАЙЛ [--profile plain|excel] [--json]
  supolka [--db ФАЙЛ] search ТЕКСТ [--json]         участники, у которых ТЕКСТ встречается в любом написании
  supolka [--db ФАЙЛ] report members [--json]       сводка по странам, статусам и навыкам
  supolka [--db ФАЙЛ] demo                          загрузить демонстрационные данные

Параметры:
  --db ФАЙЛ       файл базы данных (по умолчанию: %1)
  --lang КОД      be, ru или en (по умолчанию — язык системы)
  --json          вывести один объект JSON в стандартный вывод
  --dry-run       проверить файл и подсчитать строки, ничего не меняя
  --errors ВЫВОД  записать отклонённые строки с номером строки и причиной в файл ВЫВОД
  --profile P     plain (UTF-8) или excel (UTF-8 с BOM)

Коды выхода: 0 — успешно, 1 — выполнено, но часть строк отклонена, 2 — ошибка в команде, 3 — сбой (ничего не изменено).
</translation>
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
        <source>Supolka cannot import “%1” yet; it knows: members.</source>
        <translation>Supolka пока не умеет импортировать «%1»; поддерживается: members.</translation>
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
        <source>Supolka cannot export “%1” yet; it knows: members.</source>
        <translation>Supolka пока не умеет экспортировать «%1»; поддерживается: members.</translation>
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
        <source>Supolka cannot report on “%1” yet; it knows: members.</source>
        <translation>Supolka пока не умеет строить сводку по «%1»; поддерживается: members.</translation>
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
        <source>Loaded the demo data: %1 members.</source>
        <translation>Демонстрационные данные загружены, участников: %1.</translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation>Язык «%1» недоступен; выберите be, ru или en.</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Не удалось сохранить отклонённые строки: %1</translation>
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
    <name>supolka::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was left as it was.</source>
        <translation>Не удалось записать %1: %2. Файл остался без изменений.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation>Не удалось сохранить %1: %2. Файл остался без изменений.</translation>
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
        <source>The charts appear here once the chapter has members. Add, import or load the demo data on the Members page.</source>
        <translation>Диаграммы появятся здесь, когда в отделении будут участники. Добавьте или импортируйте их либо загрузите демонстрационные данные на странице «Участники».</translation>
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
        <source>%1 is read-only. Supolka needs to write to its database: copy the file somewhere writable or change its permissions.</source>
        <translation>Файл %1 доступен только для чтения, а Supolka нужно записывать данные в базу. Скопируйте файл в папку, где разрешена запись, или измените права доступа к нему.</translation>
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
        <source>The folder of %1 is read-only; Supolka needs to write its journal beside the database.</source>
        <translation>Папка с файлом %1 доступна только для чтения, а Supolka нужно записывать журнал рядом с базой данных.</translation>
    </message>
    <message>
        <source>%1 is already open in another Supolka window (process %2). Close it there first.</source>
        <translation>Файл %1 уже открыт в другом окне Supolka (процесс %2). Сначала закройте его там.</translation>
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
        <source>Why it was not imported</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Rows that were not imported:</source>
        <translation>Строки, которые не удалось импортировать:</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Сохранить отклонённые строки…</translation>
    </message>
    <message>
        <source>A CSV of the rejected rows with the reason, to fix and import again</source>
        <translation>CSV-файл с отклонёнными строками и причинами: исправьте его и импортируйте снова</translation>
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
        <source>Save rejected rows</source>
        <translation>Сохранение отклонённых строк</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-отклонённые</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were not saved: %1</source>
        <translation>Отклонённые строки не сохранены: %1</translation>
    </message>
    <message>
        <source>Saved the rejected rows (%1) to %2. Fix them there and import that file again.</source>
        <translation>Отклонённые строки (%1) сохранены в %2. Исправьте их в этом файле и импортируйте его снова.</translation>
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
        <source>About Supolka</source>
        <translation>О программе Supolka</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Supolka %1&lt;/h3&gt;&lt;p&gt;Members, events, aid cases and exit polls for chapters of the Belarusian diaspora.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Supolka %1&lt;/h3&gt;&lt;p&gt;Участники, мероприятия, обращения за помощью и экзитполы для отделений белорусской диаспоры.&lt;/p&gt;&lt;p&gt;Все данные хранятся в одном файле на этом компьютере:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Собрано с Qt %3.&lt;/p&gt;</translation>
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
        <source>the row has %1 cells where the header has %2</source>
        <translation>ячеек в строке: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows</source>
        <translation>Supolka не знает страну «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows</source>
        <translation>Supolka не знает язык «%1»</translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending)</source>
        <translation>«%1» — не статус (допустимы active, inactive или pending)</translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation>в строке нет ни имени, ни адреса e-mail</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>Файл %1 пуст: в нём нет даже строки заголовка.</translation>
    </message>
    <message>
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation>Столбцов в сопоставлении: %1, а в файле: %2.</translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation>Ни в одном столбце файла %1 нет имени или адреса e-mail. Проверьте строку заголовка или выберите столбцы вручную.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation>Строка %1, столбец %2: %3. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Строка %1: %2. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation>%1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation>Не удалось сохранить результаты импорта: %1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>line</source>
        <comment>column of the rejected-rows file</comment>
        <translation>строка</translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the rejected-rows file</comment>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation>Не удалось начать запись в базу данных: %1</translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation>этот человек был удалён или стёрт в этой базе данных; строка вернула бы его, поэтому она пропущена</translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation>соответствующий участник исчез во время импорта</translation>
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
        <source>Search names in any script, e-mail, phone (%1)</source>
        <translation>Поиск по имени в любом написании, e-mail или телефону (%1)</translation>
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
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation>Прямой доступ к SQLite невозможен.</translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation>Для экспорта данных одного человека укажите имя файла с расширением .json или .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
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
</TS>
