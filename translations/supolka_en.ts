<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>supolka::CommandRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “supolka --help” to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview takes one file: supolka preview FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (with BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes a kind and a file: supolka import members FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot import “%1” yet; it knows: members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows: %2 new, %3 updated, %4 unchanged, %5 rejected.%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (dry run: nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes a kind and a file: supolka export members FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot export “%1” yet; it knows: members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export profile is plain or excel, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 members to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search takes the text to look for: supolka search TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes a kind: supolka report members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka cannot report on “%1” yet; it knows: members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data: %1 members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language “%1” is not available; choose be, ru or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CountryComboBox</name>
    <message>
        <source>— not given —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CsvReader</name>
    <message>
        <source>The data could not be read: it is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka does not know the encoding “%1”. Choose UTF-8, UTF-16LE, UTF-16BE or Windows-1251.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds “�”, the mark a program leaves where it could not save a character, so a letter is missing there. Correct the file, or export it again from where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds the byte %2, which is no character in Windows-1251. Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid %2 (%3). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 holds bytes that are not valid UTF-8 (%2). Save the file again as “CSV UTF-8”, or choose its encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote (&quot;) that opens column %1 is never closed, so the rest of the file would become one cell. Add the missing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This row has %n field(s), but the header has %1.</source>
        <translation>
            <numerusform>This row has %n field, but the header has %1.</numerusform>
            <numerusform>This row has %n fields, but the header has %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CsvValues</name>
    <message>
        <source>“%1” is not a real date: there is no such day in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is ambiguous: it could be month/day/year or day/month/year. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date Supolka can read. Write dates as yyyy-mm-dd (2024-03-01) or dd.mm.yyyy (01.03.2024).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes/no answer. Write yes or no (also 1/0, true/false, да/нет, так/не, or x for yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel turned the phone number into the number “%1”, and its last digits were lost. Enter the phone again, with the column formatted as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a “?” inside a word: a letter could not be saved because the file was saved in a code page without it. Save the file as “CSV UTF-8”, or correct the text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DashboardPage</name>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts appear here once the chapter has members. Add, import or load the demo data on the Members page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::Database</name>
    <message>
        <source>%1 is a folder, not a Supolka database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka may not read %1. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Supolka needs to write to its database: copy the file somewhere writable or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Supolka database (it is not an SQLite file). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of %1 is read-only; Supolka needs to write its journal beside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already open in another Supolka window (process %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is missing; reinstall Supolka.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Supolka database or is damaged (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Supolka (schema %2; this version knows up to %3). Update Supolka to open it. The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the database upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database upgrade to schema %1 failed and was undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save a setting in the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Supolka database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::DemoData</name>
    <message>
        <source>Could not start writing the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::HeaderMapping</name>
    <message>
        <source>an unknown program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::ImportDialog</name>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read (change the encoding or delimiter if they look wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that were not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV of the rejected rows with the reason, to fix and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as CSV (%1). Try another encoding or delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading stopped at line %1, column %2: %3. Nothing can be imported until this is fixed; another encoding or delimiter may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was recognised. Choose below what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column is set to: %1. Choose one column for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is set to be imported. Choose what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 rows from %2: %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rejected rows (%1) to %2. Fix them there and import that file again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MainWindow</name>
    <message>
        <source>Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Supolka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Supolka %1&lt;/h3&gt;&lt;p&gt;Members, events, aid cases and exit polls for chapters of the Belarusian diaspora.&lt;/p&gt;&lt;p&gt;Everything stays in one file on this computer:&lt;br/&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberBulkInserter</name>
    <message>
        <source>SQLite cannot be reached directly for a bulk import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the bulk import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not build the index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberEditor</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to sharing their data with the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+48 512 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian, Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer, translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media, legal aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Please correct this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already known?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may already be in the chapter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging adds what is new to the stored person and keeps one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (%1 or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberExporter</name>
    <message>
        <source>Could not read every member from the database (%1 of %2); nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberImporter</name>
    <message>
        <source>the row has %1 cells where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country Supolka knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language Supolka knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status (active, inactive or pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has neither a name nor an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is not even a header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping has %1 entries but the file has %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column of %1 holds a name or an e-mail address. Check the header line or choose the columns by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the import: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <comment>column of the rejected-rows file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <comment>column of the rejected-rows file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this person was deleted or erased in this database; the row would bring them back, so it was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matching member disappeared while importing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberLabels</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing with the secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos may be published</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberRepository</name>
    <message>
        <source>The e-mail address “%1” has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has more than one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has nothing after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address “%1” has no valid domain after the @ (such as example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the same name (possibly in another script) and birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs at least a name, an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a country code. Use the two-letter ISO code, such as PL, LT or DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language code. Use the two-letter ISO code, such as be, ru or pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joining date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time for the consent (use 2024-05-31T18:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member was erased; there is nothing left to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not restore the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase the member: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member to merge into no longer exists. Reload the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the members table for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the member: it was never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member no longer exists; it may have been erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MemberTableModel</name>
    <message>
        <source>Active</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>member status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MembersFirstRun</name>
    <message>
        <source>No members yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supolka keeps your chapter&apos;s members, their skills and groups. Start in one of three ways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the first person yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in a list from Excel, LibreOffice, Google Forms or another chapter, or drop the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill every page with made-up people to look around first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MembersPage</name>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;rase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member (Enter or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected members (Del); Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stored about the selected person, as JSON or CSV (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every personal detail of the selected person for good (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names in any script, e-mail, phone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1, who was already known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete members (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted members: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data of %1 was not exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything about %1 is in %2. The file holds personal data: hand it only to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every personal detail (names, contacts, notes, consent) is removed from this laptop, and the erasure is passed on to other chapters at the next exchange. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not erased: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is erased. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported members: %1, to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data is already loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo data (made-up members: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::NativeStatement</name>
    <message>
        <source>SQLite is not available directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PersonExport</name>
    <message>
        <source>Choose a file name ending in .json or .csv for the export of one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>supolka::PhoneNormalizer</name>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” was turned into a number by a spreadsheet and lost its last digits. Format the column as text and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has no country code: write it with + and the country code (+375 ...) or give the member&apos;s country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” starts with an unknown country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has too few digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has too many digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” has the wrong number of digits for a number in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number “%1” is not a valid number in %2: check the area or operator code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
